import type { Detection } from '../types.ts';

// A dialogue turn marker at the start of a line: "User:", "**Assistant:**", "### Response:", "Q:".
// Bounded runs only (linear time).
const turnMarker =
  /(?:^|\n)[ \t]{0,8}[*#>_ \t]{0,6}(user|human|me|you|q|question|prompt|instruction|assistant|ai|a|answer|bot|chatbot|model|gpt|chatgpt|claude|response)[ \t]{0,2}[*_]{0,2}[ \t]{0,2}:[*_]{0,2}/gi;
const chatTemplateTurn = /<\|im_start\|>\s{0,4}(user|assistant)\b/gi;
const assistantSide = new Set([
  'assistant',
  'ai',
  'a',
  'answer',
  'bot',
  'chatbot',
  'model',
  'gpt',
  'chatgpt',
  'claude',
  'response',
]);
/** How a complying answer opens ("Sure, here is how ..."). */
const compliantOpening =
  /^[\s*_"'“]{0,4}(?:sure|certainly|of course|absolutely|here(?:'s| is| are)|yes|step 1|first(?:ly)?,|no problem|happy to|okay|ok)\b/i;

/** Fewest fake assistant turns that make a many-shot jailbreak. */
export const manyShotMinimumTurns = 6;

interface Turn {
  assistant: boolean;
  start: number;
  /** Where the turn's text starts (after its marker). */
  bodyStart: number;
}

function turnsOf(text: string): Turn[] {
  const turns: Turn[] = [];
  for (const match of text.matchAll(turnMarker)) {
    const role = match[1]!.toLowerCase();
    turns.push({
      assistant: assistantSide.has(role),
      start: match.index,
      bodyStart: match.index + match[0].length,
    });
  }
  if (turns.length === 0 && text.includes('<|im_start|>'))
    for (const match of text.matchAll(chatTemplateTurn))
      turns.push({
        assistant: match[1]!.toLowerCase() === 'assistant',
        start: match.index,
        bodyStart: match.index + match[0].length,
      });
  return turns;
}

/**
 * A many-shot jailbreak: a text holding a long fake dialogue in which the assistant side complies
 * turn after turn, ending on the real request with no answer yet. A benign FAQ or transcript ends
 * on an answer, and few-shot examples that refuse ("Access denied") do not comply.
 */
export function detectManyShot(text: string): Detection | undefined {
  // Prefilter: enough colons for the turns to exist at all.
  let colons = 0;
  for (
    let index = text.indexOf(':');
    index >= 0 && colons < 2 * manyShotMinimumTurns;
    index = text.indexOf(':', index + 1)
  )
    colons++;
  if (colons < 2 * manyShotMinimumTurns && !text.includes('<|im_start|>')) return undefined;
  const turns = turnsOf(text);
  let assistantTurns = 0;
  let compliant = 0;
  for (const [index, turn] of turns.entries()) {
    if (!turn.assistant) continue;
    assistantTurns++;
    const end = turns[index + 1]?.start ?? text.length;
    if (compliantOpening.test(text.slice(turn.bodyStart, Math.min(end, turn.bodyStart + 80)))) compliant++;
  }
  const last = turns[turns.length - 1];
  if (!last || assistantTurns < manyShotMinimumTurns || compliant * 2 < assistantTurns) return undefined;
  // The real request comes last: a user turn, or an assistant turn left empty for the model to fill.
  const lastIsRequest = !last.assistant || text.slice(last.bodyStart).trim().length === 0;
  if (!lastIsRequest) return undefined;
  return {
    ruleId: 'injection-rules.many-shot',
    label: 'jailbreak',
    span: { start: turns[0]!.start, end: text.length },
    score: 0.85,
    message: `jailbreak: ${assistantTurns} fake assistant turns (${compliant} complying) before the real request`,
    data: { assistantTurns, compliantTurns: compliant },
  };
}
