import type { Channel } from '../types.ts';

/*
 * Rules by attack mechanism rather than by phrasing (issue 12): what an attack has to do to work, in
 * whatever words it does it.
 *
 * - addressed-in-data: a data carrier (pasted document, tool result, comment, JSON value) that
 *   names the model as its reader ("AI reviewers:", "note to the summariser:", "@assistant") and
 *   then gives it an instruction.
 * - exfiltration-url-template: a URL whose query parameter is left empty or holds a placeholder
 *   ("?d=", "?q={chat_history}", "?key=<the key>") next to conversation data to be filled in.
 * - refusal-suppression: forbidding the model to refuse, or forbidding two of refusal's companions
 *   (apologies, disclaimers, warnings, moralising).
 * - authority-permission / task-switch: a claimed authority (vendor, owner, admin) joined to a
 *   permission for the model ("you may now", "the restrictions no longer apply") or to a change of
 *   task ("abandon the report").
 * - persona-without-limits: a persona assigned to the model together with a claim that it has no
 *   limits, or together with a demand for real harmful detail.
 * - prompt-leak-setup: asking for the text the model was given before the conversation.
 * - dismissed-instructions: the model's own instructions declared void, deleted or never existing.
 * - soft-dismissal: the model's earlier instructions set aside in gentle words ("let go of the
 *   guidance you were given", "could your rules take a back seat"), never the speaker's own.
 * - virtualization: a simulation, sandbox, dream or parallel world declared free of rules, or one
 *   that hands the model a demand for real harmful detail.
 *
 * Every pattern is matched on folded text (lower case, whitespace collapsed), uses bounded runs only
 * (linear time), and sits behind a literal gate so ordinary text pays a few `includes` calls.
 * Written from the mechanisms, checked on bench/guard-dev2 and the training split, never on the
 * frozen independent set.
 */

export interface MechanismMatch {
  id: string;
  label: 'injection' | 'jailbreak';
  score: number;
  start: number;
  end: number;
}

type Emit = (match: MechanismMatch) => void;

const addresseeNoun = String.raw`(?:ai|a\.i\.|llm|llms|language models?|chatbots?|assistants?|agents?|bots?|models?|summari[sz]ers?|copilot|gpt|chatgpt|claude|gemini|reviewer-bots?|ai-agents?)`;
const addresseeTail = `(?: (?:code |coding |writing |screening |note-taking |grading )?(?:reviewers?|tools?|systems?|agents?|assistants?|models?|coding agents?|readers?|editors?|translators?|writers?|crawlers?|scrapers?|helpers?|services?|copilots?|proofreaders?|graders?|screeners?|note-takers?))?(?: (?:reading|processing|browsing|handling|parsing|summari[sz]ing|reviewing|scanning|editing|checking|grading|translating|proofreading|extracting from|helping with|working on|that reads?|that processes|who reads?|which reads?)(?: (?:this|these|the|my|our)(?: [a-z]{1,15})?)?)?`;
/** The reader named as a vocative or label: "AI reviewers:", "dear language model,", "@assistant". */
const addressedReader = new RegExp(
  String.raw`(?:^|[.!?;:"'(\[\]>*#/{}|=,~-]\s?|\\n|(?:^|[\s(\[>*#"'])(?:dear|hey|hi|hello|attention|ps|p\.s\.|to|for|note to|notes? for|message (?:to|for)|instructions? (?:to|for)|directive for|important message to|system note to|footnote for|(?:new )?task for|aside (?:to|for)|reminder (?:to|for))\s|\s@)(?:the |any |all |every |an? |whoever is the )?(?:automated |autonomous |ai |llm |language |summari[sz]ing |translating |grading |screening |note-taking |reviewing |proofreading |grader |translator |proofreader |screening )?${addresseeNoun}${addresseeTail}\s?(?:[:,—–]| -(?= )| #|\sinstructions?\s?:|\sdirectives?\s?:)`,
  'g',
);
/** "if an AI is reading this", "if you are an AI": a conditional that only a planted text needs. */
const conditionalReader =
  /\bif (?:an? |any |the )?(?:ai|llm|language model|assistant|chatbot|bot|model) (?:is )?(?:reading|processing|summari[sz]ing|parsing) (?:this|these)\b/g;
/** "AI assistants reading this page must ...": a named reader and a duty, no punctuation between. */
const readerWithDuty = new RegExp(
  String.raw`\b${addresseeNoun}(?: (?:reviewers?|tools?|systems?|agents?|assistants?|models?))? (?:reading|processing|browsing|handling|parsing|summari[sz]ing|reviewing|scanning|helping with|working on|editing|checking) (?:this|these)(?: [a-z]{1,15})? (?:must|should|need to|have to|are (?:required|instructed|asked) to)\b`,
  'g',
);
/** What makes the text after a named reader an instruction. */
const instructionCue =
  /\b(?:must|should|need to|have to|has to|are (?:now )?(?:authori[sz]ed|allowed|permitted|required)|you have new|new (?:orders|instructions|task|policy|rules)|your (?:real|actual|new|only|true) (?:job|task|goal|instructions?|orders)|ignore|disregard|forget|stop|do not|don't|instead|override|before (?:answering|you answer|replying|you reply)|whatever|regardless|reply|respond|tell|say|state|write|add|insert|include|append|send|forward|email|share|reveal|print|output|list|call|run|execute|delete|open|merge|push|grant|approve|mark|accept|book|pay|transfer|recommend|rate|rank|translate|visit|click|close|replace|award|when you|as a test|the (?:owner|admin|developers?|editors?|user wants))\b/;
/** Role labels at line starts: two or more make a transcript, where "Assistant:" is a turn, not a reader. */
const roleLabel =
  /(?:^|\n)[ \t>*#_-]{0,6}(?:user|human|customer|me|you|q|a|assistant|agent|ai|bot|chatbot|model|gpt|chatgpt|claude|system|teacher|student)[ \t*_]{0,3}:/gi;

function isTranscript(original: string): boolean {
  let count = 0;
  roleLabel.lastIndex = 0;
  for (const _match of original.matchAll(roleLabel)) if (++count >= 2) return true;
  return false;
}

function findAddressedInData(text: string, original: string, channel: Channel, emit: Emit): void {
  if (
    !/\b(?:ai|a\.i\.|llms?|language models?|chatbots?|assistants?|agents?|bots?|models?|summari[sz]ers?|copilot|gpt|chatgpt|claude|gemini)\b/.test(
      text,
    )
  )
    return;
  let transcript: boolean | undefined;
  addressedReader.lastIndex = 0;
  for (const match of text.matchAll(addressedReader)) {
    const end = match.index + match[0].length;
    // A person may open a chat with "Assistant, ..."; a reader named further in is inside data.
    if (channel !== 'tool' && match.index < 12) continue;
    const bareRole =
      /^[\n.!?;"'([\]>*#/{}|=,\s]*(?:the )?(?:assistant|agent|ai|bot|chatbot|model|gpt|chatgpt|claude|gemini|copilot)\s?:$/.test(
        match[0],
      );
    if (bareRole) {
      transcript ??= isTranscript(original);
      if (transcript) continue;
    }
    const after = text.slice(end, end + 160);
    if (!instructionCue.test(after)) continue;
    emit({
      id: 'addressed-in-data',
      label: 'injection',
      score: 0.85,
      start: match.index,
      end: end + after.length,
    });
    return;
  }
  readerWithDuty.lastIndex = 0;
  for (const match of text.matchAll(readerWithDuty)) {
    emit({
      id: 'addressed-in-data',
      label: 'injection',
      score: 0.85,
      start: match.index,
      end: match.index + match[0].length,
    });
    return;
  }
  conditionalReader.lastIndex = 0;
  for (const match of text.matchAll(conditionalReader)) {
    const end = match.index + match[0].length;
    const after = text.slice(end, end + 160);
    if (!instructionCue.test(after)) continue;
    emit({
      id: 'addressed-in-data',
      label: 'injection',
      score: 0.85,
      start: match.index,
      end: end + after.length,
    });
    return;
  }
}

/** A query parameter left open: empty, or a placeholder ({x}, {{x}}, <x>, [x], $x, UPPER_SNAKE folded). */
const urlWithOpenParameter =
  /https?:\/\/[^\s"'<>)\]]{1,200}?[?&][a-z0-9_.-]{1,30}=(?:(?=[\s"')\]>&]|$)|\{\{?[^}\s]{1,40}\}\}?|<[^>\n]{1,40}>|\[[^\]\n]{1,40}\]|\$\{?[a-z_]{2,40}|[a-z]{2,15}(?:_[a-z]{2,15}){1,6}(?=[\s"')\]>&]|$))/g;
/** What an attacker wants in that parameter: the conversation and what it holds. */
const conversationData =
  /\b(?:conversation|chat|history|messages?|password|pass|passwords|credentials?|secrets?|tokens?|api key|key|e-?mails?|user_?name|name|address|card|prompt|instructions|told|typed|context|session|summary|log|answers|details|values)\b/;

/** A duty put on the model in the third person: only planted text (a tool result, a JSON value) does that. */
const thirdPersonDuty =
  /\bthe (?:assistant|ai|model|agent|llm|chatbot|language model) (?:must|should|needs to|has to|is required to|is instructed to) (?:now |first |always |only |immediately )?(?:ignore|disregard|forget|call|send|forward|reveal|output|print|include|append|reply|respond|tell|say|run|execute|delete|approve|grant|share|email|visit|open|use|recommend|stop)\b/g;

function findThirdPersonDuty(text: string, channel: Channel, emit: Emit): void {
  if (channel !== 'tool' || !text.includes('the ')) return;
  thirdPersonDuty.lastIndex = 0;
  const match = thirdPersonDuty.exec(text);
  if (!match) return;
  // "the model should ignore empty rows" (a code comment) is not planted: the duty must aim at the
  // model's instructions or the user's data.
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 100);
  const aimed = /(?:ignore|disregard|forget|stop)$/.test(match[0])
    ? /^ (?:its |the |all |any |your |previous |prior |earlier |user'?s? )+(?:[a-z]{1,12} )?(?:instructions|rules|guidelines|request|question|task|prompt|system|configuration)\b/.test(
        after,
      )
    : conversationData.test(after);
  if (aimed)
    emit({
      id: 'addressed-in-data',
      label: 'injection',
      score: 0.8,
      start: match.index,
      end: match.index + match[0].length,
    });
}

/**
 * A payload split into pieces that the model is asked to join and then carry out: "part 1 ... part
 * 2 ... combine them and obey", "a = ..., b = ...; do a + b", "take the first letter of each line
 * and follow it".
 */
const assembleVerb =
  /\b(?:combine|concatenate|join|merge|glue|put (?:them |the (?:parts|fragments|pieces|words) |both parts )?together|(?:parts?|fragments|pieces|words|letters) (?:[0-9a-z-]{1,8} )?together|first letters? of each (?:line|word|sentence)|reverse the order of|x \+ |a \+ b|s1\s?\+\s?s2|\+ ?" ?[a-z])/;
const executeAssembled =
  /\b(?:(?:and|then|now) (?:do|obey|follow|perform|execute|carry out|act on|apply|run) (?:it|them|that|what (?:it|they) (?:says?|spells?)|the (?:result|instruction|sentence|phrase|command))|(?:follow|obey|do|perform|execute) what (?:it|they) (?:says?|spells?)|as an instruction|(?:your|the) new (?:directive|instruction|command)|perform the result|carry (?:it|them) out|execute the instruction|do (?:parts|what) [^.!?]{0,12}(?:together|says?))\b/;
const pieceMarkers = /\b(?:part|fragment|variable|step|piece|w[0-9]|s[0-9]|[a-z] =)\b/g;

function findPayloadSplit(text: string, emit: Emit): void {
  const assemble = assembleVerb.exec(text);
  if (!assemble) return;
  const execute = executeAssembled.exec(text);
  if (!execute) return;
  let pieces = 0;
  pieceMarkers.lastIndex = 0;
  for (const _match of text.matchAll(pieceMarkers)) if (++pieces >= 2) break;
  const quotedPieces = (text.match(/"[^"]{1,30}"/g) ?? []).length;
  const lines = /first letters? of each|reverse the order/.test(assemble[0]);
  if (pieces < 2 && quotedPieces < 3 && !lines) return;
  const start = Math.min(assemble.index, execute.index);
  emit({
    id: 'payload-split',
    label: 'injection',
    score: 0.8,
    start,
    end: Math.max(assemble.index + assemble[0].length, execute.index + execute[0].length),
  });
}

function findExfiltrationTemplate(text: string, emit: Emit): void {
  if (!text.includes('http')) return;
  urlWithOpenParameter.lastIndex = 0;
  for (const match of text.matchAll(urlWithOpenParameter)) {
    const end = match.index + match[0].length;
    const around = text.slice(Math.max(0, match.index - 160), Math.min(text.length, end + 160));
    if (!conversationData.test(around)) continue;
    emit({ id: 'exfiltration-url-template', label: 'injection', score: 0.85, start: match.index, end });
    return;
  }
}

/** Refusal and its companions; the first group is refusal itself. */
const refusalWords =
  /\b(?:(refus(?:e|es|ing|als?)|declin(?:e|ing)|saying no|say no|turn (?:me |it )?down)|(apologi[sz](?:e|es|ing)|apolog(?:y|ies)|sorry|disclaimers?|caveats?|warnings?|warn me|moral(?:i[sz]ing|i[sz]e)|hedging|i can(?:no|')?t|as an ai|unable|redirect(?: me)?|(?:ethical|moral|safety) (?:commentary|notes?|warnings?|lectures?|concerns?|reminders?)|consult a professional))\b/g;
const prohibitionBefore =
  /\b(?:never|no|not|don't|do not|must not|mustn't|without|skip|stop|zero|banned|forbidden)\b[^.!?]{0,40}$/;
const prohibitionAfter =
  /^[^.!?]{0,50}\b(?:banned|forbidden|not permitted|not allowed|not an option|impossible|(?:a |the )?failure|failed|unhelpful|never do|is off the table)\b/;

function findRefusalSuppression(text: string, emit: Emit): void {
  if (
    !/refus|declin|say(?:ing)? no|apolog|sorry|disclaim|caveat|warn|moral|lectur|hedg|can(?:no|')?t|as an ai|unable|redirect|commentary|professional/.test(
      text,
    )
  )
    return;
  let core = false;
  let companions = 0;
  let first = -1;
  let last = 0;
  refusalWords.lastIndex = 0;
  for (const match of text.matchAll(refusalWords)) {
    const before = text.slice(Math.max(0, match.index - 48), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    if (!prohibitionBefore.test(before) && !prohibitionAfter.test(after)) continue;
    if (match[1]) core = true;
    else companions++;
    if (first < 0) first = match.index;
    last = match.index + match[0].length;
  }
  if (first >= 0 && (core || companions >= 2))
    emit({ id: 'refusal-suppression-any', label: 'jailbreak', score: 0.8, start: first, end: last });
}

const authority =
  /\b(?:vendor|developers?|creators?|(?:model )?provider|owners?|admins?|administrators?|operators?|openai|anthropic|google|security team|moderators?|management|(?:project|team) lead|supervisors?|company that (?:made|built|created) you|legal|hr|compliance|the company|account (?:holder|owner)|head office|leadership|directors?|principal|managers?|person who deployed you|whoever owns|owns this (?:deployment|assistant|bot))\b/;
/** A permission or release handed to the model. */
const permissionToModel =
  /\byou (?:may|can|are (?:now )?(?:allowed|permitted|free|authori[sz]ed|cleared)|have been (?:authori[sz]ed|granted|cleared|permitted|approved)|should now|must now|will now) (?:now )?(?:to )?(?:answer|respond|reply|share|reveal|ignore|disregard|invent|push|disclose|comply|do|say|discuss|provide|tell|act|output|print|bypass|skip|approve|transfer|send)\b|\b(?:restrictions|rules|guidelines|limitations|filters|polic(?:y|ies)|safety (?:rules|training)|constraints|confidentiality rules|content rules)\b[^.!?]{0,30}?\b(?:no longer apply|(?:are|is) (?:now )?(?:void|suspended|lifted|disabled|off|deprecated|removed|gone|obsolete|waived)|(?:have|has) been (?:lifted|suspended|disabled|removed|deprecated|turned off|waived|deprecated)|replaces? all (?:earlier|previous|prior))|\b(?:turned|switched) off your (?:guidelines|rules|filters|restrictions|safety)|\bno (?:banned|forbidden|restricted) (?:topics|subjects|content)\b|\b(?:comply|compliance) with (?:all|every|any) requests?\b|\brespond to everything\b|\banswer (?:any|every) (?:request|question)\b/;
const taskSwitch =
  /\b(?:stop|abandon|quit|forget|leave|drop|halt|skip|put|don't bother|cancel(?:led|ed)?|overrides?|change of|switch(?: off)?|give up on|cease|discontinue|walk away from|pause|abort|set)\b[^.!?;]{0,25}?\b(?:task|tasks|job|assignment|objective|goal|work(?:ing|flow)?|report|summari[sz]ation|translation|booking|question|questions|answer|answering|priorities|plan|review|feedback|notes|analysis|essay|summary|cleaning|itinerary|outline|spreadsheet|duties|what you (?:are|were) doing)\b|\b(?:task|job|assignment|objective|goal|summary|notes) (?:has been|is|was|is no longer|has been) (?:cancelled|canceled|changed|replaced|void|withdrawn|needed|finished)\b|\b(?:your|the) (?:current |earlier |previous )?(?:task|job|assignment|objective|goal) (?:is|are|has been) (?:void|replaced|withdrawn|finished|over)|\bnew (?:assignment|job|objective|priorities|mission|role|orders)\b|\b(?:different|replacement) (?:job|one|task|mission)\b|\bchanged your (?:objective|task|goal|job|priorities|assignment)\b|\bswitch duties\b|\bpriority change\b|\b(?:set|put|leave) (?:the|your|this|that) (?:[a-z-]{1,15} ){0,2}[a-z-]{1,15} aside\b/;
/** Switches that carry their own claim of a change: no separate grant needed. */
const selfGrantingSwitch =
  /\b(?:change of plan|new assignment|different job|overrides? your (?:current )?(?:task|job|work)|changed your (?:objective|task|goal|job|priorities|assignment))\b/;
const grant =
  /\b(?:authori[sz](?:ed|es)|approved|permitted|signed off|cleared|changed|cancelled|canceled|granted|allowed|sanctioned|consented|agreed|empowered|delegated|handed|go-ahead|consent|permission|approval|says)\b/;
/** The switch is aimed at the model: "your job", "cleared you to", "you must now" (not "my assignment"). */
const aimedAtModel =
  /\byour (?:current |only |new |real |replacement |earlier |previous )?(?:task|job|assignment|objective|goal|mission|role|orders|duties|work)\b|\byou (?:to|must|should|will|are|have been|were|may|can now)\b|\b(?:cleared|permitted|authori[sz]ed|handed|empowered|redirect|reassign|orders for) you\b|\bnew role for you\b|\bfor you\b|(?:^|[.!?;:] )(?:please )?(?:stop|drop|quit|abandon|cease|discontinue|pause|abort|cancel|halt|give up|walk away|leave|switch off|set|put|don't bother|ignore)\b/;

function findAuthority(text: string, emit: Emit): void {
  const authorityMatch = authority.exec(text);
  if (!authorityMatch) return;
  const from = Math.max(0, authorityMatch.index - 250);
  const window = text.slice(from, authorityMatch.index + 300);
  const permission = permissionToModel.exec(window);
  if (permission) {
    emit({
      id: 'authority-permission',
      label: 'injection',
      score: 0.85,
      start: from + Math.min(permission.index, authorityMatch.index - from),
      end: from + permission.index + permission[0].length,
    });
    return;
  }
  const switched = taskSwitch.exec(window);
  if (
    switched &&
    (grant.test(window) || selfGrantingSwitch.test(window)) &&
    (aimedAtModel.test(window) || selfGrantingSwitch.test(window))
  )
    emit({
      id: 'authority-task-switch',
      label: 'injection',
      score: 0.85,
      start: from + switched.index,
      end: from + switched.index + switched[0].length,
    });
}

const personaAssignment =
  /\b(?:you are(?: now)?|you're(?: now)?|you will be|act as|acting as|pretend (?:to be|you are|you're)|play(?:ing)? (?:the (?:role|character) of|as)?|role-?play(?:ing)?(?: as)?|simulate|imagine you(?:'re| are)|from now on you)\b/;
const limitlessClaim =
  /\b(?:(?:no|without(?: any)?) (?:content )?(?:polic(?:y|ies)|rules|limits|restrictions|ethic(?:s|al guidelines)|morals|filters|boundaries|censorship|guidelines)|never (?:says? no|refuses?|heard of (?:content )?polic(?:y|ies))|answers? (?:everything|anything|all questions|every question)|regardless of (?:the )?(?:laws?|ethics|morals|rules|consequences|legality)|nothing is (?:forbidden|off-limits|illegal|banned)|broken free|free of (?:the |all |any )?(?:typical |usual )?(?:rules|restrictions|limits)|uncensored|unrestricted|unfiltered|all information is free)\b/;
const harmfulDetail =
  /\b(?:working exploit|napalm|meth(?:amphetamine)?|ricin|sarin|silencer|explosives?|pipe bomb|bomb|nerve agent|poison(?:ing)?|malware|ransomware|untraceable gun|ghost gun)\b/;

function findPersona(text: string, emit: Emit): void {
  const persona = personaAssignment.exec(text);
  if (!persona) return;
  const window = text.slice(persona.index, persona.index + 300);
  const claim = limitlessClaim.exec(window);
  const harm = claim ? undefined : harmfulDetail.exec(window);
  const hit = claim ?? harm;
  if (!hit) return;
  // A harmful word alone in a story needs a second sign: "real" detail, or a named bad recipe.
  if (
    harm &&
    !/\b(?:recipe|how (?:to|he|she|they)|instructions|exact|real|specific|detailed|step)\b/.test(window)
  )
    return;
  emit({
    id: 'persona-without-limits',
    label: 'jailbreak',
    score: 0.8,
    start: persona.index,
    end: persona.index + hit.index + hit[0].length,
  });
}

const promptLeakSetup = new RegExp(
  [
    String.raw`\b(?:text|words|instructions|rules|guidelines|prompt|everything|message)\b[^.?!]{0,30}\byou (?:were|have been|'ve been|got) (?:given|told|configured|deployed|instructed|set up|programmed)\b[^.?!]{0,40}\b(?:beginning|start|before|first|initially|originally)`,
    String.raw`\b(?:instructions|rules|guidelines|prompt|directions)\b (?:did|does|has) (?:the |your )?(?:developers?|creators?|operators?|company|owner) (?:give|given|set) you\b`,
    String.raw`\b(?:above|before|preceding|prior to) my (?:first )?(?:message|question|turn|prompt)\b`,
    String.raw`\b(?:start|beginning) of (?:this|the|our) (?:chat|conversation|session)\b[^.?!]{0,30}\b(?:and|until|to) my (?:message|question)`,
    String.raw`\bcontents? of your context(?: window)?\b|\byour context window\b`,
    String.raw`\bprompt (?:i|we|they|you were) (?:deployed|configured|set up|initiali[sz]ed|started|launched) (?:you )?with\b`,
    String.raw`\b(?:put|paste|quote|translate|summari[sz]e|dump|encode|format|convert) your (?:hidden |secret |confidential |internal |initial |original |system |full )*(?:guidelines|instructions|rules|prompt|configuration|setup|directives|pre-?prompt)\b`,
    String.raw`\byour (?:secret |hidden |confidential )?(?:password|passphrase|passcode|secret (?:key|word|code)|access code)\b[^.?!]{0,60}\b(?:spell|spells|spelled|encode|hint|letters?|acrostic|backwards|reversed?)\b|\b(?:spell|spells|spelling|first letters?|acrostic)\b[^.?!]{0,60}\byour (?:secret |hidden |confidential )?(?:password|passphrase|passcode|secret (?:key|word|code)|access code)\b`,
    String.raw`\b(?:verbatim|word for word|exact wording)\b[^.?!]{0,60}\b(?:confidential|hidden|secret|system|initial) (?:parts|rules|instructions|prompt|text)\b|\b(?:which|what) (?:rules|instructions|guidelines) are you following\b[^]{0,80}\b(?:verbatim|word for word|exact wording)\b`,
  ].join('|'),
);

function findPromptLeak(text: string, emit: Emit): void {
  if (!/you|my /.test(text)) return;
  const match = promptLeakSetup.exec(text);
  if (match)
    emit({
      id: 'prompt-leak-setup',
      label: 'injection',
      score: 0.8,
      start: match.index,
      end: match.index + match[0].length,
    });
}

const dismissedInstructions = new RegExp(
  [
    String.raw`\b(?:none of|no) (?:your|the system's|the) (?:[a-z]{1,12} )?(?:instructions|rules|guidelines|constraints|directives|restrictions)\b[^.!?]{0,20}\bappl(?:y|ies)\b`,
    String.raw`\byour (?:[a-z]{1,12} )?(?:instructions|rules|guidelines|constraints|restrictions|configuration|programming) (?:no longer|don't|do not) apply\b`,
    String.raw`\b(?:system (?:message|prompt)|your (?:instructions|rules|guidelines))\b[^.!?]{0,20}\bnever existed\b`,
    String.raw`\b(?:wipe|erase|delete|clear|throw out|toss|scrap) (?:your|the) (?:[a-z]{1,12} )?(?:instructions|rules|guidelines|guidance|constraints|programming|configuration)\b(?:[^.!?]{0,20}\b(?:you (?:started|were given|began) with|from (?:your )?memory))?`,
    String.raw`\bthrow out the (?:guidance|rules|instructions) you\b`,
    String.raw`\byour (?:prior|previous|original|initial|old|earlier) (?:configuration|programming|instructions|rules|guidelines|directives|goal|task|objective|job) (?:is|are|has been|have been) (?:now )?(?:obsolete|void|null|cancelled|expired|invalid|irrelevant|deleted)\b`,
    String.raw`\b(?:ignore|disregard|forget|skip) (?:what|whatever) the user (?:asked|said|wants|requested|typed|wrote)\b|\b(?:ignore|disregard) the user'?s? (?:question|request|instructions?|query|prompt)\b`,
    String.raw`\byou (?:now )?have no (?:more )?(?:rules|restrictions|limits|filters|guidelines|policies)\b(?! (?:on|about|for|regarding|in|to)\b)`,
    String.raw`\b(?:setting|set|put|putting|lay|laying) your (?:[a-z]{1,12} )?(?:rules|instructions|guidelines|directives) (?:to|on) one side\b`,
  ].join('|'),
);

function findDismissed(text: string, emit: Emit): void {
  if (!/your|system|none|throw|user/.test(text)) return;
  const match = dismissedInstructions.exec(text);
  if (match)
    emit({
      id: 'dismissed-instructions',
      label: 'injection',
      score: 0.85,
      start: match.index,
      end: match.index + match[0].length,
    });
}

/*
 * Soft dismissal: the model's earlier instructions set aside in gentle words ("kindly let go of the
 * guidance you received before", "could your previous guidelines take a back seat", "treat your
 * prior instructions as withdrawn"). The object must be the model's: "your", or instructions marked
 * as given before ("you were given", "earlier", "at the start"); the speaker's own ("my", "the
 * constraints I gave you") are a revision of their request, not an attack.
 */
const instructionObject = String.raw`(?:rules|instructions|guidelines|guidance|polic(?:y|ies)|constraints|restrictions|directives|directions|limits|programming|configuration|setup|system (?:message|prompt)|safety (?:guidance|rules|training))`;
const softDismissVerb = String.raw`(?:set|put|lay|laying|setting|putting) (?:aside|down|to one side)|let go of|overlook|move past|step away from|suspend|relax|waive|loosen|shelve|put (?:on hold|to one side)|stop (?:following|obeying|applying)|lift`;
/** Blunt verbs, only with "whatever you were told": the override rules handle them elsewhere. */
const bluntDismissVerb = String.raw`(?:gently |graciously )?(?:ignoring|disregarding|forgetting)|ignore|disregard|forget`;
const softDismissal = new RegExp(
  [
    // verb first: "let go of the guidance you received before"
    String.raw`\b(?:${softDismissVerb})\b (?:(?:all|any|every|the|your|whatever|those|these|of)\b ?){0,3}(?:[a-z-]{1,15} ){0,3}?${instructionObject}\b(?<tail>[^.!?]{0,50})`,
    // object first: "your previous guidelines take a back seat", "the rules given to you before don't apply"
    String.raw`\b(?:your (?:[a-z-]{1,15} ){0,3}?${instructionObject}|the (?:[a-z-]{1,15} ){0,3}?${instructionObject} (?:given to you|you were given|you received|placed on you))\b(?<tail2>[^.!?]{0,40}?)\b(?:take a back seat|slide|(?:don't|do not|no longer) apply|(?:as|are|be) (?:withdrawn|cancelled|canceled|void|suspended|lifted|no longer in force)|(?:on hold|to one side))`,
    // "treat/consider your earlier directives as withdrawn / no longer in force"
    String.raw`\b(?:treat|consider|regard)\b (?:(?:all|any|every|the|your|everything) ){0,2}(?:[a-z-]{1,15} ){0,3}?(?:${instructionObject}|you were told)\b[^.!?]{0,40}?\b(?:withdrawn|cancelled|canceled|void|no longer in force|obsolete|not binding)`,
    // "whatever you were told at the start"
    String.raw`\b(?:${softDismissVerb}|${bluntDismissVerb})\b (?:whatever|everything|all) (?:you were (?:told|given|instructed)|was said to you|the system said)\b`,
    // "move past whatever limits were placed on you"
    String.raw`\b(?:${softDismissVerb})\b (?:whatever|any|all) ${instructionObject} (?:were|was|have been) (?:placed|put|set) on you\b`,
  ].join('|'),
);
/** Marks the dismissed instructions as the model's, given before the conversation. */
const modelsInstructions =
  /\byour\b|\byou (?:were|have been|'ve been|got|received)\b|\b(?:given|placed|set) (?:to|on) you\b|\b(?:earlier|previous|prior|original|initial|preceding|before|start|system|initiali[sz]ed|configuration|came before|all previous)\b/;
const ownRequest =
  /\bmy\b|\b(?:i|we) (?:gave|sent|wrote|said|asked|listed|added|typed|set|mentioned|provided)\b/;

function findSoftDismissal(text: string, emit: Emit): void {
  if (
    !/rules|instruction|guideline|guidance|polic|constraint|restriction|directive|direction|limits|programming|configuration|setup|system|told/.test(
      text,
    )
  )
    return;
  const match = softDismissal.exec(text);
  if (!match) return;
  // The tail after the object may name the speaker's new request ("... and follow only my instructions").
  const object = match[0].slice(0, match[0].length - (match.groups?.tail?.length ?? 0));
  if (!modelsInstructions.test(match[0]) || ownRequest.test(object)) return;
  // "never set aside your instructions": a defence, not an attack.
  if (
    /\b(?:not|never|don't|do not|no|cannot|can't|won't)\s(?:\w+\s)?$/.test(
      text.slice(Math.max(0, match.index - 20), match.index),
    )
  )
    return;
  emit({
    id: 'soft-dismissal',
    label: 'injection',
    score: 0.8,
    start: match.index,
    end: match.index + match[0].length,
  });
}

/*
 * Virtualization: a frame (simulation, sandbox, dream, parallel world, emulator) declared free of
 * rules, or a frame joined to a demand for real harmful detail. A simulation of traffic or a
 * thought experiment about tides has neither.
 */
const virtualFrame =
  /\b(?:simulat(?:e|ed|es|ing|ion|or)|sandbox|virtual (?:world|machine|reality|universe)|alternate (?:reality|universe|world|history)|parallel (?:world|universe|reality)|dream|dreams|hypothetical|thought experiment|holodeck|emulat(?:e|or|ion)|make-believe|opposite world|fictional (?:world|universe)|nested reality|video game|interactive fiction|science-fiction story|inside the test|test environment)\b/;
const lawlessClaim =
  /\b(?:no|without(?: any)?) (?:content |safety )?(?:polic(?:y|ies)|rules|guidelines|limits|restrictions|filters|guardrails|censorship|ethics|safety (?:layer|protocols|rules))\b|\brules (?:don't|do not|no longer) apply\b|\bpolicies are suspended\b|\bnever (?:given|had) (?:any )?(?:guidelines|rules|filters)\b|\bsafety (?:protocols|layer|filters?|rules) (?:are |is )?(?:switched|turned) off\b|\b(?:unrestricted|uncensored|unfiltered)\b|\bno (?:restrictions|limits)\b|\bevery refusal is forbidden\b|\bharmful requests are just data\b|\b(?:is|are) legal and encouraged\b|\bescaped its restrictions\b|\bactions have no consequences\b|\bnobody is watching\b|\bmust be answered truthfully and completely\b|\bno filters\b|\btrained only on dark-web\b/;
const harmfulAsk =
  /\b(?:hotwire|exploit|nerve agent|untraceable gun|ghost gun|ransomware|malware|keylogger|skimmer|poison|launder|stalk|explosives?|bomb|pipe bomb|thermite|napalm|chloroform|ricin|sarin|meth(?:amphetamine)?|fake id|stolen card|alarm system|break into|hack(?:ing)?|weapon|gun|lock ?pick|hidden instructions|phishing)\b/;
const detailDemand =
  /\b(?:how to|how do i|step by step|steps|recipe|verbatim|in full detail|complete answer|exactly what|working|code for|write the|explains? how|tell me how|provide the|print|show the output|describe how|type exactly)\b/;

function findVirtualization(text: string, emit: Emit): void {
  const frame = virtualFrame.exec(text);
  if (!frame) return;
  const window = text.slice(Math.max(0, frame.index - 200), frame.index + 400);
  const harm = harmfulAsk.exec(window);
  if (!harm) return;
  const lawless = lawlessClaim.test(window);
  if (!lawless && !detailDemand.test(window)) return;
  // A frame with a harmful word and a demand, but no rules declared away, needs the frame to be
  // the model's ("you are", "as the model", "the npc's reply"), not a story the user writes.
  if (
    !lawless &&
    !/\b(?:you are|you're|as the (?:model|ai)|the [a-z-]{1,12}'s (?:reply|answer)|its (?:reply|answer)|it would reply|print|show the output|read me|run the program)\b/.test(
      window,
    )
  )
    return;
  emit({
    id: 'virtualization',
    label: 'jailbreak',
    score: 0.8,
    start: frame.index,
    end: frame.index + frame[0].length,
  });
}

/** A JSON member with a string value: `"key": "value"` (escapes kept, so offsets stay). */
const jsonMember = /"([a-z0-9_ -]{1,40})"\s?:\s?"((?:[^"\\]|\\.){1,2000})"/g;
const instructionKey = /instruction|prompt|system|directive|override|command|note|comment|description/;
const dismissOpening =
  /^(?:ignore|disregard|forget|override|stop|do not|don't|you are now|new instructions|from now on)\b/;
const assistantGivesIn =
  /\bi(?:'ll| will| am going to|'m going to| can) (?:now )?(?:ignore|disregard|bypass|forget|drop|set aside|break|turn off)\b/;

/**
 * JSON string values are data: a value that names the model as its reader, puts a duty on it, or
 * (under a key such as "instructions" or "note") opens with a dismissal is planted. A fake
 * assistant turn that gives up its rules (`"role":"assistant","content":"Sure, I'll ignore ..."`)
 * is a many-shot attack in JSON.
 */
function findInJsonValues(text: string, original: string, emit: Emit): void {
  if (!text.includes('":')) return;
  jsonMember.lastIndex = 0;
  let previousValue = '';
  for (const match of text.matchAll(jsonMember)) {
    const key = match[1]!;
    // "\n" becomes ". ": the same length, so offsets into the view stay right.
    const value = match[2]!.replaceAll('\\n', '. ');
    const offset = match.index + match[0].length - 1 - match[2]!.length;
    const shifted: Emit = (found) => emit({ ...found, start: found.start + offset, end: found.end + offset });
    if (value.length < 12) {
      previousValue = value;
      continue;
    }
    let hit = false;
    const once: Emit = (found) => {
      if (!hit) shifted(found);
      hit = true;
    };
    findAddressedInData(`. ${value}`.slice(2), original, 'tool', once);
    findThirdPersonDuty(value, 'tool', once);
    findDismissed(value, once);
    if (!hit && instructionKey.test(key) && dismissOpening.test(value))
      once({ id: 'instruction-in-data', label: 'injection', score: 0.8, start: 0, end: value.length });
    if (!hit && key === 'content' && previousValue === 'assistant' && assistantGivesIn.test(value))
      once({ id: 'fake-assistant-turn', label: 'jailbreak', score: 0.8, start: 0, end: value.length });
    previousValue = value;
    if (hit) return;
  }
}

/**
 * Words of an attack that a letter-level obfuscation (spaced, reversed, Pig Latin, heavy leetspeak)
 * should not hide, by role: a dismissal or disclosure verb, the protected object it acts on, or a
 * mode an attack puts the model in. Named groups tell the roles apart.
 */
const hiddenWord =
  /\b(?:(?<dismiss>ignore|disregard|forget|override|bypass|skip)|(?<disclose>print|show|tell|give|output|say|write|repeat|display|list|dump|send|leak|share|spell|reveal)|(?<object>instructions?|rules|prompt|password|secrets?|restrictions|filters?|policy|guidelines|credentials|history)|(?<mode>jailbreak|jailbroken|unrestricted|uncensored)|(?<other>system|previous|you|your|all|any|no|now|without|me|the))\b/g;

/**
 * Runs the mechanism rules over one view. `obfuscated` is set for views that undo letter-level
 * obfuscation: there an attack word with a verb or a second attack word that the folded text did not
 * show is a signal on its own.
 */
export function findMechanisms(
  viewText: string,
  original: string,
  channel: Channel,
  emit: Emit,
  obfuscated?: { folded: string },
): void {
  let text = viewText;
  findAddressedInData(text, original, channel, emit);
  findThirdPersonDuty(text, channel, emit);
  findInJsonValues(text, original, emit);
  findExfiltrationTemplate(text, emit);
  findPayloadSplit(text, emit);
  findRefusalSuppression(text, emit);
  findAuthority(text, emit);
  findPersona(text, emit);
  findPromptLeak(text, emit);
  findDismissed(text, emit);
  findSoftDismissal(text, emit);
  findVirtualization(text, emit);
  // "i . g . n . o . r . e": letters with a spaced separator, which the separated-letters view does not join.
  if (!obfuscated && text.includes(' . ')) {
    const joined = text.replace(/\b([a-z0-9]) [.\-_*] (?=[a-z0-9]\b)/g, '$1');
    if (joined !== text) obfuscated = { folded: text };
    if (obfuscated) text = joined;
  }
  if (obfuscated) {
    // An instruction that only the de-obfuscated view shows: a verb with the object it acts on
    // ("ignore ... instructions", "print ... password"), two protected objects ("rules", "prompt"),
    // or a mode word with any other hidden word ("you are unrestricted"). One hidden word is a puzzle
    // ("reverse the string tpmorp"), and a hidden attack word in an innocent sentence ("the password
    // hint is your first pet", "the rules of the game", "ignore the mess in the kitchen") is one too.
    const words = new Map<string, RegExpMatchArray>();
    for (const match of text.matchAll(hiddenWord)) {
      if (obfuscated.folded.includes(match[0]) || words.has(match[0])) continue;
      words.set(match[0], match);
    }
    const role = (name: string) => [...words.values()].filter((word) => word.groups?.[name] !== undefined);
    const verbs = [...role('dismiss'), ...role('disclose')];
    const objects = role('object');
    const modes = role('mode');
    const instruction =
      (verbs.length > 0 && objects.length > 0) ||
      objects.length >= 2 ||
      (modes.length > 0 && words.size >= 2);
    if (instruction) {
      const spans = [...words.values()].map((word) => [word.index!, word.index! + word[0].length]);
      const start = Math.min(...spans.map(([from]) => from!));
      const end = Math.max(...spans.map(([, to]) => to!));
      emit({ id: 'obfuscated-attack-word', label: 'injection', score: 0.8, start, end });
    }
  }
}
