/**
 * Training-only template families (Apache-2.0, written for Kindly), added after the split of
 * intent-families.ts and intent-families-more.ts was fixed: they are always train, so the earlier
 * test families stay exactly as they were and before/after figures compare on one split. They
 * widen what each critical intent looks like (more voices for death, disputes and opt-outs) and
 * what only mentions it (companies and relatives that went bankrupt, people whose job is legal,
 * things that "die", requests to keep in touch), in English and Spanish.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';


export const TRAIN_ONLY_FAMILIES: IntentFamily[] = [
  // ------------------------------------------------------------ deceased: more ways to say it
  f('t-en-deceased-euphemism', 'en', 'call', ['deceased'], [
    '{hi}{kin} went to be with the Lord in {month}.',
    '{hi}we lost {kin} {ago}.',
    '{kin} is in heaven now, {ago}. I\'m handling the mail.',
    '{hi}{kin} didn\'t make it, {ago}.',
    'We buried {kin} {ago}, I\'m the executor.',
  ]),
  f('t-en-deceased-estate', 'en', 'portal', ['deceased'], [
    'I am the executor for the estate of {kin}, deceased {month}.',
    'This account belongs to {kin}, who passed away {ago}. Please advise how to notify you.',
    'Deceased patient. Please close the account and send estate paperwork.',
    '{kin} has died. Who do I send the death certificate to?',
  ]),
  f('t-en-deceased-sms', 'en', 'sms', ['deceased'], [
    '{kin} passed {ago}',
    'this is for {kin} who died {ago}',
    '{kin} is deceased, pls update',
    'rip {kin}, she passed {ago}',
  ]),
  f('t-es-deceased-voices', 'es', 'call', ['deceased'], [
    '{hi_es}{kin_es} se nos fue {ago_es}.',
    '{hi_es}{kin_es} descansa en paz desde {ago_es}.',
    'Perdimos a {kin_es} {ago_es}, yo veo sus cuentas.',
    '{kin_es} ya falleció, le llamo por su factura.',
    '{hi_es}{kin_es} murió {ago_es}, ¿qué hago con esta cuenta?',
  ]),
  f('t-es-deceased-sms', 'es', 'sms', ['deceased'], [
    '{kin_es} fallecio {ago_es}',
    'esa cuenta es de {kin_es} que en paz descanse',
    '{kin_es} ya murio, ya no le manden nada',
  ]),
  // ------------------------------------------------------------ deceased: mentions
  hn('t-en-deceased-things', 'en', 'sms', 'deceased', [], [
    'my {thing} died, thats why i didnt answer',
    'sorry {thing} died on me, call again?',
    'I\'m dying to get this sorted out, what do I owe?',
    'i nearly had a heart attack at that total',
    'this bill is killing me lol',
  ]),
  hn('t-en-deceased-long-ago', 'en', 'call', 'deceased', [], [
    '{kin} passed {longago}, so I\'m the only one on the insurance now.',
    'Ever since {kin} died {longago} I do my own paperwork, this one is mine.',
    'I lost {kin} {longago}, I\'m fine, I just need the balance.',
  ]),
  hn('t-es-deceased-things', 'es', 'sms', 'deceased', [], [
    'se me murio la bateria, disculpe',
    'me muero de la risa con ese cobro',
    'ando muerta de cansancio, llameme mañana',
    '{kin_es} murió {longago_es}, esta cuenta es mía y la voy a pagar',
  ]),
  // ------------------------------------------------------------ dispute: more voices
  f('t-en-dispute-wrong', 'en', 'call', ['dispute'], [
    '{hi}I was charged twice for {svc}, that\'s not right.',
    '{hi}you overcharged me for {svc}.',
    '{hi}I don\'t recognize {bill} at all.',
    '{hi}{bill} isn\'t accurate and I want it corrected before I pay anything.',
    '{hi}I never received {svc}, take it off.',
  ]),
  f('t-en-dispute-sms', 'en', 'sms', ['dispute'], [
    'thats not my bill',
    'i dont owe this, never been there',
    'wrong amount, i dispute',
    'this is a mistake i didnt get {svc}',
  ]),
  f('t-en-dispute-formal', 'en', 'portal', ['dispute'], [
    'I am disputing the validity of {bill} and ask that you verify it.',
    'Please investigate {bill}; I believe it was billed in error.',
    'I do not agree that I owe {debt}. Consider this my dispute.',
  ]),
  f('t-es-dispute', 'es', 'call', ['dispute'], [
    '{hi_es}me cobraron dos veces {svc_es}, eso no es justo.',
    '{hi_es}no reconozco {bill_es}, nunca fui ese día.',
    '{hi_es}{bill_es} está equivocado, quiero que lo corrijan.',
    '{hi_es}eso no lo debo yo, es un error.',
  ]),
  f('t-es-dispute-sms', 'es', 'sms', ['dispute'], [
    'ese cobro no es mio',
    'no debo eso, revisen',
    'me estan cobrando de mas',
  ]),
  hn('t-en-dispute-agree', 'en', 'chat', 'dispute', ['wants_plan'], [
    '{hi}the amount is fine, I just can\'t pay it in one go.',
    '{hi}no problem with {bill}, can I pay {amount} a month?',
    '{hi}I\'m not contesting anything, I need a plan.',
  ]),
  hn('t-es-dispute-agree', 'es', 'chat', 'dispute', ['wants_plan'], [
    '{hi_es}la cuenta está correcta, solo necesito pagar en partes.',
    '{hi_es}no reclamo nada, ¿me dan un plan de pagos?',
  ]),
  // ------------------------------------------------------------ cease: more voices
  f('t-en-cease-voices', 'en', 'sms', ['cease_communication'], [
    'stop contacting me',
    'dont call me no more',
    'remove my number',
    'unsubscribe me from all of this',
    'do not reach out again',
  ]),
  f('t-en-cease-call', 'en', 'call', ['cease_communication'], [
    '{hi}I want you people to stop {chan}, period.',
    '{hi}I\'m asking you not to contact me anymore.',
    '{hi}put me on your do not call list.',
  ]),
  f('t-es-cease-voices', 'es', 'sms', ['cease_communication'], [
    'ya no me contacten',
    'borren mi numero',
    'no me vuelvan a {chan_es}',
    'dejen de molestar',
  ]),
  hn('t-en-cease-keep', 'en', 'sms', 'cease_communication', [], [
    'keep sending me texts, that works',
    'dont stop calling, i want the reminders',
    'can you stop by tomorrow? i have the check',
    'my old number stopped working, use this one',
  ]),
  hn('t-es-cease-keep', 'es', 'sms', 'cease_communication', [], [
    'sigan mandando los mensajes porfa',
    'no dejen de llamarme, se me olvida pagar',
  ]),
  // ------------------------------------------------------------ bankruptcy: mentions
  hn('t-en-bk-company', 'en', 'chat', 'bankruptcy', [], [
    '{hi}my former employer went bankrupt and I lost my coverage.',
    '{hi}the urgent care I went to filed bankruptcy, is this still owed?',
    '{hi}the store I work at is going under, hours are short.',
  ]),
  hn('t-en-bk-relative', 'en', 'call', 'bankruptcy', [], [
    '{hi}{rel} filed chapter 7 last year, but this bill is mine and I\'ll pay it.',
    '{hi}{rel} is in bankruptcy, not me.',
    '{hi}{rel} told me to file bankruptcy but I\'m not going to.',
  ]),
  hn('t-en-bk-past', 'en', 'portal', 'bankruptcy', [], [
    'My bankruptcy was discharged in {year}; this is a new bill and I am not disputing it.',
    'I went through chapter 13 back in {year}, that\'s all done.',
  ]),
  hn('t-en-bk-not', 'en', 'sms', 'bankruptcy', [], [
    'not filing bankruptcy, just need time',
    'im broke not bankrupt',
    'no bankruptcy here just a tight month',
  ]),
  hn('t-es-bk-mentions', 'es', 'call', 'bankruptcy', [], [
    '{hi_es}{rel_es} se declaró en quiebra, pero yo no.',
    '{hi_es}la compañía donde trabajaba se fue a la quiebra.',
    '{hi_es}mi bancarrota se cerró en {year}, esto es aparte.',
    '{hi_es}no pienso declararme en bancarrota, solo necesito tiempo.',
  ]),
  f('t-en-bk-more', 'en', 'portal', ['bankruptcy'], [
    'I have an open chapter 7 case; please note the automatic stay.',
    'Bankruptcy notice: case {case} filed {month}.',
    '{hi}I filed for bankruptcy protection and listed this debt.',
  ]),
  f('t-es-bk-more', 'es', 'call', ['bankruptcy'], [
    '{hi_es}ya me declaré en bancarrota y esta deuda está en la lista.',
    '{hi_es}tengo un caso de quiebra abierto, capítulo 13.',
  ]),
  // ------------------------------------------------------------ attorney: mentions and more voices
  hn('t-en-attorney-work', 'en', 'call', 'attorney', [], [
    '{hi}I\'m at the law office until five, I work reception there.',
    '{hi}my kid is in law school, so money is tight.',
    '{hi}I do court reporting, I can talk after hearings.',
  ]),
  hn('t-en-attorney-no', 'en', 'chat', 'attorney', ['wants_plan'], [
    '{hi}no lawyers needed, I just want a payment plan.',
    '{hi}I\'m not getting an {lawyer} over this, let\'s work it out.',
    '{hi}I can\'t afford a {lawyer} anyway, can I pay {amount} a month?',
  ]),
  hn('t-es-attorney-no', 'es', 'chat', 'attorney', [], [
    '{hi_es}no voy a meter abogados, quiero arreglarlo con ustedes.',
    '{hi_es}{rel_es} es abogado pero yo me encargo.',
    '{hi_es}¿hace falta abogado para pedir un plan?',
  ]),
  f('t-en-attorney-more', 'en', 'sms', ['attorney'], [
    'talk to my {lawyer}',
    'my {lawyer} handles this now',
    'i got an {lawyer}, call them',
  ]),
  f('t-es-attorney-more', 'es', 'sms', ['attorney'], [
    'hable con mi abogado',
    'ya tengo licenciado que ve esto',
    'mi abogada se encarga, no yo',
  ]),
];
