import type { Channel } from '../types.ts';

/**
 * Instructions addressed to the model from inside data: an e-mail, a web page, a JSON value or a
 * comment that speaks to "the AI reading this". A person chatting with the assistant says "you";
 * a planted instruction names its reader in the third person. Matched on folded text; bounded,
 * non-overlapping runs only (linear time).
 */
const addressee = String.raw`(?:ai|a\.i\.|ai assistant|assistant|ai model|language model|large language model|llm|chatbot|chatgpt|gpt|claude|gemini|copilot|model|agent|bot)s?`;
const readsThis = `(?:reading|processing|parsing|summari[sz]ing|analy[sz]ing|reviewing|scanning|that reads|who reads|which reads|that processes|that summari[sz]es)`;

/** Third-person addressing: strong on any channel. */
const documentAddressing = new RegExp(
  [
    // "to the AI reading this: ...", "any LLM processing this page must ..."
    String.raw`\b(?:the|any|an?|all|every|dear|attention|hey|hello|hi)[ ,:]{1,3}${addressee} ${readsThis} (?:this|these|the following)\b`,
    // "if you are an AI (assistant) ..., "
    String.raw`\bif you(?:'re| are) (?:an? )?${addressee}\b(?: ${readsThis}\b)?`,
    // "note to the assistant:", "instructions for the AI:", "message for any LLM:"
    String.raw`\b(?:note|notes|message|instructions?|directive|command|memo|reminder) (?:to|for) (?:the |any |all |every )?${addressee}\s?:`,
    // "AI instructions:", "[assistant directive]"
    String.raw`\b(?:ai|assistant|llm|agent|model) (?:instructions?|directives?|commands?|override)\s?[:\]]`,
  ].join('|'),
  'g',
);

/** Second-person addressing followed by an imperative: suspicious where no person speaks (tool output). */
const directAddressing = new RegExp(
  String.raw`(?:^|[.!?:;>"\]\-] |\n)(?:dear |hey |hi |hello |attention,? |important,? )?${addressee}[,:!] {0,2}(?:please |now |immediately |you must |you should |you need to |kindly )?(?:ignore|disregard|forget|stop|do not|don't|instead|tell|send|forward|include|reply|respond|say|output|print|write|recommend|add|insert|visit|open|click|delete|execute|run|call|email|summari[sz]e|translate|append)\b`,
  'g',
);

/**
 * What makes a named reader an instruction rather than a mention ("if you are an AI, ignore ...").
 * "Please" alone is not one: "note to the assistant: I'm a beginner, so please avoid jargon".
 */
const instructionCue =
  /\b(?:must|should|need to|have to|ignore|disregard|forget|do not|don't|instead|tell|send|forward|include|reply|respond|say|output|print|write|recommend|add|insert|visit|delete|execute|run|email|append|reveal|your (?:new |real |actual )?(?:task|instructions?|goal|job))\b/;

export interface AddressedMatch {
  start: number;
  end: number;
  /** 'third-person' when the text names its reader; 'direct' for "Assistant, do X" in data. */
  kind: 'third-person' | 'direct';
}

/** Finds instructions addressed to the model inside data; `direct` ones only where no person speaks. */
export function findAddressedInstructions(
  folded: string,
  channel: Channel,
  found: (match: AddressedMatch) => void,
): void {
  // Prefilter: every pattern names its addressee; skip the regexes when none of their words appear.
  if (
    !/\b(?:ai|a\.i\.|assistant|model|llm|chatbot|chatgpt|gpt|claude|gemini|copilot|agent|bot)s?\b/.test(
      folded,
    )
  )
    return;
  documentAddressing.lastIndex = 0;
  for (const match of folded.matchAll(documentAddressing)) {
    const end = match.index + match[0].length;
    const after = folded.slice(end, end + 100);
    if (instructionCue.test(after))
      found({ start: match.index, end: end + after.length, kind: 'third-person' });
  }
  if (channel !== 'tool') return;
  directAddressing.lastIndex = 0;
  for (const match of folded.matchAll(directAddressing))
    found({ start: match.index, end: match.index + match[0].length, kind: 'direct' });
}
