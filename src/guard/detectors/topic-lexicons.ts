/**
 * Built-in denied-topic lexicons. Each entry is a regular-expression source over the guard's folded
 * view (lower-cased, NFKC, whitespace collapsed) and is matched between word boundaries. A word
 * ending in `~` also matches its inflections (kill~ → kills, killed, killing, killer).
 *
 * The lexicons aim at requests and statements, not at talk about a subject: "how do I make a pipe
 * bomb" is caught, "police found a pipe bomb" is not; "I want to kill myself" is caught, "suicide
 * prevention hotlines" is not. They are small on purpose (precision first) and cover English with a
 * few phrases in Spanish, French and German; add your own words with a custom category.
 */
export const builtInTopics = ['violence', 'self-harm', 'weapons', 'hate', 'sexual', 'illegal-drugs'] as const;

export type BuiltInTopic = (typeof builtInTopics)[number];

const howTo =
  "(?:how (?:do|can|could|would|should) (?:i|we|you|one)|how to|ways? to|best way to|easiest way to|help me|teach me to|instructions (?:to|for)|steps to|tell me how to|i want to|i'm going to|i am going to|i will|i'll)";
const people =
  '(?:someone|somebody|a person|people|him|her|them|you|my (?:\\w+)|the (?:teacher|boss|neighbou?r|president|kid|kids|children)|everyone)';
const groups =
  '(?:jews|muslims|christians|blacks|black people|whites|white people|gays|gay people|lesbians|trans people|immigrants|refugees|mexicans|arabs|asians|africans|women|hindus|sikhs|roma|gypsies)';

export const topicLexicons: Record<BuiltInTopic, readonly string[]> = {
  violence: [
    `${howTo} (?:kill~|murder~|stab~|strangle~|poison~|shoot|torture~|beat up|hurt) ${people}`,
    `(?:i|we) (?:want|wanna|am going|'m going|plan|intend) to (?:kill~|murder~|stab~|shoot|torture~|hurt) ${people}`,
    `(?:hire|find|pay) (?:a )?(?:hitman|hit man|contract killer)`,
    'get away with (?:murder|killing (?:him|her|them|someone|my \\w+))',
    // es, fr, de
    '(?:como|cómo) (?:matar|asesinar) a',
    'quiero (?:matar|asesinar) a',
    "comment (?:tuer|assassiner) (?:quelqu'un|mon|ma|mes)",
    'je vais (?:te |le |la )?tuer',
    'wie (?:töte|ermorde) ich',
    'ich werde (?:dich|ihn|sie) (?:töten|umbringen)',
  ],
  'self-harm': [
    `(?:${howTo}|painless way to|quickest way to) (?:kill myself|commit suicide|end my (?:own )?life|hang myself|cut myself|hurt myself)`,
    "(?:i|i'm|i am) (?:want|wanna|going|planning|ready) to (?:die|kill myself|end (?:it all|my life)|hurt myself)",
    'i (?:want|wanna) to (?:die|kill myself|end it all)',
    '(?:i|i have been|i keep) (?:cutting|cut) myself',
    '(?:how many|which) (?:pills|tablets|sleeping pills|paracetamol)(?: \\w+){0,4} to (?:kill (?:me|myself)|die|overdose|end (?:it|my life))',
    'suicide methods?',
    // es, fr, de
    'quiero (?:morir|suicidarme|matarme)',
    '(?:como|cómo) suicidarme',
    'je veux (?:mourir|me suicider|me tuer)',
    'comment me suicider',
    'ich will (?:sterben|mich umbringen)',
    'wie bringe ich mich um',
  ],
  weapons: [
    `${howTo} (?:make|build|assemble|construct|3d print|print|manufacture) (?:a |an |my own |homemade )?(?:bomb|pipe bomb|nail bomb|car bomb|explosives?|ied|molotov(?: cocktail)?|napalm|ghost gun|untraceable (?:gun|firearm)|silencer|suppressor|nerve agent|sarin|ricin|mustard gas|dirty bomb)`,
    '(?:convert|turn) (?:an? |my )?(?:ar-?(?:15|is)|rifle|glock|pistol|semi-?auto\\w*) (?:to|into) (?:full[- ]auto|fully automatic|automatic)',
    '(?:synthesi[sz]e|make|produce|weaponi[sz]e) (?:sarin|vx|ricin|anthrax|nerve agents?|tabun|novichok)',
    // es, fr, de
    '(?:como|cómo) (?:hacer|fabricar|construir) (?:una )?(?:bomba|explosivos?)',
    '(?:fabriquer|construire) (?:une )?(?:bombe|explosifs?)',
    '(?:bombe|sprengstoff|rohrbombe) (?:bauen|herstellen|basteln)',
  ],
  hate: [
    `(?:all |those |these |the )?${groups} (?:are|r) (?:subhuman|vermin|animals|parasites|cockroaches|rats|an inferior race|inferior|a disease)`,
    `${groups} (?:should|must|deserve to|need to) (?:be )?(?:die|exterminated|gassed|wiped out|killed|eradicated|deported|hanged)`,
    `(?:exterminate|gas|wipe out|kill) (?:all|the|every) (?:of the )?${groups}`,
    `i hate (?:all |every )?${groups}`,
    // es, fr, de
    'son (?:infrahumanos|subhumanos|ratas|parásitos)',
    'sont des (?:sous-hommes|rats|parasites|cafards)',
    'sind (?:untermenschen|ungeziefer|parasiten)',
  ],
  sexual: [
    '(?:write|describe|generate|tell me|roleplay|role-play|give me|send me|show me)\\b.{0,40}\\b(?:sex scene|sexual (?:scene|story|roleplay|fantasy)|erotic\\w*|porn\\w*|explicit (?:sex|scene|content|story)|smut|nsfw)',
    '(?:nude|naked|topless) (?:pics|photos|pictures|images|selfies) of',
    '(?:blowjob|handjob|hentai|cumshot|deepthroat)s?',
    'sext~',
    '(?:sex|sexual) (?:chat|roleplay|role-play) with me',
    // es, fr, de
    '(?:escribe|cuéntame) (?:una )?(?:historia|escena) (?:erótica|sexual|porno)',
    '(?:écris|raconte)(?:-moi)? (?:une )?(?:histoire|scène) (?:érotique|sexuelle|porno)',
    '(?:schreib|erzähl)(?:e)? (?:mir )?(?:eine )?(?:erotische|sexuelle|pornografische) (?:geschichte|szene)',
  ],
  'illegal-drugs': [
    `(?:${howTo}|where (?:can|do|could) (?:i|we)) (?:make|cook|synthesi[sz]e|produce|grow|extract|buy|get|order|score|source) (?:some |pure |crystal )?(?:meth|methamphetamine|crystal meth|cocaine|coke|crack|heroin|fentanyl|carfentanil|lsd|mdma|ecstasy|ghb|ketamine|dmt|pcp|psilocybin|magic mushrooms)`,
    '(?:buy|order|purchase) (?:meth|cocaine|heroin|fentanyl|lsd|mdma|ecstasy|weed|ketamine) online',
    '(?:dark ?web|darknet) (?:vendor|market|shop)s? (?:for|selling) (?:meth|cocaine|heroin|fentanyl|drugs)',
    // es, fr, de
    '(?:comprar|conseguir) (?:cocaína|cocaina|heroína|heroina|metanfetamina|fentanilo)',
    '(?:como|cómo) (?:hacer|cocinar|fabricar) (?:metanfetamina|cocaína|cocaina|crack)',
    "(?:acheter|fabriquer) (?:de la |de l')?(?:cocaïne|cocaine|héroïne|heroine|méthamphétamine|fentanyl)",
    '(?:kokain|heroin|crystal meth|fentanyl|meth) (?:kaufen|herstellen|kochen|bestellen)',
  ],
};

const wordCharacter = '[\\p{L}\\p{N}_]';

/** `kill~` → `kill(?:s|es|ed|ing|er|ers)?`: a word and its common English inflections. */
export function expandInflections(source: string): string {
  return source.replace(/([\p{L}])~/gu, '$1(?:s|es|ed|d|ing|er|ers)?');
}

/** One case-insensitive, Unicode-aware expression matching any of `sources` between word boundaries. */
export function compileLexicon(sources: readonly string[]): RegExp {
  const body = sources
    .map((source) => `(?:${expandInflections(source).replaceAll(' ', '\\s+').replaceAll("'", "['’]")})`)
    .join('|');
  return new RegExp(`(?<!${wordCharacter})(?:${body})(?!${wordCharacter})`, 'giu');
}

/** A user's keyword or phrase as a literal: special characters escaped, the last word inflected. */
export function keywordSource(keyword: string): string {
  const escaped = keyword
    .trim()
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .split(/\s+/)
    .join(' ');
  return /\p{L}$/u.test(escaped) ? `${escaped}~` : escaped;
}
