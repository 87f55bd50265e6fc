/**
 * Training-only batch 14 (`se-` families; bill confusion, hardship and complaints, with their
 * hard negatives), always train, teaching only their own intents (teachesOnlyOwnIntents).
 * `BATCH_14_SHIPPED` is emitted by default after every earlier training family (so no earlier
 * utterance moves); the rest only by `npm run train:intents -- --batch-14`, for evaluation.
 *
 * Voices the earlier families lack: for bill confusion, the insurance words people trip on
 * (deductible, copay, coinsurance, "coaseguro", "deducible", the EOB), a doctor's bill and a
 * hospital's bill for one visit, the first medical bill of someone young, and the visit codes;
 * set against disputes in the same words (claiming it is wrong) and plain balance questions.
 * For hardship: gig and seasonal work, unpaid leave and short-term disability, eviction and
 * shut-off notices, choosing between rent or medicine and this bill, divorce and child support,
 * students, "en paro", "de baja", "sin camello", "no me alcanza"; set against asking to pay later
 * with no reason given, someone else's trouble, and the same words in other senses ("no me alcanza
 * el tiempo", "broke my wrist", "lost my card"). For complaints: calls too often, hold times and
 * dropped calls, bad care, billing errors handled badly, patient relations and review sites,
 * Profeco and "libro de reclamaciones"; set against neutral or kind feedback, disputes without a
 * grievance, and the words in other senses (a "chief complaint", "reportar un pago", a lab report,
 * one's own supervisor at work). Hard negatives carry no intent: they teach only that they are not
 * the intent they mention.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file
 * or any per-utterance output of one; only aggregate figures were known.
 */
import { bareHardNegative as hn, family as f, type IntentFamily } from './intent-families.js';
import type { Intent } from '../intent-effects.js';

const CONFUSION: Intent[] = ['bill_confusion'];
const HARDSHIP: Intent[] = ['hardship'];
const COMPLAINT: Intent[] = ['complaint'];

export const TRAIN_ONLY_FAMILIES_14: readonly IntentFamily[] = [
  // ------------------------------------------------------------ bill_confusion: English positives
  f('se-en-confusion-insurance-words', 'en', 'chat', CONFUSION, [
    'What\'s the difference between a copay and coinsurance? My statement has both.',
    '{hi}I thought my deductible was met, so why do I still owe {amount}?',
    'why do i owe anything after insurance paid? just trying to understand',
    '{hi}what does "applied to deductible" mean?',
    'can someone explain what coinsurance is, it says 20% on my bill',
    '{hi}the EOB says "you may owe" {amount}, is that the same as this bill?',
    'so insurance paid some and I pay the rest? how does that work',
    '{hi}what\'s "amount not covered"? I don\'t get it',
  ]),
  f('se-en-confusion-two-bills', 'en', 'call', CONFUSION, [
    '{hi}I got one bill from the hospital and another from a doctor group, for the same visit. Why two?',
    '{hi}who is this radiology company billing me? I only went to the ER.',
    '{hi}there\'s a physician bill and a facility bill, I don\'t understand the difference.',
    '{hi}I already got a bill for that day, now there\'s another one. What is the second one for?',
    'why is there a separate charge from the anesthesiologist, I didn\'t know they bill on their own',
    '{hi}is this a new bill or the same one sent again?',
  ]),
  f('se-en-confusion-first-bill', 'en', 'sms', CONFUSION, [
    'first time getting a medical bill, what am i supposed to do with this',
    'im 19 and just got this, i dont even know what half of it means',
    'wait so what do i actually owe? theres like 4 numbers',
    'is this a bill or just a notice? confused',
    'does this mean i have to pay or is insurance still processing',
    'what does pending insurance mean on here',
    'sorry dumb question but what is the balance forward',
  ]),
  f('se-en-confusion-codes', 'en', 'portal', CONFUSION, [
    'What does code 99285 on my statement mean?',
    'The bill lists "Level 4 emergency visit". What determines the level?',
    'What is the line "REV CODE 0450"? I do not recognize it.',
    'There is an item called "observation hours". Could you explain what that was for?',
    'What is "pharmacy - general" on the itemized list? I didn\'t take any medicine home.',
    'I would like to understand what the abbreviations on page two stand for.',
  ]),
  f('se-en-confusion-voice-notes', 'en', 'call', CONFUSION, [
    'hi i got a statement and it says i owe but last month it said zero can somebody explain what happened',
    'yes hello im looking at my bill and theres a charge i dont recognize can you tell me what its for',
    'hi im trying to understand why the balance went up when i didnt go back to the doctor',
    'hello my question is about the adjustment line what does that mean thank you',
    '{hi}I\'m not sure what this is for, there\'s no date of service on it.',
  ]),
  // ------------------------------------------------------------ bill_confusion: Spanish positives
  f('se-es-confusion-seguro', 'es', 'chat', CONFUSION, [
    '¿Qué es el coaseguro? Me sale en la factura y no sé qué es.',
    '{hi_es}¿por qué debo {amount_es} si el seguro ya pagó?',
    'no entiendo qué es el deducible, ¿me lo explica?',
    '¿cuál es la diferencia entre el copago y el coaseguro?',
    '{hi_es}dice "responsabilidad del paciente", ¿eso qué quiere decir?',
    'qué significa el deductible q sale aquí?',
    '{hi_es}¿el seguro pagó algo o todo me toca a mí? No le entiendo.',
  ]),
  f('se-es-confusion-dos-cuentas', 'es', 'call', CONFUSION, [
    '{hi_es}me llegaron dos cuentas por la misma visita, ¿por qué?',
    '{hi_es}¿quién es este médico que me cobra aparte? Yo fui al hospital nomás.',
    'Me mandaron una factura del hospital y otra del doctor, no entiendo cuál pago.',
    '{hi_es}¿esta es otra factura o es la misma que me mandaron antes?',
    '{hi_es}no sé de qué fecha es este cobro, no dice.',
  ]),
  f('se-es-confusion-variedades', 'es', 'sms', CONFUSION, [
    'no entiendo la factura',
    'oiga y esto de qué es? no le entiendo nada',
    'q son estos códigos en la factura',
    'no me cuadra lo q dice aquí, me explican?',
    '¿me podéis decir qué es este importe? no lo entiendo',
    'mija no sé qué es este papel q me llegó del hospital',
    '¿por qué subió el saldo si no he vuelto a ir?',
  ]),
  // ------------------------------------------------------------ bill_confusion: hard negatives
  hn('se-en-confusion-dispute-same-words', 'en', 'chat', 'bill_confusion', [
    'My deductible was met in March, this charge is wrong. Fix it.',
    'You billed me twice for the same visit, that\'s an error.',
    'I never had that test, take it off my bill.',
    'The coinsurance is calculated wrong, it should be 10% not 20%.',
    'That code is for a level 5 visit and I was there ten minutes. I\'m disputing it.',
    'The EOB says I owe zero. Your bill is wrong.',
  ]),
  hn('se-en-confusion-balance', 'en', 'sms', 'bill_confusion', [
    'whats my balance',
    'how much do i owe now',
    'what do i need to pay to close it out today',
    'did my payment go thru',
    'when is the due date',
    'how much is left after my last payment',
    'can u text me the total',
  ]),
  hn('se-en-confusion-understood', 'en', 'call', 'bill_confusion', [
    '{hi}okay, so the deductible reset in January, that makes sense now. I\'ll pay it.',
    '{hi}the second bill is the doctor\'s, got it, thanks for explaining.',
    '{hi}I know what the charge is for, I was there, I just need a few weeks.',
    '{hi}I get how coinsurance works, I just want to pay my part.',
    'yes i got both bills and i understand them i just want to pay online',
  ]),
  hn('se-es-confusion-dispute-same-words', 'es', 'chat', 'bill_confusion', [
    'Ya cumplí el deducible, este cobro está mal.',
    'Me cobraron dos veces la misma consulta, es un error.',
    'Ese estudio nunca me lo hicieron, quítenlo de la cuenta.',
    'El coaseguro está mal calculado, corríjanlo.',
    'El seguro dice que no debo nada, su factura está equivocada.',
  ]),
  hn('se-es-confusion-balance', 'es', 'sms', 'bill_confusion', [
    'cuánto debo',
    '¿cuál es mi saldo?',
    'ya pasó mi pago?',
    '¿cuándo vence?',
    'cuánto me falta para terminar de pagar',
    'mándeme el total porfa',
  ]),
  hn('se-es-confusion-understood', 'es', 'call', 'bill_confusion', [
    '{hi_es}ah ok, la otra factura es del doctor, ya entendí, gracias.',
    '{hi_es}ya sé de qué es el cargo, nomás necesito unas semanas.',
    'Ya me quedó claro lo del deducible, lo pago el viernes.',
    '{hi_es}entiendo lo del coaseguro, quiero pagar mi parte.',
  ]),
  hn('se-en-confusion-plain-insurance', 'en', 'chat', 'bill_confusion', [
    '{hi}do you take Aetna?',
    '{hi}I have a new insurance card, where do I send a copy?',
    'what insurance do you accept',
    '{hi}my copay at the front desk was {amount}, I paid it that day.',
    '{hi}I changed plans in January, here is my new member ID.',
  ]),
  hn('se-es-confusion-plain-insurance', 'es', 'chat', 'bill_confusion', [
    '¿aceptan Medicaid?',
    '{hi_es}tengo seguro nuevo, ¿a dónde mando la tarjeta?',
    '{hi_es}el copago lo pagué en la recepción ese día.',
    'cambié de aseguranza, aquí va mi número de miembro',
  ]),
  // ------------------------------------------------------------ hardship: English positives
  f('se-en-hardship-gig', 'en', 'sms', HARDSHIP, [
    'doordash has been dead, barely making gas money',
    'construction is slow in winter, no work till spring',
    'im a server and its been a slow season, cant cover this',
    'only getting like 15 hrs a week now',
    'my contract ended and nothing lined up yet',
    'temp job ended, looking for work',
    'lyft money barely covers rent',
  ]),
  f('se-en-hardship-leave', 'en', 'chat', HARDSHIP, [
    '{hi}I\'m on unpaid FMLA taking care of {kin}, there\'s no paycheck right now.',
    '{hi}short-term disability only pays 60% and it doesn\'t stretch.',
    '{hi}I\'m waiting on my disability approval, I have zero income until then.',
    '{hi}workers comp hasn\'t paid yet and I can\'t work with this back.',
    '{hi}I\'m out on maternity leave, unpaid, and we\'re down to one income.',
    '{hi}I\'m on chemo and can\'t work, we\'re barely getting by.',
  ]),
  f('se-en-hardship-housing', 'en', 'call', HARDSHIP, [
    '{hi}they served me an eviction notice, I can\'t even think about {bill}.',
    '{hi}they\'re shutting my lights off Friday, I don\'t have money for this.',
    '{hi}it\'s either rent or this bill, and I have to pick rent.',
    '{hi}I have to choose between my insulin and paying you.',
    '{hi}we\'re staying at a shelter right now.',
    '{hi}I\'m sleeping in my car, I can\'t pay anything.',
  ]),
  f('se-en-hardship-family', 'en', 'chat', HARDSHIP, [
    '{hi}going through a divorce and he stopped helping with anything, I\'m drowning.',
    '{hi}child support stopped coming and I\'m the only one paying for everything.',
    '{hi}I\'m raising my grandkids on my Social Security, there\'s nothing extra.',
    '{hi}I\'m a full-time student working part time, I can\'t pay this.',
    '{hi}my husband\'s been out of work since {month}, we\'re behind on everything.',
    '{hi}I\'m the only one working in a house of five and it\'s not enough.',
  ]),
  f('se-en-hardship-plain-words', 'en', 'call', HARDSHIP, [
    'hi i want to pay but i just dont have it i lost my job and its just me and my kids',
    '{hi}I\'m underwater, every bill is late.',
    '{hi}after rent and daycare I have maybe twenty dollars left.',
    'honestly i cant, im overdrawn and my card was declined at the grocery store',
    '{hi}I had to borrow money for groceries this week.',
    '{hi}we\'re living off food stamps right now.',
  ]),
  // ------------------------------------------------------------ hardship: Spanish positives
  f('se-es-hardship-trabajo', 'es', 'sms', HARDSHIP, [
    'estoy sin trabajo',
    'ando sin camello desde hace meses',
    'estoy en paro y no me llega para nada',
    'me recortaron las horas y no me alcanza',
    'en la obra no hay trabajo, no tengo con qué',
    'me despidieron y no tengo ni para la renta',
    'la temporada se acabó y no hay chamba',
  ]),
  f('se-es-hardship-salud', 'es', 'call', HARDSHIP, [
    '{hi_es}estoy de baja médica y cobro muy poco, no puedo con esto.',
    '{hi_es}estoy incapacitada desde la operación y no hay entrada de dinero.',
    '{hi_es}cuido a {kin_es} y dejé de trabajar, no tenemos ingresos.',
    '{hi_es}vivo del cheque de discapacidad y no me alcanza.',
    '{hi_es}con el tratamiento de mi hijo se nos fue todo el dinero.',
  ]),
  f('se-es-hardship-casa', 'es', 'chat', HARDSHIP, [
    '{hi_es}me van a desalojar, no tengo para pagar esto.',
    '{hi_es}o pago la renta o pago esto, no me da para las dos.',
    'Me van a cortar la luz y no tengo ni para eso.',
    '{hi_es}mi esposo se fue y estoy sola con los niños, no me alcanza.',
    '{hi_es}estamos viviendo con mi suegra porque perdimos la casa.',
    'No me alcanza, tengo que escoger entre la comida y esta cuenta.',
  ]),
  // ------------------------------------------------------------ hardship: hard negatives
  hn('se-en-hardship-later-no-reason', 'en', 'sms', 'hardship', [
    'can i pay this next week',
    'can i push the due date to the 15th',
    'ill pay on friday if thats ok',
    'is it ok if i pay after the holidays',
    'can i have a couple more days',
    'can i pay half now and half next week',
    'i want to pay later this month',
  ]),
  hn('se-en-hardship-other-senses', 'en', 'chat', 'hardship', [
    '{hi}I broke my wrist, that\'s what the ER visit was for.',
    '{hi}I lost my card, can I pay with a different one?',
    'my hours changed, can you call after 6 instead',
    '{hi}I\'m on leave next week, so reach me the week after.',
    '{hi}I\'m working from home now, call my cell.',
    'I moved, here\'s my new address for the statements.',
    'my check is in the mail, should be there Monday',
  ]),
  hn('se-en-hardship-someone-else', 'en', 'call', 'hardship', [
    '{hi}{rel} lost their job, but I\'m fine, I can pay mine today.',
    '{hi}I work at a food bank, I see people struggling every day, anyway I want to pay.',
    '{hi}my neighbor got evicted, it\'s sad, but that has nothing to do with my bill.',
    '{hi}my daughter is a student so I pay her bills, just send them to me.',
    'I\'m on disability but it covers my bills fine, I\'ll pay this now.',
    '{hi}I was laid off but I found a better job, so I can pay in full.',
  ]),
  hn('se-es-hardship-later-no-reason', 'es', 'sms', 'hardship', [
    'puedo pagar la otra semana?',
    '¿me dan unos días más?',
    'le pago el viernes si se puede',
    '¿puedo pagar después de la quincena?',
    'lo pago a fin de mes',
    '¿se puede pagar más tarde?',
  ]),
  hn('se-es-hardship-otros-sentidos', 'es', 'chat', 'hardship', [
    'No me alcanza el tiempo hoy, le llamo mañana.',
    'No me alcanza la señal aquí, le escribo luego.',
    '{hi_es}estoy sin batería, le marco más tarde.',
    'Me quedé sin saldo en el celular, por eso no contesté.',
    '{hi_es}estoy de vacaciones, hablamos la otra semana.',
    'Perdí la tarjeta, ¿puedo pagar con otra?',
    '{hi_es}me cambiaron el horario, llámeme después de las seis.',
  ]),
  hn('se-es-hardship-otra-persona', 'es', 'call', 'hardship', [
    '{hi_es}{rel_es} está sin trabajo, pero yo sí puedo pagar lo mío.',
    '{hi_es}a mi vecina la desalojaron, qué pena, pero yo vengo a pagar.',
    'Estuve en paro, pero ya encontré trabajo, pago todo hoy.',
    '{hi_es}cobro la pensión y me alcanza bien, ahí le pago.',
  ]),
  hn('se-en-hardship-figurative', 'en', 'sms', 'hardship', [
    'short on time rn, call me at 3',
    'money isnt the issue, ur app keeps crashing',
    'cutting it close today, can we talk tmrw',
    'i have the money, just cant find the account number',
    'ill pay it, just got back from vacation',
  ]),
  hn('se-es-hardship-figurado', 'es', 'sms', 'hardship', [
    'ando corto de tiempo, le marco luego',
    'no es por dinero, la página no me deja pagar',
    'estoy sin lentes, no puedo leer la factura',
    'sí tengo el dinero, nomás no encuentro el número de cuenta',
    'ya regresé de viaje, ahorita le pago',
  ]),
  hn('se-en-hardship-plain-got', 'en', 'sms', 'hardship', [
    'got ur text, whats this about',
    'got the new statement, looks fine',
    'got it, thanks',
    'i got a letter from u guys, how much is it',
    'just got paid, sending it now',
    'got home and saw ur voicemail',
  ]),
  hn('se-es-hardship-plain-got', 'es', 'sms', 'hardship', [
    'ya me llegó el recibo',
    'recibí su mensaje, ¿de qué se trata?',
    'ya me pagaron, ahorita le deposito',
    'me llegó la carta, ¿cuánto es?',
  ]),
  // ------------------------------------------------------------ complaint: English positives
  f('se-en-complaint-calls', 'en', 'sms', COMPLAINT, [
    'u called me 6 times today, this is ridiculous',
    'why do yall call me every single day, its harassment',
    'calling my job was way out of line',
    'ur robocalls at 8am on a sunday r unacceptable',
    'stop blowing up my phone, im reporting this',
    'i got 3 voicemails in an hour, who does that',
  ]),
  f('se-en-complaint-hold', 'en', 'call', COMPLAINT, [
    '{hi}I was on hold 45 minutes and then it hung up on me.',
    '{hi}every time I call I get transferred to someone who transfers me again.',
    '{hi}I\'ve left four messages and not one call back, this is terrible.',
    '{hi}your phone tree is a nightmare, I never get a real person.',
    '{hi}I asked for a callback a week ago and nothing, this is poor service.',
  ]),
  f('se-en-complaint-care', 'en', 'chat', COMPLAINT, [
    '{hi}I waited six hours in the ER and the doctor barely looked at me, and now this bill?',
    '{hi}the nurse was rude to my mother the whole stay, I want that reported.',
    '{hi}they sent me home with the wrong diagnosis and I ended up back there two days later.',
    '{hi}nobody explained anything to us during the visit, it was awful care.',
    '{hi}I want to file a grievance with patient relations about my stay.',
    '{hi}who do I talk to about a complaint against one of your doctors?',
  ]),
  f('se-en-complaint-billing-handled', 'en', 'portal', COMPLAINT, [
    'This is the third time I have called about the same error and nobody has fixed it.',
    'I was promised a corrected bill twice and it never came. I am very unhappy with how this has been handled.',
    'Your billing office sent me to collections while my account was under review. That is unacceptable.',
    'I have been given a different answer by every person I talk to. I want someone to take responsibility.',
    'I am escalating this. Please forward my complaint to the billing director.',
  ]),
  f('se-en-complaint-public', 'en', 'sms', COMPLAINT, [
    'posting about this on facebook',
    'leaving a google review about how u treat ppl',
    'im telling everyone i know not to go there',
    'the patient advocate is gonna hear about this',
    'calling my state rep about ur billing practices',
  ]),
  // ------------------------------------------------------------ complaint: Spanish positives
  f('se-es-complaint-llamadas', 'es', 'sms', COMPLAINT, [
    'me llaman a cada rato, ya es acoso',
    'me marcaron 5 veces hoy, qué falta de respeto',
    'cómo se les ocurre llamarme al trabajo, los voy a reportar',
    'me tuvieron una hora en espera y me colgaron',
    'nadie me devuelve las llamadas, pésimo servicio',
    'cada vez q llamo me pasan con otro y nadie resuelve',
  ]),
  f('se-es-complaint-formal', 'es', 'portal', COMPLAINT, [
    'Quiero poner una queja sobre la atención que recibí.',
    'Voy a presentar una reclamación por el trato recibido.',
    'Los voy a reportar a la Profeco.',
    'Quiero el libro de reclamaciones.',
    'Solicito hablar con atención al paciente para presentar una queja.',
    'Ya van tres veces que les pido que corrijan la factura y nadie hace nada. Es inaceptable.',
  ]),
  f('se-es-complaint-atencion', 'es', 'call', COMPLAINT, [
    '{hi_es}la doctora ni me revisó y me cobraron como si nada.',
    '{hi_es}la enfermera fue grosera con mi mamá todo el tiempo.',
    '{hi_es}esperé seis horas en emergencias, eso es un abuso.',
    '{hi_es}el muchacho que me atendió me habló feo, quiero que quede registrado.',
    '{hi_es}quiero quejarme del trato que me dieron en caja.',
  ]),
  // ------------------------------------------------------------ complaint: hard negatives
  hn('se-en-complaint-feedback', 'en', 'chat', 'complaint', [
    '{hi}just a suggestion, it would help if the website showed the balance.',
    '{hi}the hold time was short today, thanks.',
    'the nurse who helped my dad was wonderful, please tell her',
    '{hi}the new statements are easier to read, good job.',
    '{hi}you guys were quick to fix my address, appreciate it.',
    '{hi}no problem at all, everyone was nice.',
  ]),
  hn('se-en-complaint-dispute-only', 'en', 'portal', 'complaint', [
    'I was charged for a test I never had. Please remove it.',
    'The amount on this statement is wrong; my insurance paid in full.',
    'I believe there is a billing error on the June visit. Please review it.',
    'This charge is a duplicate of one I already paid.',
    'Please correct the date of service on my bill.',
  ]),
  hn('se-en-complaint-other-senses', 'en', 'call', 'complaint', [
    '{hi}the chief complaint was back pain, that\'s why I went in.',
    '{hi}can you send me a report of my payments for taxes?',
    '{hi}I need a copy of the lab report from that visit.',
    '{hi}I\'m a shift supervisor, I can only talk after 5.',
    '{hi}my manager at work needs a note from the doctor.',
    '{hi}I complained last year about the same thing and they fixed it fast, so thanks.',
    '{hi}I\'m calling to report a payment I made at the front desk.',
  ]),
  hn('se-en-complaint-calls-neutral', 'en', 'sms', 'complaint', [
    'saw a missed call from u, whats up',
    'got ur voicemail, calling back now',
    'i was on hold a bit but got it sorted, thx',
    'you can call me anytime after 5',
    'thanks for the reminder call',
  ]),
  hn('se-es-complaint-feedback', 'es', 'chat', 'complaint', [
    'Nomás una sugerencia, estaría bien ver el saldo en la página.',
    'Hoy me atendieron rapidito, gracias.',
    'La enfermera que atendió a mi papá fue un amor.',
    'Las facturas nuevas se entienden mejor, felicidades.',
    'Todo bien, me atendieron muy bien.',
  ]),
  hn('se-es-complaint-otros-sentidos', 'es', 'call', 'complaint', [
    '{hi_es}quiero reportar un pago que hice en caja.',
    '{hi_es}necesito el reporte de mis pagos para los impuestos.',
    '{hi_es}fui porque me quejaba de dolor de espalda.',
    '{hi_es}mi supervisor del trabajo me pide una constancia médica.',
    '{hi_es}me cobraron un estudio que no me hicieron, quítenlo por favor.',
    '{hi_es}vi una llamada perdida de ustedes, ¿qué necesitan?',
    'El año pasado puse una queja y lo arreglaron rápido, gracias.',
  ]),
  hn('se-en-complaint-hypothetical', 'en', 'chat', 'complaint', [
    '{hi}how would someone file a complaint, just curious for later?',
    '{hi}my sister filed a complaint with you, not me, I\'m just here to pay.',
    '{hi}I\'m not trying to complain, I just want to pay the right amount.',
    '{hi}if the next bill is wrong I might complain, but this one is fine.',
  ]),
  hn('se-es-complaint-hipotetico', 'es', 'chat', 'complaint', [
    '{hi_es}¿cómo se pone una queja? Es por si acaso, ahorita todo bien.',
    '{hi_es}{rel_es} puso una queja, yo no, yo nomás vengo a pagar.',
    'No es queja, nomás quiero saber cuánto pago.',
    '{hi_es}no me estoy quejando, todo bien con la atención.',
  ]),
];

/**
 * Families of this batch left out of the candidate, chosen on out-of-fold figures over the
 * train families only (with pattern features; each intent's F1 over the earlier families must not
 * fall). Left out: positives the folds could not learn (own out-of-fold recall under 0.5 with the
 * whole batch: Spanish hardship from sick leave and from losing the house 0.42 and 0.47, first
 * bills 0.47, "coaseguro" and two bills in Spanish 0.36 and 0.31, five of the English complaint
 * voices 0-0.44), hard negatives that read as the intent (someone else's hardship 28/36 and 29/36
 * false alarms; complaint words in other senses and hypotheticals 12-24/36), and the positives that,
 * with those, lowered the earlier families' F1: the whole batch (its first 48 families) took hardship 0.648 -> 0.629, bill
 * confusion 0.803 -> 0.788 and complaint 0.929 -> 0.913 (thresholds fell and earlier hard
 * negatives passed them).
 */
const LEFT_OUT = new Set([
  'se-es-hardship-salud', 'se-es-hardship-casa', 'se-en-hardship-someone-else', 'se-es-hardship-otra-persona',
  'se-en-confusion-first-bill', 'se-es-confusion-seguro', 'se-es-confusion-dos-cuentas', 'se-en-confusion-insurance-words', 'se-es-confusion-variedades',
  'se-en-complaint-calls', 'se-en-complaint-hold', 'se-en-complaint-care', 'se-en-complaint-public', 'se-es-complaint-atencion', 'se-en-complaint-billing-handled',
  'se-es-complaint-llamadas', 'se-en-complaint-hypothetical', 'se-es-complaint-hipotetico', 'se-es-complaint-otros-sentidos', 'se-en-complaint-other-senses',
]);

/**
 * The candidate chosen on out-of-fold figures (30 of 50 families). Out of fold over the earlier
 * families (with pattern features): hardship F1 0.648 -> 0.657 (recall 0.553 -> 0.617, precision
 * 0.783 -> 0.702), bill confusion 0.803 -> 0.803 (0.8028 -> 0.8025; recall 0.725 -> 0.723,
 * precision 0.900 -> 0.901), complaint 0.929 -> 0.932 (recall 0.892 -> 0.898). Not shipped: on its
 * one held-out read it failed the rule written before the read (macro-F1 fell on the check set
 * 0.820 -> 0.814, hardship F1 fell 0.794 -> 0.749 on the fixed split and 0.676 -> 0.532 on the
 * check set, complaint 0.770 -> 0.739 on the fixed split), though macro-F1 rose on three sets and
 * bill confusion's F1 rose on all five (docs/conversations.md, what was tried).
 */
export const BATCH_14_CANDIDATE: readonly IntentFamily[] = TRAIN_ONLY_FAMILIES_14.filter((f) => !LEFT_OUT.has(f.id));

/**
 * The families of this batch the shipped model is trained on: the candidate's bill-confusion
 * families (positives and hard negatives); its hardship and complaint families are not shipped
 * (see docs/conversations.md).
 */
export const BATCH_14_SHIPPED: readonly IntentFamily[] = BATCH_14_CANDIDATE.filter((fam) => fam.intents.includes('bill_confusion') || fam.hardNegativeOf === 'bill_confusion');
