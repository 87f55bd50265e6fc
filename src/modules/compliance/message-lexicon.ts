import { regexStarts } from './regex-starts.js';

/**
 * Text checks behind the message_content rules. They are deliberately conservative: a false
 * alarm costs a template edit, a miss costs a patient's privacy. Template authors can call
 * `findClinicalTerms` / `limitedContentProblems` to see what tripped a rule; decisions carry
 * only reason codes, so no message text reaches logs through them.
 */

// HIPAA minimum necessary (45 CFR 164.502(b), 164.514(d)): nothing that reveals a diagnosis,
// procedure, service line or other clinical detail. Provider names count too: "Lakeside
// Oncology" discloses as much as "your chemotherapy".
const CLINICAL_PATTERNS: readonly RegExp[] = [
  // conditions
  /\b(?:cancers?|oncolog\w*|tumou?rs?|chemo\w*|leuka?emia|lymphoma|melanoma|carcinoma|radiation (?:therapy|treatment|oncology))\b/i,
  /\b(?:diabet\w*|insulin|asthma|copd|hypertension|cardiac|cardiolog\w*|stroke|seizures?|epilep\w*|dementia|alzheimer\w*|parkinson\w*)\b/i,
  /\bheart (?:attack|failure|disease|surgery|condition|institute|center|centre|clinic)\b/i,
  /\b(?:autism|autistic|adhd|depression|depressive|anxiety|bipolar|schizophren\w*|psychosis|psychotic|ptsd|eating disorders?|anorexia|bulimia|suicid\w*|self[- ]harm)\b/i,
  /\b(?:hepatitis|sexually transmitted|pregnan\w*|prenatal|antenatal|postnatal|postpartum|maternity|obstetric\w*|gyn(?:a)?ecolog\w*|ob[-/ ]?gyn|miscarriage|abortion|contracepti\w*|birth control|family planning|fertility|infertility|ivf|vasectomy|gender[- ]affirming|labou?r and delivery|childbirth|women['’]?s health)\b/i,
  /\b(?:HIV|AIDS|STDs?|STIs?)\b/,
  /\b(?:covid(?:-19)?|coronavirus|influenza|pneumonia|sepsis|infections?|fractures?|fractured|concussion|injury|injuries|wounds?|burn unit|trauma (?:center|centre|unit)|broken (?:arm|leg|bone|wrist|ankle|hip|nose|rib))\b/i,
  /\b(?:overdose|addiction|substance (?:use|abuse)|alcohol\w*|opioids?|methadone|suboxone|buprenorphine|naloxone|narcan|detox\w*|rehab\w*|sobriety)\b/i,
  /\b(?:obes(?:e|ity)|bariatric|weight[- ]loss (?:surgery|program|clinic)|dialysis|kidney|renal|transplant\w*|allerg(?:y|ies|ist)|arthritis|osteoporosis|migraines?|sleep (?:study|apnea|apnoea)|genetic (?:test\w*|counsel\w*)|spine (?:surgery|center|centre))\b/i,
  // procedures, tests and service lines
  /\b(?:surgery|surgeries|surgical|surgeons?|anaesthe\w*|anesthe\w*|biops(?:y|ies)|x[- ]?rays?|mri|ct scan|cat scan|pet scan|ultrasounds?|sonograms?|mammogra\w*|colonoscop\w*|endoscop\w*|ekg|ecg|echocardiograms?)\b/i,
  /\b(?:blood (?:tests?|work|draws?|panel)|bloodwork|lab (?:tests?|work|results)|labwork|laborator(?:y|ies)|test results|imaging|radiolog\w*|patholog\w*|vaccin\w*|immuni[sz]\w*|flu shots?)\b/i,
  /\b(?:physical therapy|occupational therapy|speech therapy|therap(?:y|ies|ist|ists|eutic)|psychotherap\w*|psychiatr\w*|psycholog\w*|mental health|behaviou?ral health)\b/i,
  /(?<!financial |credit |debt |budget )\bcounsel(?:l)?ing\b/i,
  /\b(?:emergency (?:room|department|visit|care|services)|ED visit|urgent care|ambulance|paramedics?|hospice|palliative|inpatient|outpatient|hospitali[sz](?:ed|ation)|intensive care|neonatal|pediatric\w*|paediatric\w*)\b/i,
  /\b(?:ER|ICU|NICU|PICU)\b/,
  /\b(?:dermatolog\w*|urolog\w*|neurolog\w*|neurosurg\w*|orthop(?:a)?edic\w*|podiat\w*|chiropract\w*|ophthalm\w*|optometr\w*|eye (?:exam|care|surgery|center|centre)|dental|dentist\w*|orthodont\w*|oral surgery|gastroenterolog\w*|pulmonolog\w*|endocrinolog\w*|rheumatolog\w*|nephrolog\w*|hematolog\w*|haematolog\w*|infectious disease|plastic surgery|cosmetic surgery|audiolog\w*|hearing (?:aids?|tests?))\b/i,
  /\b(?:prescriptions?|medications?|diagnos\w*|symptoms?|clinical|treatment for|your treatment|medical treatment|medical procedures?|surgical procedures?|your procedure|procedure (?:codes?|on|performed)|medical condition|health condition|your condition)\b/i,
  // billing codes that name a service or diagnosis
  /\b(?:CPT|HCPCS|DRG|ICD(?:-?(?:9|10))?)\b/,
  /\b[A-TV-Z]\d[0-9AB]\.[0-9A-TV-Z]{1,4}\b/,
];

/** Clinical words or codes found in `text` (empty when none). */
export function findClinicalTerms(text: string): string[] {
  const found: string[] = [];
  for (const re of CLINICAL_PATTERNS) {
    const m = re.exec(text);
    if (m) found.push(m[0]);
  }
  return found;
}

/**
 * Every clinical pattern in one case-insensitive alternation: it matches wherever one of them
 * would (ignoring case only widens the few case-sensitive ones), so a text it does not match is
 * clean with one scan instead of one per pattern. Sticky: it is tried only where a word starts.
 */
const ANY_CLINICAL_AT = new RegExp(CLINICAL_PATTERNS.map((re) => `(?:${re.source})`).join('|'), 'iy');

/**
 * Which words can start a clinical match, by their first four characters. Every pattern begins
 * with `\b` and a word character, so a match starts where a word starts; the tables hold every
 * beginning of a match up to four characters (from the patterns' sources, ASCII letters folded
 * to lower case, any non-ASCII character in one bucket). A word whose beginning is not in them
 * cannot start a match, so the alternation runs only at the few words that could ("your",
 * "hospital", "medical") instead of over every character of every message (it was the largest
 * single cost of deciding an outreach contact).
 */
const NON_ASCII = 128;
const BUCKETS = 129;
const START_CHARS = 4;
const WORD_CHAR = new Uint8Array(128);
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD_CHAR[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0;
  FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
}
const bucket = (c: number): number => (c < 128 ? FOLD[c]! : NON_ASCII);
/**
 * Three levels of typed arrays, each row one entry per character bucket: 0 no match begins so,
 * 1 a match may (whatever follows), k >= 2 look at the next character in row k - 2 of the next
 * level. The fourth level only says 0 or 1.
 */
interface StartTables {
  two: Uint16Array;
  three: Uint16Array;
  four: Uint8Array;
}
/** Built at the first check (about 20 ms), not when the module loads. */
let startTables: StartTables | null = null;

function buildStartTables(): StartTables {
  const FIRST_TWO = new Uint16Array(128 * BUCKETS);
  const all: string[] = [];
  for (const re of CLINICAL_PATTERNS) {
    for (const start of regexStarts(re.source, START_CHARS)) {
      const c1 = start.charCodeAt(0);
      if (!(c1 < 128 && WORD_CHAR[c1])) throw new Error(`a clinical pattern can match from a non-word character: ${re.source}`);
      all.push(start);
    }
  }
  // Shortest first: a beginning that is a whole match makes every longer one with it a candidate.
  all.sort((x, y) => x.length - y.length);
  // At most one row per beginning; trimmed to the rows used at the end.
  const third = new Uint16Array((all.length + 1) * BUCKETS);
  const fourth = new Uint8Array((all.length + 1) * BUCKETS);
  if (all.length > 65_000) throw new Error('the clinical patterns have too many beginnings for the tables');
  let thirdRows = 0;
  let fourthRows = 0;
  for (const start of all) {
    const row = FOLD[start.charCodeAt(0)]! * BUCKETS;
    if (start.length === 1) {
      FIRST_TWO.fill(1, row, row + BUCKETS);
      continue;
    }
    const two = row + bucket(start.charCodeAt(1));
    if (FIRST_TWO[two] === 1) continue;
    if (start.length === 2) {
      FIRST_TWO[two] = 1;
      continue;
    }
    if (FIRST_TWO[two] === 0) FIRST_TWO[two] = 2 + thirdRows++;
    const at3 = (FIRST_TWO[two]! - 2) * BUCKETS + bucket(start.charCodeAt(2));
    if (third[at3] === 1) continue;
    if (start.length === 3) {
      third[at3] = 1;
      continue;
    }
    if (third[at3] === 0) third[at3] = 2 + fourthRows++;
    fourth[(third[at3]! - 2) * BUCKETS + bucket(start.charCodeAt(3))] = 1;
  }
  return { two: FIRST_TWO, three: third.slice(0, thirdRows * BUCKETS), four: fourth.slice(0, fourthRows * BUCKETS) };
}

/**
 * Whether `text` has any clinical word or code: the same answer as `findClinicalTerms(text).length
 * > 0`. Every outbound message is checked: the loop hops from word to word (a match starts only
 * where a word starts), the tables say from a word's first characters whether a match could begin
 * there, and only then is the alternation of all patterns tried, and the patterns one by one only
 * when it matches (the case-sensitive ones decide). The table lookups are written out here rather
 * than called: this loop reads every character of every message.
 */
export function hasClinicalTerms(text: string): boolean {
  const { two, three, four } = (startTables ??= buildStartTables());
  const n = text.length;
  let p = 0;
  while (p < n) {
    let c = text.charCodeAt(p);
    // Up to the next word character: the start of a word.
    while (!(c < 128 && WORD_CHAR[c] === 1)) {
      if (++p >= n) return false;
      c = text.charCodeAt(p);
    }
    let may: boolean;
    if (p + START_CHARS > n) may = true;
    else {
      const v2 = two[FOLD[c]! * BUCKETS + bucket(text.charCodeAt(p + 1))]!;
      if (v2 < 2) may = v2 === 1;
      else {
        const v3 = three[(v2 - 2) * BUCKETS + bucket(text.charCodeAt(p + 2))]!;
        may = v3 < 2 ? v3 === 1 : four[(v3 - 2) * BUCKETS + bucket(text.charCodeAt(p + 3))] === 1;
      }
    }
    if (may) {
      ANY_CLINICAL_AT.lastIndex = p;
      if (ANY_CLINICAL_AT.test(text)) return CLINICAL_PATTERNS.some((re) => re.test(text));
    }
    // Past the rest of the word.
    do {
      if (++p >= n) return false;
      c = text.charCodeAt(p);
    } while (c < 128 && WORD_CHAR[c] === 1);
  }
  return false;
}

// 12 CFR 1006.6(e): every electronic message from a debt collector states a reasonable and simple
// way to opt out of electronic messages to that address or number.
const OPT_OUT_PATTERNS: readonly RegExp[] = [
  /\b(?:reply|text|send|respond(?:\s+with)?|type)\s+["'“‘]?(?:stop|stopall|quit|end|cancel|unsubscribe|revoke|opt[\s-]?out)\b/i,
  /\bunsubscribe\b/i,
  /\bopt[\s-]?out\b/i,
  /\bto stop (?:receiving|getting|these|all|texts|text messages|emails|messages)\b/i,
  /\b(?:email|communication|contact|notification|message) preferences\b/i,
  /\bSTOP\b/,
];

// A method is "reasonable and simple" when the recipient can use the same electronic medium: reply
// with a keyword, follow a link, or reply to the email (official interpretation of 1006.6(e)). A
// method that needs a phone call, a letter or a visit is not; nor one that costs a fee or asks for
// more than the opt-out itself (1006.6(e): no fee, no information beyond the preferences and address).
const KEYWORD_REPLY = /\b(?:reply|text|send|respond(?:\s+with)?|type|responda|env[ií]e|escriba|conteste)\b[^.!?\n]{0,20}?["'“‘]?(?:stop|stopall|quit|end|cancel|unsubscribe|revoke|opt[\s-]?out|alto|baja|parar)\b|\bSTOP\b/i;
const ELECTRONIC_METHOD = /https?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|org|net|example|us|health|gov)\/|\bclick\b|\blink\b|\breply(?:ing)?\s+(?:to\s+)?(?:this|the)\s+(?:email|e-mail|message|text)\b|\bpreferences?\s+(?:page|center|centre|link)\b|\bhaga\s+clic\b|\benlace\b/i;
const OFFLINE_ONLY = /\b(?:call|phone|telephone|mail|write|letter|visit|fax|in person|llame|llamar|carta|escr[ií]banos|visite)\b/i;
const BURDEN = /\bfee\b|\$\s?\d|\bcharge\b|\baccount number\b|\bdate of birth\b|\bsocial security\b|\bcargo\b|\bcuota\b/i;

/** The sentences of a message (opt-out instructions are judged one sentence at a time). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim().length > 0);
}

/**
 * True when the text gives a reasonable and simple way to opt out of further electronic messages
 * to this address or number (12 CFR 1006.6(e)): at least one opt-out instruction that works on
 * the same medium (a keyword reply, a link, replying to the email), costs nothing and asks for
 * nothing more. "To opt out, call us" or "mail a letter to opt out" alone does not count.
 */
export function hasOptOutNotice(text: string): boolean {
  if (!OPT_OUT_PATTERNS.some((re) => re.test(text))) return false;
  for (const s of sentences(text)) {
    if (!OPT_OUT_PATTERNS.some((re) => re.test(s))) continue;
    if (BURDEN.test(s)) continue;
    if (KEYWORD_REPLY.test(s)) return true;
    if (ELECTRONIC_METHOD.test(s)) return true;
    // "Unsubscribe" or "opt out" with no method named: the word alone is the link text of an
    // email footer or a keyword in a text, unless the sentence sends the reader offline.
    if (!OFFLINE_ONLY.test(s) && /\bunsubscribe\b|\bopt[\s-]?out\b/i.test(s) && s.trim().split(/\s+/).length <= 4) return true;
  }
  return false;
}

// TCPA revocation by any reasonable means (47 CFR 64.1200(a)(10)): these words in reply are
// revocations per se; longer replies are revocations when they ask to stop.
const REVOCATION_WORDS = new Set(['stop', 'stopall', 'quit', 'end', 'revoke', 'cancel', 'unsubscribe', 'optout', 'opt out', 'opt-out']);
const REVOCATION_PHRASES: readonly RegExp[] = [
  /\b(?:stop|quit|cease)\s+(?:texting|calling|messaging|contacting|emailing|sending|all)\b/i,
  /\b(?:do not|don'?t|dont|never)\s+(?:call|text|message|contact|email|phone)\b/i,
  /\b(?:remove|take)\s+me\s+(?:from|off)\b/i,
  /\bno more\s+(?:texts?|calls?|messages?|emails?)\b/i,
  /\bopt\s*me\s*out\b/i,
  /\bunsubscribe\b/i,
  /\brevoke\b/i,
  /\bleave me alone\b/i,
];

/** Whether an inbound reply revokes consent (a keyword alone, or a request to stop). */
export function detectRevocation(text: string): { revoked: boolean; keyword?: string } {
  const normalized = text.trim().toLowerCase().replace(/[^a-z\s'-]/g, ' ').replace(/\s+/g, ' ').trim();
  if (REVOCATION_WORDS.has(normalized)) return { revoked: true, keyword: normalized };
  const words = normalized.split(' ');
  // "Stop please" and "STOP ALL" are revocations; "cancel my appointment" is not.
  if (words.length <= 2) {
    const hit = words.find((w) => REVOCATION_WORDS.has(w));
    if (hit) return { revoked: true, keyword: hit };
  }
  for (const re of REVOCATION_PHRASES) {
    const m = re.exec(text);
    if (m) return { revoked: true, keyword: m[0].toLowerCase() };
  }
  return { revoked: false };
}

// 12 CFR 1006.2(j): a limited-content message is a voicemail that includes a business name not
// indicating debt collection, a request to reply, a natural person's name to reply to and a
// telephone number, and may add only a salutation, the date and time, suggested times to reply,
// and a statement that any representative can help.
const PHONE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b/;
const REPLY_REQUEST = /\b(?:call|return|reply|respond|reach|contact|get back|ring)\b/i;
const DEBT_WORDS =
  /\b(?:debts?|collect\w*|balances?|owe[ds]?|owing|overdue|past[- ]due|delinquen\w*|payments?|pay|paid|paying|amounts?|bills?|billing|billed|invoices?|statements?|charges?|fees?|accounts?|acct|settle\w*|lawsuits?|sue|suing|court|legal|judgments?|garnish\w*|liens?|attorneys?|lawyers?|credit|interest|dollars?|refunds?|arrears|financial|finance|loans?|creditors?|recovery|receivables?|urgent|final notice|important matter)\b/i;
const MONEY = /[$€£]\s?\d/;
const CREDITOR_WORDS = /\b(?:hospital|medical|clinic|health|healthcare|patient|doctor|physician|provider|insurance|insurer)\b/i;
const LINK = /https?:\/\/|www\.|\b[\w.+-]+@[\w-]+\.[\w.]+|\b[\w-]+\.(?:com|net|org|us|io|info|biz|health)\b/i;
const NAME_CUE =
  /\b(?:this is|my name is|name is|i am|i'm|ask for|speak (?:with|to)|call|contact|reach|or|and)\s+((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){0,2})/g;
const NAME_HERE = /\b([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\s+here\b/g;
const NOT_A_PERSON = new Set([
  'me', 'us', 'our', 'we', 'the', 'you', 'your', 'please', 'thank', 'thanks', 'hello', 'hi', 'today', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'back', 'any', 'one', 'someone',
]);
const BUSINESS_WORDS =
  /\b(?:Services?|Solutions?|Group|Associates|LLC|Inc|Company|Co|Corp|Corporation|Ltd|Partners|Financial|Management|Center|Centre|Hospital|Health|Systems?|Agency|Recovery|Billing|Bureau|Office|Department|Team|Collections?|Credit|Bank|Law|Firm|Medical|Clinic|Enterprises?|Holdings|Consulting)\b/;

function hasPersonName(text: string): boolean {
  for (const re of [NAME_CUE, NAME_HERE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const candidate = m[1] as string;
      const first = (candidate.split(/\s+/)[0] ?? '').toLowerCase();
      if (NOT_A_PERSON.has(first) || BUSINESS_WORDS.test(candidate)) continue;
      return true;
    }
  }
  return false;
}

/** Why a voicemail is not a limited-content message (empty when it is one). */
export function limitedContentProblems(text: string): string[] {
  const problems: string[] = [];
  if (!PHONE.test(text)) problems.push('no telephone number to reply to');
  if (!REPLY_REQUEST.test(text)) problems.push('no request that the consumer reply');
  if (!hasPersonName(text)) problems.push("no natural person's name to reply to");
  if (DEBT_WORDS.test(text) || MONEY.test(text)) problems.push('mentions the debt, an account or money');
  if (CREDITOR_WORDS.test(text)) problems.push('names a creditor or medical context');
  if (LINK.test(text)) problems.push('includes a link or email address');
  if (hasClinicalTerms(text)) problems.push('includes clinical detail');
  return problems;
}

// 15 U.S.C. 1692e(11), 12 CFR 1006.18(e): a debt collector's communications say they come from a
// debt collector (the initial one also that it is an attempt to collect a debt). Any of these
// wordings, in English or Spanish, is the disclosure.
const DEBT_COLLECTOR_DISCLOSURE =
  /\bdebt collector\b|\battempt(?:ing)? to collect a debt\b|\bcollecting a debt\b|\bcobrador(?:a)? de deudas\b|\b(?:intento|intentando|intenta) (?:de )?cobrar una deuda\b|\bagencia de cobr(?:o|anza)s?\b/i;

/** True when the text says it comes from a debt collector (12 CFR 1006.18(e)). */
export function hasDebtCollectorDisclosure(text: string): boolean {
  return DEBT_COLLECTOR_DISCLOSURE.test(text);
}

// 15 U.S.C. 1692g(b), 12 CFR 1006.38(b): during the validation period nothing may overshadow the
// consumer's right to dispute or to ask for the original creditor. Demanding payment at once or
// by a deadline, or threatening action unless paid now, is the classic overshadowing (official
// interpretation 38(b)-1); a payment option or a plain balance is not.
const DEMAND_NOW: readonly RegExp[] = [
  /\b(?:pay|payment|paid|remit|call)\b[^.!?\n]{0,30}?\b(?:now|today|immediately|at once|right away|without delay|within \d+ (?:days?|hours?)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d))\b/i,
  /\b(?:immediate|urgent) (?:payment|action|attention|response)\b/i,
  /\bmust (?:be )?(?:pay|paid|settle|settled)\b/i,
  /\b(?:final|last) (?:notice|demand|warning|chance)\b/i,
  /\bto avoid (?:further|legal|additional|collection)? ?(?:action|proceedings|consequences|collection)\b/i,
  /\b(?:pague|pagar|llame)\b[^.!?\n]{0,30}?\b(?:hoy|ahora|inmediatamente|de inmediato)\b|\bpago inmediato\b|\b(?:último|ultimo|aviso) (?:aviso|final)\b/i,
];

/** True when the text demands payment at once or by a deadline (overshadowing in the validation period). */
export function hasDemandNow(text: string): boolean {
  return DEMAND_NOW.some((re) => re.test(text));
}
