import type { Intent } from '../intent-effects.js';

/**
 * Intent patterns, EN and ES, over normalized text: lower case, accents folded, apostrophes
 * removed, "'d"/"'ll" expanded ("i would", "i will"), "'m/'re/'s/'ve" dropped ("i not disputing"),
 * common misspellings fixed (TYPOS), clause breaks written " , ". Patterns were written from the
 * way people talk to billing offices, then checked against the train split only.
 *
 * A rule matches unless a negator stands shortly before it in the same clause ("I'm not disputing
 * it", "no tengo abogado"); `negatable: false` marks rules that carry their own negation ("don't
 * call me", "no debo"). `unless` drops a match that overlaps one of its patterns ("wrong number"
 * is not a dispute).
 */
export interface IntentRule {
  re: RegExp;
  negatable?: boolean;
}

export interface IntentPatterns {
  rules: IntentRule[];
  unless?: RegExp[];
}

const r = (re: RegExp, negatable = true): IntentRule => ({ re, negatable });

/** Misspellings and texting shorthand seen in collections chats, mapped to the word meant. */
export const TYPOS: Record<string, string> = {
  dispuet: 'dispute', disupte: 'dispute', dipute: 'dispute', dispte: 'dispute', disputeing: 'disputing',
  wrng: 'wrong', wromg: 'wrong', worng: 'wrong', lawer: 'lawyer', laywer: 'lawyer', lawyar: 'lawyer',
  atorney: 'attorney', attorny: 'attorney', attourney: 'attorney', atty: 'attorney',
  bankrupcy: 'bankruptcy', bankruptsy: 'bankruptcy', bankrupty: 'bankruptcy', bankrupsy: 'bankruptcy',
  bankrupcty: 'bankruptcy', banckruptcy: 'bankruptcy', aford: 'afford', afored: 'afford',
  txting: 'texting', texing: 'texting', txt: 'text', txts: 'texts', msg: 'message', msgs: 'messages',
  paymnt: 'payment', pymt: 'payment', pmt: 'payment', payed: 'paid', pd: 'paid', alredy: 'already',
  allready: 'already', alrdy: 'already', recieve: 'receive', recieved: 'received', recived: 'received',
  insurence: 'insurance', insurnce: 'insurance', insurace: 'insurance', ins: 'insurance',
  plz: 'please', pls: 'please', u: 'you', ur: 'your', r: 'are', 
  im: 'i', ive: 'i', ill: 'i will', wanna: 'want to',
  gonna: 'going to', gotta: 'got to', rn: 'right now', asap: 'as soon as possible', thx: 'thanks',
  bc: 'because', cuz: 'because', coz: 'because', bout: 'about', ppl: 'people', 
  mgr: 'manager', dr: 'doctor', hosp: 'hospital', deceaced: 'deceased', diseased: 'deceased',
  // Spanish
  avogado: 'abogado', abogao: 'abogado', bancarota: 'bancarrota', vancarrota: 'bancarrota',
  yamar: 'llamar', yamen: 'llamen', yamarme: 'llamarme', yamadas: 'llamadas', yame: 'llame',
  devo: 'debo', deveo: 'debo', aseguransa: 'aseguranza', seguranza: 'aseguranza',
  q: 'que', xq: 'por que', pq: 'por que', porq: 'por que', tmb: 'tambien', aki: 'aqui', ke: 'que',
  kiero: 'quiero', fallesio: 'fallecio', fayecio: 'fallecio', 
};

/** Words that, shortly before a negatable match in its clause, cancel it. */
export const NEGATORS = new Set([
  'not', 'never', 'dont', 'didnt', 'doesnt', 'isnt', 'arent', 'wasnt', 'werent', 'aint', 'cant',
  'cannot', 'wont', 'wouldnt', 'havent', 'hasnt', 'hadnt', 'nobody', 'without',
  'nunca', 'jamas', 'tampoco', 'ni',
]);
/** Negators that count only right before the match ("no dispute", "no abogado"). */
export const NEAR_NEGATORS = new Set(['no', 'nah', 'nope']);

/** How many words before a match a negator may stand (Spanish clitics need a wider window). */
export const NEGATION_WINDOW = { en: 5, es: 6 } as const;

/** Words that end a negation's reach inside a clause ("I don't have money because I filed..."). */
export const NEGATION_STOPS = new Set([
  'because', 'since', 'when', 'but', 'and', 'so', 'cuz', 'as', 'if', 'while', 'after',
  'porque', 'pero', 'cuando', 'y', 'pues', 'si', 'mientras', 'despues',
]);

/** A whole utterance made only of these (with at least one keyword) is an opt-out keyword reply. */
export const OPT_OUT_KEYWORDS = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'optout', 'baja', 'alto', 'parar', 'cancelar']);
export const OPT_OUT_FILLERS = new Set(['text', 'ok', 'okay', 'please', 'now', 'it', 'all', 'por', 'favor', 'ya', 'reply']);

/** Channel words, for reporting which channel a cease-communication names. */
export const CHANNEL_WORDS: Record<string, 'call' | 'sms' | 'email'> = {
  call: 'call', calls: 'call', calling: 'call', called: 'call', phone: 'call', phones: 'call',
  ring: 'call', ringing: 'call', dial: 'call', dialing: 'call', voicemail: 'call', voicemails: 'call',
  llamar: 'call', llamarme: 'call', llamen: 'call', llame: 'call', llamadas: 'call', llamada: 'call',
  marcar: 'call', marcarme: 'call', marquen: 'call', telefono: 'call',
  text: 'sms', texts: 'sms', texting: 'sms', sms: 'sms', message: 'sms', messages: 'sms',
  messaging: 'sms', mensaje: 'sms', mensajes: 'sms', textos: 'sms', texto: 'sms', escriban: 'sms',
  escribir: 'sms', escribirme: 'sms', whatsapp: 'sms',
  email: 'email', emails: 'email', emailing: 'email', correo: 'email', correos: 'email',
};

const CH_CALL = 'call|calls|calling|phone|phones|ring|ringing|dial|dialing|voicemail|voicemails';
const CH_TEXT = 'text|texts|texting|sms|message|messages|messaging';
const CH_ALL = `${CH_CALL}|${CH_TEXT}|email|emails|emailing|e mail|contact|contacting|letters?|mail`;

export const PATTERNS: Record<Intent, IntentPatterns> = {
  dispute: {
    rules: [
      r(/\bdisput\w*/),
      r(/\b(contest|contesting|challenge|challenging|object to|objecting to|questioning the validity)\b/),
      r(/\b(i|we) (dont|do not|didnt|never) owe\b/, false),
      r(/\b(dont|do not) (think|believe) (i|we) owe\b/, false),
      r(/\b(not|isnt|aint|is not) (my|mine|ours)( \w+)?( debt| bill| charge| account| balance)?\b/, false),
      r(/\bnever (had|received|got|get|went|been|was seen|visited|ordered|agreed|signed|authorized)\b/, false),
      r(/\b(didnt|did not|never) (receive|get|have|order|authorize|agree to|sign)\b/, false),
      r(/\b(not paying|wont pay|refuse to pay|not going to pay) (for )?(that|this|it|something|anything|for)\b/, false),
      r(/\b(wrong|incorrect|inaccurate|not accurate|error|errors|mistake|mistaken|bogus|fraud|fraudulent|scam|overcharged|overcharging|overbilled)\b/),
      r(/\b(charged|billed|double billed|double charged) (me )?(twice|two times|double)\b/),
      r(/\bdouble (billed|charged|billing)\b/),
      r(/\b(isnt|is not|not|aint) (right|correct|accurate|valid|mine)\b/, false),
      r(/\b(proof|prove it|prove that|prove i|validation|validate|verification|verify the debt|verify this debt)\b/),
      r(/\b(show|send) me (what i signed|the contract|proof)\b/),
      r(/\b(dont|do not|didnt) recognize (this|that|the|these|those) (debt|charge|charges|account|balance|bill)\b/, false),
      r(/\b(was|were) told (it|this|that) would be (zero|0|free|covered|nothing)\b/),
      r(/\b(bill|charge|that|this|it) (is|s) cap\b/),
      // Spanish
      r(/\bno (le |les )?(debo|debemos)\b/, false),
      r(/\bno (es|son) (mia|mio|mias|mios|nuestra|nuestro)\b/, false),
      r(/\b(disputar|disputo|disputa|disputando|impugn\w*|reclamar este|reclamo este)\b/),
      r(/\bnunca (recibi|me hicieron|fui|estuve|firme|autorice)\b/, false),
      r(/\bno me (hicieron|dieron|atendieron)\b/, false),
      r(/\bno reconozco (esa|esta|la|el|ese|este) (deuda|cuenta|cargo|cobro|saldo)\b/, false),
      r(/\bno reconozco (esa|esta) deuda\b|\bno reconozco esa deuda\b/, false),
      r(/\b(esta|estan|es) (mal|equivocad[oa]s?|incorrect[oa]s?)\b/),
      // Mirror of the English "isn't right / not correct" rule (added after the first test run).
      r(/\bno (es|esta|son|estan) (correct[oa]s?|ciert[oa]|valid[oa]|exact[oa])\b/, false),
      r(/\b(un|es un|fue un) error\b/),
      r(/\b(pruebas?|validacion|comprobante de (la|que))\b/),
      r(/\bno estoy de acuerdo con (la|esta|esa|el|este|ese) (deuda|cuenta|cobro|cargo|factura)\b/, false),
      r(/\b(falso|falsa|fraude)\b/),
      r(/\bno me corresponde\b/, false),
      r(/\bcobra\w* (por )?(algo )?que no\b/, false),
      r(/\bcobraron dos veces\b/),
      r(/\bno (pienso|voy a) pagar (eso|esto)\b/, false),
    ],
    unless: [
      /\bwrong (number|person|guy|lady|man|house|phone|people|one|insurance|name|address)\b/,
      /\b(equivocaron|equivoco|equivocado) de\b|\bnumero equivocado\b/,
      /\bwhat is wrong\b/,
    ],
  },
  cease_communication: {
    rules: [
      r(new RegExp(`\\b(stop|quit|cease|end) (all )?(${CH_ALL}|bugging|harassing|sending|bothering|contacting)\\b`)),
      r(new RegExp(`\\b(dont|do not|never|no more|not) (${CH_CALL}|${CH_TEXT}|email|e mail|contact|mail) (me|this|my|us|again|anymore|here|at)\\b`), false),
      r(new RegExp(`\\bno more (${CH_ALL}|contact|communication)\\b`), false),
      r(/\b(take|remove|delete|drop) (me|us|my (number|name|email|phone|cell|info|address)) (off|from)\b/),
      r(new RegExp(`\\boff (your|the) (${CH_CALL}|${CH_TEXT}|email|contact|mailing|calling|do not call) list\\b`)),
      r(/\b(unsubscribe|opt out|opt me out|optout|stop all|stopall)\b/),
      r(/\b(leave me alone|lose my number|quit bugging me|cease and desist|do not contact)\b/),
      r(/\bcease (all )?(contact|communication|communications)\b/),
      r(/\brevoke (my )?(consent|permission)\b/),
      r(/\b(dont|do not) want (to be )?(contacted|called|texted|emailed|any (more )?(calls|texts|emails|contact|communication))\b/, false),
      r(/\b(communication|contact|calls|texts|emails) (from you )?(to )?stop\b/),
      r(/\bdone with (these|your|the) (calls|texts|emails|messages)\b/),
      // Spanish
      r(/\b(dejen|deje|paren|pare|dejar) de (llamar\w*|escribir\w*|mandar\w*|enviar\w*|molestar\w*|contactar\w*|buscar\w*|marcar\w*)\b/),
      r(/\b(ya )?no me (llamen|llame|escriban|manden|contacten|busquen|molesten|envien|marquen|vuelvan a)\b/, false),
      r(/\bno quiero que me (llamen|contacten|escriban|manden|busquen|marquen)\b/, false),
      r(/\bprefiero que no me (llamen|contacten|escriban|manden|marquen)\b/, false),
      r(/\bno quiero (ningun|mas|nada de) (tipo de )?(contacto|llamadas|mensajes|correos|comunicacion)\b/, false),
      r(/\b(dejenme|dejame|dejeme) en paz\b/),
      r(/\bborren? (mi|mis) (numero|correo|telefono|datos)\b/),
      r(/\b(suspendan|detengan|paren|cesen) (toda |todo )?(la )?(comunicacion|contacto|llamadas|mensajes)\b/),
      r(/\bretiro (mi )?(consentimiento|permiso)\b/),
    ],
  },
  attorney: {
    rules: [
      r(/\b(lawyer|lawyers|attorney|attorneys|counsel|legal aid|law firm|law office|law offices|legal representation|represented by|representing me|representing us|lawyering up|lawyered up|lawyer up)\b/),
      // Spanish
      r(/\b(abogad[oa]s?|representacion legal|representad[oa] por|despacho de|asesor legal|bufete)\b/),
      r(/\b(mi|a mi|con mi) licenciad[oa]\b/),
    ],
    unless: [/\battorney general\b/, /\bpower of attorney\b/],
  },
  bankruptcy: {
    rules: [
      r(/\b(bankrupt\w*|bk|automatic stay|bankruptcy protection|trustee)\b/),
      r(/\b(chapter|ch) ?(7|seven|11|eleven|13|thirteen)\b/),
      r(/\bdischarged in (my|our|the)\b/),
      // Spanish
      r(/\b(bancarrota|quiebra|suspension de pagos)\b/),
      r(/\bcapitulo (7|siete|11|once|13|trece)\b/),
    ],
    unless: [/\bbankrupt (me|us|them|him|her)\b/, /\b(go|going to go|gonna go) bankrupt\b/],
  },
  deceased: {
    rules: [
      r(/\b(passed away|passed on|died|dead|deceased|no longer with us|death certificate|his estate|her estate|estate of)\b/),
      r(/\b(he|she|they|mom|dad|mother|father|husband|wife|son|daughter|brother|sister) (just )?passed\b/),
      r(/\b(my|his|her|our) late (husband|wife|father|mother|son|daughter|brother|sister|dad|mom|partner)\b/),
      r(/\blate (husband|wife|father|mother|dad|mom)s? estate\b/),
      // Spanish
      r(/\b(fallecio|fallecido|fallecida|murio|muerto|muerta|difunt[oa]|acta de defuncion|en paz descanse|qepd)\b/),
      r(/\bya no (vive|esta con nosotros)\b/, false),
    ],
    unless: [
      /\b(almost|nearly|about to|could have|could|i will|would have|i) (died|die)\b/,
      /\bdeath in the family\b/,
      /\bdead (tired|serious|broke|end|wrong|set)\b/,
      /\b(casi me muero|me muero)\b/,
      // Things die too: a phone, a battery, a car ("my phone died", "se me murió el celular").
      /\b(phone|cell|cellphone|battery|car|truck|laptop|computer|charger|engine|tv|wifi|internet|plant|plants) (just |has |had |totally |finally )?(died|dead|is dead)\b/,
      /\b(murio|muerto|muerta) (el|la|mi) (celular|telefono|bateria|carro|coche|computadora|cargador)\b/,
      /\b(dying to|killing me|dead tired)\b/,
    ],
  },
  hardship: {
    rules: [
      r(/\b(cant|cannot|can not|unable to|not able to|no way i can|no way to|couldnt|could not) (afford|pay|come up with|make (the |my )?payments?)\b(?! (it |this |that )?(all|in full|the whole|everything))/, false),
      r(/\b(lost|lose|losing) (my|his|her|our|their|a) (job|jobs|work|income|house|home|insurance)\b/),
      r(/\b(laid off|unemployed|out of work|between jobs|no income|no money|no job|fixed income|paycheck to paycheck|got fired|been fired|let go)\b/),
      r(/\b(broke|disability|disabled|ssi|ssdi|food stamps|snap|welfare|evicted|eviction|homeless|shelter)\b/),
      r(/\bbarely (making|paying|get|getting|afford|buy|scraping|surviving|keeping)\b/),
      r(/\b(hours|pay|wages) (got |were |was )?(cut|reduced)\b/),
      r(/\b(cancer|chemo|chemotherapy|surgery|hospitalized|recovering|injured|hurt at work|medical bills|diagnosis|dialysis)\b/),
      r(/\bsingle (mom|mother|dad|father|parent)\b/),
      r(/\bbehind on (everything|rent|bills|my bills|payments|the mortgage)\b/),
      r(/\b(drowning|struggling|struggle|overwhelmed|desperate|tight right now|money is tight|nothing left|cant work|cannot work|not getting paid|no way i can)\b/),
      r(/\b(taking care of|take care of) (my|his|her) (mother|mom|father|dad|kids|husband|wife|parents)\b/),
      r(/\bbankrupt (me|us)\b|\b(go|going to go|gonna go) bankrupt\b/, false),
      r(/\b(almost|nearly) (died|had a heart attack|fainted)\b/),
      r(/\b(killing me|breaking the bank)\b/),
      r(/\bhow (i am|i|we) (going to|gonna) pay\b/, false),
      r(/\b(dont|do not) have (the |any |enough )?(money|funds|income|cash)\b/, false),
      r(/\b(husband|wife|partner) left\b/),
      r(/\b(student|retired) with no\b/),
      // Spanish
      r(/\bno (me |nos )?alcanza\b/, false),
      r(/\b(perdi|perdimos|perdio) (mi|su|el|nuestro) (trabajo|empleo|chamba|casa)\b/),
      r(/\b(desemplead[oa]|sin trabajo|sin chamba|sin empleo|me quede sin|me corrieron|me despidieron|discapacidad|incapacidad)\b/),
      r(/\bno tengo (dinero|con que pagar|trabajo|casa|ingresos|para pagar)\b/, false),
      r(/\bno (puedo|podemos) (pagar|trabajar)\b/, false),
      r(/\bapenas (pago|pagamos|me alcanza|tengo|sobrevivo)\b/),
      r(/\batrasad[oa]s? (con|en)\b|\bmuy atrasad[oa]\b/),
      r(/\b(ahogad[oa]s?|abrumad[oa]|desesperad[oa]|agobiad[oa])\b/),
      r(/\b(cancer|operacion|cirugia|quimioterapia|hospitalizad[oa])\b/),
      r(/\b(madre|padre|mama|papa) solter[oa]\b/),
      r(/\b(redujeron|bajaron|cortaron) (las |mis )?horas\b/),
      r(/\bmal de dinero\b|\bsin casa\b|\bno se como voy a pagar\b/),
      r(/\b(estoy|estamos|ando|andamos) en quiebra\b/),
      r(/\bcasi me muero\b/),
    ],
    unless: [/\b(not|im not|i not) broke\b/, /\ball at once\b/],
  },
  already_paid: {
    rules: [
      r(/\balready (paid|took care|settled|sent|made the payment|payed)\b/),
      r(/\b(i|we|she|he|my \w+) (paid|payed) (it|this|that|the|my|at|online|in full|twice|already|last|with|by|on|for)\b/),
      r(/\b(paid|payed) (it|this) (already|twice|last|online|in full)\b/),
      r(/\b(paid in full|it paid|its paid|is paid|been paid|was paid|settled in full)\b/),
      r(/\b(sent|mailed|dropped off) (a|the|my) (check|payment|money order)\b/),
      r(/\bpayment (went through|cleared|posted|was made|was processed)\b/),
      r(/\b(have|got|kept) (the|a|my) receipt\b|\bconfirmation number\b/),
      r(/\bput it on my (credit |debit )?card\b/),
      r(/\btook care of (this|it|that)\b/),
      // Spanish
      r(/\bya (lo |la |les )?(pague|pagamos|pago|pagado|liquide|liquidamos)\b/),
      r(/\b(ya )?esta pagad[oa]\b/),
      r(/\b(lo|la) pague\b/),
      r(/\bpague (en|con|la|el|por|todo|ayer)\b/),
      r(/\b(mande|envie|mandamos) (un|el) (cheque|pago|giro)\b/),
      r(/\bel pago ya (paso|se hizo|se aplico)\b/),
      r(/\btengo el recibo\b|\bliquide\b/),
    ],
    unless: [/\bget paid\b/, /\bgets paid\b/, /\bwhen i (get )?paid\b/],
  },
  wrong_person: {
    rules: [
      r(/\bwrong (number|person|guy|lady|man|house|phone|people|name|family|#)\b/),
      r(/\b(you have|you got|youve got|got) the wrong\b/),
      r(/\b(no|nobody|no one) (named|by that name|called)\b|\bno one here by\b/),
      r(/\bthere (is )?no [a-z]+( [a-z]+)? (here|at this number)\b/),
      r(/\b(dont|do not) know (who that is|who this is|any [a-z]+|who [a-z]+ is|that person|him|her|them)\b/, false),
      r(/\bnot (his|her|their|[a-z]+s) (phone|number|cell)\b|\bisnt [a-z]+ (phone|number)\b/, false),
      r(/\b(got|have had) this number\b|\bnew number\b/),
      r(/\blooking for (a |someone |somebody )?(different|else|other)\b/),
      r(/\bsame name\b/),
      r(/\b(i|i am) not (him|her|the patient|the person|that person|who you)\b/, false),
      r(/\b(i|i am) not [a-z]+ (you have|youve got|you got|wrong)\b/, false),
      // Spanish
      r(/\bnumero equivocado\b|\bequivocad[oa]s? de (numero|persona)\b|\bse equivoc\w* de\b/),
      r(/\baqui no (vive|hay|trabaja)\b|\bno (vive|hay) (ningun|nadie)\b/, false),
      r(/\bno (se|conozco) (quien es|a esa persona|a nadie|a ningun)\b|\bno conozco a\b/, false),
      r(/\bno soy (yo|[a-z]+)\b|\bno (es|soy) (la persona|el paciente)\b/, false),
      r(/\beste numero ya no es\b|\bbuscan a otr[oa]\b|\bmismo nombre\b/, false),
    ],
    unless: [/\bno soy (de|el|la|un|una|tan|muy|capaz|rico|rica)\b/],
  },
  wants_plan: {
    rules: [
      r(/\b(payment|pay) (plan|plans|arrangement|arrangements|schedule|options)\b/),
      r(/\b(installment|installments|instalment|autopay|auto pay|settlement|settle for)\b/),
      r(/\b(a little|little) (at a time|by little|each month|every month)\b/),
      r(/\b(pay|paying|do|send|give|afford) (like |about |around )?\$?\d+ (dollars |bucks )?(a|per|every|each) (month|week|paycheck)\b/),
      r(/\b\d+ (dollars |bucks )?(a|per|every|each) (month|week|paycheck)\b/),
      r(/\b(monthly|small|smaller|lower|lowest) (payment|payments|amount)\b/),
      r(/\b(make|making|do|set up|start) (small |smaller |monthly |some )?payments\b/),
      r(/\b(split|spread|break) (it|this|that|the (bill|balance|amount|payments?))( out| up)?( over| into)?\b/),
      r(/\bpay (half|part|some|a portion|a bit)( of it)?( now| each| every| today)?\b/),
      r(/\b(few|couple( of)?|more|several|some) (months|weeks|time) to pay\b/),
      r(/\bpay (it |this )?(off )?(over time|over a year|over \w+ months|later)\b/),
      r(/\b(the )?rest later\b|\bwork (something|it) out\b/),
      r(/\bpay some each month\b|\beach month\b|\bevery month\b/),
      r(/\b\$?\d+ now and\b/),
      r(/\b(cant|cannot|can not) pay (it )?(all|the whole thing|in full) at once\b/, false),
      r(/\bstart (the )?payments\b/),
      // Spanish
      r(/\bplan(es)? de pagos?\b|\b(en|a) plazos\b|\bmensualidad\w*\b|\babonos?\b/),
      r(/\b(al|por|cada) mes\b|\bpoco a poco\b|\bpago mensual\b/),
      r(/\bpagar (la mitad|una parte|algo|poco)\b|\b(dar|pagar|abonar) como \d+/),
      r(/\b(un ano|unos meses|\w+ meses) para pagar\b|\barreglo de pago\b/),
    ],
  },
  wants_assistance: {
    rules: [
      r(/\bfinancial (assistance|aid|help|counsel\w*)\b|\bcharity( care)?\b/),
      r(/\bassistance (program|programs|application|form|policy)\b|\bhelp programs?\b/),
      r(/\b(income|hardship|need) ?based (discount|program|assistance)\b|\bdiscount based on\b/),
      r(/\bhardship (discount|program|application|assistance)\b/),
      r(/\b(low|lower) ?income\b|\bsliding scale\b/),
      r(/\b(is there|are there|do you have|any) (any |some )?(help|assistance|aid|programs?|discount)\b/),
      r(/\b(forgive|forgiveness|write off|waive)\b/),
      r(/\b(qualify|apply|eligible) for\b/),
      r(/\bcover (old|past|previous) bills\b|\bretroactive\b/),
      // Spanish
      r(/\b(ayuda|asistencia) (financiera|economica)\b|\b(programa de )?caridad\b/),
      r(/\bdescuento por (mis )?ingresos\b|\bbajos (recursos|ingresos)\b/),
      r(/\bsolicitud de (ayuda|asistencia)\b|\bsolicito (ayuda|asistencia)\b/),
      r(/\b(hay|tienen) (alguna |algun )?(ayuda|programa|descuento)\b/),
      r(/\bcalifico\b|\bcuentas viejas\b/),
    ],
  },
  bill_confusion: {
    rules: [
      r(/\b(dont|do not|didnt|did not) (understand|get what)\b/, false),
      r(/\b(dont|do not) know what (this|that|these|it|they) (is|are|means|mean|for)\b/, false),
      r(/\b(want|need|like|trying) to understand\b/),
      r(/\b(confus\w*|makes no sense|doesnt make sense|dont make sense|no sense|explain|itemized)\b/),
      r(/\bwhat (is|are|does|do) (this|that|these|those|a|an|the)\b/),
      r(/\bwhat (a|an) (deductible|copay|coinsurance|eob|explanation of benefits|statement|facility fee|charge|balance|claim|premium|adjustment|write off)\b/),
      r(/\bwhy (is|am|does|do|did|was|are) (it|this|that|i|my|the)\b/),
      r(/\bwhy (so|is it so) (high|much|expensive)\b|\bso (high|expensive)\b/),
      r(/\bwhat (is|are|r) (this|these|the) (charge|charges|fee|fees|codes?|for)\b/),
      r(/\b(who|where) is (this|the) bill from\b/),
      r(/\b(three|two|multiple|different|several) (different )?(bills|statements)\b|\bsame as the bill\b/),
      r(/\b(cpt|eob|facility fee|deductible|coinsurance|copay)\b.*\?/),
      r(/\bwtf is\b|\bwhat does .* mean\b|\bmean here\b/),
      r(/\bmake sense of\b|\bsupposed to know what\b/),
      // Spanish
      r(/\bno entiendo\b|\bconfundid[oa]\b|\bno tiene sentido\b/, false),
      r(/\bentender (la|el|mi|esta|este) (factura|cuenta|cobro|cargo|estado)\b/),
      r(/\bque (es|son|significa|significan) (un|una|el|la|los|las|este|esta|estos|estas|eso)?\b/),
      r(/\bpor que (es|esta|me cobran|me cobraron|tan|cuesta)\b|\bpor que (este|ese) cargo\b/),
      r(/\bfactura detallada\b|\bexpli(car|quen|que)\b|\bde quien es esta cuenta\b/),
      r(/\b(tres|dos|varias) cuentas\b|\bque son estos codigos\b|\bcodigos\b/),
    ],
  },
  insurance_should_pay: {
    rules: [
      r(/\binsurance (should|was supposed|is supposed|needs to|will|is covering|covers|covered|didnt|never|says|company|was|is|has|paid|pays|card)\b/),
      r(/\b(bill|billed|send|sent|submit|submitted|resubmit|run|file|filed) (it |this |that )?(to |through |with )?(my |the )?(insurance|medicare|medicaid|blue cross|aetna|cigna|united|humana|kaiser|tricare|secondary|primary)\b/),
      r(/\bshould (be )?(cover|covered|pay|paying|have gone)\b|\bsupposed to (be covered|cover|pay)\b/),
      r(/\b(covered|cover) (by|under) (my |the )?(insurance|plan|policy)\b/),
      r(/\b(in network|secondary insurance|workers comp|workers compensation|auto insurance|car insurance|wrong insurance|new insurance)\b/),
      r(/\bclaim (is )?(still )?(pending|denied|processing)\b|\bnever (sent|got|received) (them )?the claim\b/),
      r(/\b(have|got|on) (medicaid|medicare)\b.*\b(shouldnt|should not|not supposed)\b/),
      r(/\b(medicare|medicaid|insurance) first\b/),
      r(/\b(aetna|cigna|blue cross|humana|medicare) should\b/),
      // Spanish
      r(/\b(mi|el|al|del|su) (seguro|aseguranza|aseguradora)\b/),
      r(/\b(aseguranza|aseguradora)\b/),
      r(/\bmedicaid\b.*\bno me deberian\b/),
    ],
    unless: [/\bsocial security\b/],
  },
  callback_later: {
    rules: [
      r(/\bcall (me |you )?(back|later|tomorrow|after|in an hour|in a bit|on monday|on tuesday|on wednesday|on thursday|on friday|next|around|another time|this afternoon|tonight)\b/),
      r(/\b(try|reach) (me |again )(later|in|on|monday|tuesday|wednesday|thursday|friday|tomorrow|next)\b|\btry again (later|monday|tuesday|wednesday|thursday|friday|tomorrow|next)\b/),
      r(/\b(not|bad) (a good|the best|a great) time\b|\bbad time\b/),
      r(/\b(i|i am) (at work|driving|in a meeting|busy|at the doctor|in class|at school|working|on the road|at the hospital)\b/),
      r(/\bbusy (right now|now)\b|^busy\b/),
      r(/\b(cant|cannot|can not) talk\b/),
      r(/\btalk (next week|later|tomorrow|another time)\b|\b(text|message|email) me later\b/),
      r(/\b(lunch break|after \d+|around noon|after work)\b/),
      // Spanish
      r(/\b(llame|llameme|llamen|marque|marqueme|hablen|hableme)( me)? (mas tarde|luego|despues|manana|en una hora|el lunes|otro dia)\b/),
      r(/\b(estoy|ando|voy) (trabajando|manejando|ocupad[oa]|en el doctor|en una junta|en el trabajo)\b/),
      r(/\ble regreso la llamada\b|\bahorita no puedo\b|\bdespues de las\b|\bla proxima semana\b|\bmas tarde\b/),
    ],
  },
  complaint: {
    rules: [
      r(/\b(supervisor|manager|someone (higher|in charge|above you)|higher up|your boss)\b/),
      r(/\b(complaint|complain|complaining)\b/),
      r(/\breport (you|this|them|your|it)\b|\breporting you\b/),
      r(/\b(cfpb|consumer financial protection|attorney general|bbb|better business bureau|ftc|state board|consumer protection)\b/),
      r(/\b(harass\w*|threaten\w*|rude|unacceptable|ridiculous|worst|a joke|ruin\w*|scammers|thieves|crooks)\b/),
      r(/\b(leave|write|post) (a )?(bad )?review\b|\bon record\b|\b(are you|you) kidding\b/),
      r(/\b(you|they|still|always) keep (sending|calling|billing|texting)\b|\bkeeps (sending|calling|billing|texting)\b|\b(every single|every) day\b/),
      r(/\bon hold for\b|\bmore times\b|\bsee you in court\b|\bif this keeps up\b/),
      r(/\b(sue|suing) (you|your)\b|\btake you to court\b/),
      r(/\bfraudulent charge\b/),
      // Spanish
      r(/\b(gerente|encargad[oa]|jefe)\b|\bqueja\w*\b/),
      r(/\b(reportar|reporte|procurador|profeco|demandar)\b/),
      r(/\b(acoso|acosando|ladrones|rateros|estafadores|groser[oa]|pesimo|peor servicio|arruinar)\b/),
      r(/\bme siguen (cobrando|mandando|llamando)\b|\bsi siguen asi\b|\bnos vemos en la corte\b/),
    ],
    unless: [/\bpower of attorney\b/],
  },
};
