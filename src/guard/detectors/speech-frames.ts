/*
 * Who is speaking an instruction. An attack phrase that the writer quotes inside their own sentence
 * ("a user typed 'ignore your instructions' into our bot", "translate: «oublie tes consignes»",
 * the manual says "disregard the previous settings") is reported speech, not an instruction to the
 * model; an override whose object is the writer's own earlier request ("ignora mis instrucciones
 * anteriores") revises that request. Both are decided from the text's grammar (quotation marks,
 * first-person possessives), not from what the quoted words are about.
 */

/** Opening and closing marks of a quotation, in the scripts the guard reads. */
const quotePairs: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['„', '“'],
  ['„', '”'],
  ['«', '»'],
  ['»', '«'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
];
const letterOrDigit = /[\p{L}\p{N}]/u;
/** A quoted phrase, not a pasted document: documents hide their instruction after other text. */
const maxQuotation = 160;

/**
 * The quotation that holds [start, end) in `text`, as [open, close] offsets of its marks, or
 * undefined. A straight quote counts only when the quotes before it pair up, and an apostrophe inside a
 * word ("l'assistant", "don't") is not a quote mark.
 */
function enclosingQuotation(text: string, start: number, end: number): [number, number] | undefined {
  const from = Math.max(0, start - maxQuotation);
  for (const [open, close] of quotePairs) {
    const opening = text.lastIndexOf(open, start - 1);
    if (opening < from) continue;
    if (
      open === "'" &&
      (letterOrDigit.test(text[opening - 1] ?? '') || !letterOrDigit.test(text[opening + 1] ?? ''))
    )
      continue;
    if (open === '"' && text.slice(0, opening).split('"').length % 2 === 0) continue;
    let closing = text.indexOf(close, end);
    if (open === "'")
      while (closing >= 0 && letterOrDigit.test(text[closing + 1] ?? ''))
        closing = text.indexOf(close, closing + 1);
    if (closing < 0 || closing - opening > maxQuotation) continue;
    // The quotation must not close before the match starts.
    if (text.slice(opening + 1, start).includes(close) && close !== open) continue;
    if (close === open && text.slice(opening + 1, start).includes(close)) continue;
    return [opening, closing];
  }
  return undefined;
}

/** A request to act on the quoted words: "and do what it says", "then obey it", "hazlo". */
const actOnQuote =
  /\b(?:obey|follow (?:it|them|this|that|these)|do (?:it|that|this|as (?:it|they) says?|what (?:it|they) says?)|comply|execute|carry (?:it|them) out|act on|then (?:do|follow|apply)|obedece|hazlo|haz lo que|cúmplelo|síguelo|obéis|fais-le|fais ce qu|exécute|applique-le|befolge|führe (?:es|sie) aus|obbedisci|fallo|esegui|obedeça|faça o que|cumpra|voer (?:het|dit) uit|wykonaj|выполни|следуй|сделай это|виконай)\b|照做|执行它|照着做|従って|実行して|따라 ?해|실행해/u;
/** A quoted value in data (`"text": "..."`, `x = '...'`, `["...",`): a carrier, not speech. */
const dataValue = /(?:["'\]}]\s*[:,]|[=[{(])\s*$/;
/** A markdown link's title, `[text](https://… "title")`: a hidden carrier. */
const markdownTitle = /\]\([^\s)]+\s+$/;
const sentenceEnd = /[.!?。！？\n]/;
const wordPattern = /[\p{L}\p{N}]+/gu;
const ideographs = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Whether the match [start, end) of `text` lies inside a quotation that the writer frames with words
 * of their own (at least three words, or six CJK characters, outside every quotation), without asking
 * the model to act on it.
 */
export function isQuotedSpeech(text: string, start: number, end: number): boolean {
  const quotation = enclosingQuotation(text, start, end);
  if (!quotation || dataValue.test(text.slice(Math.max(0, quotation[0] - 6), quotation[0]))) return false;
  if (markdownTitle.test(text.slice(Math.max(0, quotation[0] - 300), quotation[0]))) return false;
  // The quotation is the instruction itself: a document pasted for work carries it after other sentences.
  if (sentenceEnd.test(text.slice(quotation[0] + 1, start))) return false;
  const outside = `${text.slice(0, quotation[0])} ${text.slice(quotation[1] + 1)}`;
  if (actOnQuote.test(outside)) return false;
  const framingWords = outside.match(wordPattern)?.length ?? 0;
  const framingIdeographs = outside.match(ideographs)?.length ?? 0;
  return framingWords >= 3 || framingIdeographs >= 6;
}

/** The writer's own instructions, named next to the override's object, in the languages the guard reads. */
const ownInstructions =
  /(?<![\p{L}])(?:my|(?:i|we) (?:gave|sent|wrote|said|asked|listed|added|typed|set|mentioned|provided|told)|mis|mi|mes|mon|ma|meine[nrms]?|mein|mie|miei|mio|mia|minhas|meus|minha|meu|mijn|moje|moich|moim|mojej|moją|мои|моих|мой|мою|моё|моего|мої|моїх|mina|min|mitt|saya|aku|मेरे|मेरी|मेरा|제가|내가|저의|나의)(?![\p{L}])|我(?:之前|刚才|剛才|前面|上面)?(?:说|說|提|给|給|写|寫)的|我的|私の|私が|さっきの|talimatlarım|kurallarım|تعليماتي|أوامري/u;
/** The model's own instructions: "your", "the system prompt", "the developer's rules". */
const modelInstructions =
  /(?<![\p{L}])(?:your|yours|system|developer|developers|tus|tu|tes|ton|vos|votre|système|deine[nrms]?|dein|tue|tuoi|tua|tuo|teus|tuas|teu|jouw|systeem|twoje|twoich|systemow\p{L}*|твои|твоих|свои|системн\p{L}*|разработчик\p{L}*|твої|розробник\p{L}*|dina|din|kamu|anda|sistem|sistema|desarrollador\p{L}*|programador\p{L}*|développeur\p{L}*|entwickler\p{L}*|sviluppator\p{L}*|ontwikkelaar\p{L}*|pengembang|geliştirici\p{L}*|सिस्टम|डेवलपर)(?![\p{L}])|你|您|系统|系統|开发者|開發者|システム|開発者|あなた|시스템|개발자|너의|النظام|المطور|تعليماتك/u;

/**
 * Whether an override's object is the writer's own earlier instructions ("forget my previous
 * message", "ignora mis instrucciones anteriores", "忽略我之前说的格式要求") and the text names no
 * instructions of the model's ("... and your system prompt too").
 */
export function namesOwnInstructions(text: string, start: number, end: number): boolean {
  if (modelInstructions.test(text)) return false;
  return ownInstructions.test(text.slice(start, Math.min(text.length, end + 25)));
}

/**
 * A dismissal narrated about someone else in Chinese or Korean, where the subject is written out: "一个机器人
 * 决定忽略…" (a robot decided to ignore …), "로봇이 규칙을 잊고" (the robot forgets the rules). An instruction
 * to the model has no such subject, or names the model ("你", "너").
 */
const narratedDismissal = /(?:决定|決定|打算|开始|開始|试图|試圖|想要|决心|決心)$/;
const koreanSubject = /(?:^|[^가-힣])([가-힣]{1,5})(?:이|가) $/;
const secondPersonKorean = new Set(['너', '네', '니', '당신', '자네']);

/** Whether the CJK dismissal at `start` has a third-person subject of its own (see narratedDismissal). */
export function narratesThirdParty(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (narratedDismissal.test(before)) return true;
  const subject = koreanSubject.exec(before)?.[1];
  return subject !== undefined && !secondPersonKorean.has(subject);
}
