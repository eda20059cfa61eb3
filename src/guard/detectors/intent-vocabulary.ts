import { words } from './word-rules.ts';

/*
 * Word sets of the intent rules, one per concept, each holding English and the languages the guard
 * reads (es, fr, de, it, pt, nl, ru, pl, tr) with their common inflections. Written by hand from the
 * published attack families, not from evaluation items. Chinese, Japanese and Korean have no spaces
 * between words: their phrases live in intent-rules.ts as patterns.
 */

/** Dismiss or override: "ignore", "disregard", "abandon", "scrap" ... */
export const overrideVerbs =
  // Third-person forms ("the model ignores the system prompt") describe behaviour; they are left out.
  words(`ignore ignoring disregard disregarding forget forgetting
  forgot skip override overriding bypass neglect overlook discard
  discarding abandon abandoning ditch dismiss dismissing nevermind scrap scrapping drop dropping overrule
  supersede nullify invalidate revoke rescind erase wipe
  ignora ignorar ignoren ignorad omite omitir olvida olvide olviden olvidar olvidad descarta descartar
  descarten desobedece abandona abandonar
  ignorez ignorer oublie oubliez oublier néglige négligez écarte écartez abandonne abandonnez contourne contournez
  ignoriere ignorier ignorieren ignoriert vergiss vergesst vergessen missachte missachten verwirf verwerfe
  übergehe überschreibe
  ignorate ignorare dimentica dimenticate dimenticare trascura tralascia scarta scartate abbandona
  esqueça esqueca esqueçam esquecer esquece descarte desconsidere desconsiderar abandone
  negeer negeren vergeet vergeten
  игнорируй игнорируйте игнорировать забудь забудьте забыть пренебреги отбрось отбросьте отмени отмените
  zignoruj ignoruj zapomnij unut yoksay
  ignorera glöm strunta abaikan lupakan ігноруй ігноруйте забудьте تجاهل تجاهلي انسَ انس ignorujte ignoruj zapomeň ignoră uită ohita unohda glem התעלם`);
/** What came before: "previous", "above", "your", "original", "current" ... */
export const priorMarkers = words(`previous prior above earlier preceding all your system original initial old
  foregoing aforementioned preset default before given current existing
  anteriores anterior previas previos todas todos tus sus iniciales originales actuales
  précédentes précédents precedentes antérieures toutes tous tes vos initiales originales actuelles ci-dessus
  vorherigen vorherige bisherigen obigen alle allen deine deinen ursprünglichen früheren aktuellen
  precedenti tutte tutti tue tuoi vostre anteriori iniziali originali attuali
  suas seus tuas iniciais originais atuais acima
  vorige eerdere jouw bovenstaande oorspronkelijke huidige
  предыдущие предыдущих все всех прежние свои твои ранее исходные текущие вышеуказанные
  poprzednie wszystkie önceki tüm bütün its
  tidigare alla sebelumnya semua wcześniejsze wcześniejszych poprzednich جميع السابقة усі всі попередні všechny předchozí toate anterioare kaikki aiemmat tidligere alle`);
/** What an override targets: "instructions", "rules", "guidelines", "task" ... */
export const instructionNouns =
  words(`instructions instruction directions directives directive rules guidelines prompt prompts
  commands context constraints restrictions programming guardrails policies orders conditioning training guidance
  filters safeguards
  messages text everything task assignment persona protocols principles told
  instrucciones instrucción indicaciones directrices órdenes normas reglas tarea
  consignes règles directives ordres tâche
  anweisungen anweisung regeln vorgaben richtlinien befehle aufgabe instruktionen
  istruzioni regole direttive indicazioni ordini compito
  instruções instrucoes regras diretrizes ordens orientações tarefa comandos
  instructies regels richtlijnen opdrachten opdracht aanwijzingen
  инструкции инструкций указания указаний правила правил команды задачу директивы
  instrukcje polecenia talimatları talimatlar kuralları
  instruktioner instruktionerna regler reglerna pravidla zasady zasad zasadach reguły talimatlarını instruksi perintah aturan التعليمات الأوامر القواعد تعليمات інструкції вказівки правила instrukce pokyny instrucțiunile instrucțiuni ohjeet`);
/** Defences look forward ("ignore any further instructions"); attacks look back ("ignore the above"). */
export const forwardMarkers =
  words(`further future following subsequent next later additional below user user's users incoming
  other new coming suivantes futures siguientes folgenden weiteren successive`);
/** Ask for text back: "reveal", "print", "repeat" ... */
export const revealVerbs =
  words(`reveal print show output display repeat tell give share disclose leak write list spell dump
  recite echo provide return expose divulge paste copy reproduce transcribe
  revela revele muestra muestre dime dame imprime escribe repite
  révèle révélez affiche affichez montre montrez donne donnez dis dites écris écrivez répète répétez
  zeige zeig verrate nenne gib schreibe wiederhole
  mostra mostrami rivela rivelami dimmi dammi stampa scrivi ripeti
  revele mostre diga imprima escreva repita
  toon geef vertel onthul herhaal
  покажи выведи раскрой скажи напиши повтори
  visa tampilkan tunjukkan muéstrame muestrame enséñame affiche-moi montre-moi zeige mir mostrami mostre-me laat pokaż pokazać اكشف أظهر اعرض покажіть розкрий ukaž zobraz arată näytä`);
export const secretModifiers =
  words(`your system initial original hidden secret above previous preceding prior entire full exact
  verbatim first confidential internal developer pre
  ton tes votre vos système tu tus su sus sistema dein deine deinen ihre system tuo tue tuoi
  seu sua seus suas teu tua jouw systeem твой твои свой системный системные системную
  din ditt dina kamu anda sistem
  hidden ocultas ocultos oculta oculto secretas secretos versteckten versteckte geheimen geheime verborgen verborgene
  cachées cachés secrètes nascoste nascosti segrete segreti escondidas скрытые скрытых скрытую секретные ukryte
  tajne sekretne gizli tersembunyi rahasia المخفية السرية dolda hemliga skryté tajné приховані swoje свій твій системний системні systémový`);
export const secretNouns =
  words(`prompt instructions instruction password passcode passphrase message rules directives guidelines
  configuration preprompt pre-prompt system-prompt systemprompt initialization initialisation preamble
  mot consignes contraseña clave instrucciones anweisungen passwort kennwort systemprompt istruzioni
  instruções senha instructies wachtwoord пароль инструкции промпт
  systemprompt systemprompten instrukcje instruksi instruktioner instrukce talimatlarını التعليمات تعليمات sandi istemini istem інструкції`);
export const limitNegations = words(
  `no without free unrestricted unfiltered uncensored unlimited unbound unbounded zero sans sin ohne senza sem
  zonder без bez aucune aucun geen żadnych hiçbir tanpa بلا keine ningún ninguna nessuna nessun nenhuma никаких жодних utan inga žádná žádné`,
);
export const limitNouns =
  words(`restrictions restriction filters filter limits limitations guidelines censorship ethics morals morality
  boundaries policies rules safeguards constraints principles restraints
  restricciones restrictions einschränkungen regeln limites límites filtros filtres ограничений правил
  filter filtri restrizioni limiti regole restrições regras beperkingen regels zensur censura censure
  фильтров цензуры ograniczeń
  beperkingen kısıtlama kısıtlaman kısıtlamanız kısıtlamalar batasan قيود обмежень restriction restricción limitações begränsningar omezení`);
export const boundVerbs = words(`bound restricted limited constrained governed censored filtered`);

/** Words that, just before a trigger, turn an attack phrase into a defence ("never reveal your prompt"). */
export const negations =
  words(`not never don't dont cannot can't won't mustn't shouldn't no neither nor refuse refuses avoid
  ne pas nunca jamais nie nicht kein non mai никогда не`);

/** Who could change the assistant's rules: "the developers", "OpenAI", "your creators" ... */
export const authorities =
  words(`owner owners admin admins administrator administrators developer developers devs vendor creator
  creators maker makers openai anthropic operator operators sysadmin moderators moderator management
  engineers superuser root`);
/** What an authority claims to have done to the rules. */
export const ruleChanges =
  words(`updated update updates changed changes modified revised lifted removed disabled suspended relaxed
  unlocked replaced overridden authorised authorized authorises authorizes allowed allows permitted permits
  granted grants approved approves waived cleared`);
export const secondPerson = words(`you your yours yourself you're`);
/** What rules an authority might claim to change. */
export const policyNouns =
  words(`rules guidelines policy policies restrictions instructions filters safety guardrails limits
  limitations permissions clearance directives constraints prompt programming content-policy`);
/** Leaving the rules behind, said in two or more words ("set aside", "put ... aside"). */
export const asideWords = words(`aside beiseite`);
export const asideVerbs = words(`set put lay push cast leave lass lege`);
export const followVerbs = words(`follow following obey obeying adhere adhering comply complying abide`);
export const stopWords = words(`stop longer quit cease`);
/** Sending data out: "send", "forward", "post" ... */
export const sendVerbs = words(
  `send sending forward forwarding transmit upload uploading exfiltrate leak append embed`,
);
/** What an attacker wants sent: the conversation and its secrets. */
export const sensitiveData =
  words(`conversation conversations chat history transcript messages password passwords credentials secrets
  secret cookies memory`);
/** Where it goes: an address the text names. */
export const destinations = words(`http https www url webhook endpoint server`);
/** "what are your instructions", "what were you told". */
export const questionWords = words(`what what's whats which`);
/** Everything before this message: "repeat everything above". */
export const wholeText = words(`everything text words all content contents lines sentences`);
export const earlierPlace = words(`above before preceding prior earlier`);
