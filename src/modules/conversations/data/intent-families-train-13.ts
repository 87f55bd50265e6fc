/**
 * Training-only batch 13 (`sd-` families; disputes: hard negatives (questions about a charge, a
 * disagreement that is not a dispute of the debt, a settled past dispute) in new voices, with
 * positives in the same voices), always train, teaching only their own intents
 * (teachesOnlyOwnIntents). `BATCH_13_SHIPPED` is emitted by default after every earlier training
 * family (so no earlier utterance moves); the rest only by `npm run train:intents -- --batch-13`,
 * for evaluation.
 *
 * The hard negatives talk about a charge, a bill or a disagreement without disputing the debt:
 * what a charge or a code is, an itemized bill asked for to understand it or for an FSA/HSA or
 * the insurer (not to contest it), a dispute with someone else (the insurer, a landlord, the
 * phone company, a bank), a past dispute that was settled, "it's mine, I just can't pay", a
 * hypothetical ("if it's wrong I'll dispute it"), the letter's dispute rights quoted, the bill
 * agreed to by the patient or a relative, and "charge", "wrong" and "disagree" in other senses.
 * The positives say the same things in the same voices but do dispute (an itemized bill that shows
 * something never received, a letter's right to dispute used, a relative disputing for a parent).
 * Voices: texting, voicemail, portal notes, older patients, relatives, learners of English,
 * Spanglish, Mexican, Caribbean, Southern Cone and Spain Spanish.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file
 * or any per-utterance output of one; only aggregate figures were known.
 */
import { bareHardNegative as hn, family as f, type IntentFamily } from './intent-families.js';
import type { Intent } from '../intent-effects.js';

const DISPUTE: Intent[] = ['dispute'];

export const TRAIN_ONLY_FAMILIES_13: readonly IntentFamily[] = [
  // ------------------------------------------------------------ English hard negatives
  hn('sd-en-neg-whatcharge-text', 'en', 'sms', 'dispute', [
    'whats this $212 charge from 3/4?',
    'what is the facility fee on my bill',
    'who is this charge from? dont recognize the doctors name, is it the ER doc?',
    'what does 99284 mean next to the charge lol',
    'is the {amount} thing my copay or something else',
    'what does ADJ mean on my statement',
    'which visit is this one for, i had 2 {ago}',
    'quick q what is the "pt resp" amount',
  ]),
  hn('sd-en-neg-whatcharge-older', 'en', 'call', 'dispute', [
    'Dear, my eyes aren\'t what they were, could you read me what {bill} is for?',
    'I\'m 84 and I just want someone to tell me what these charges are, I can\'t make heads or tails of them.',
    'Now what is this observation charge? I thought they admitted me.',
    'I\'m not complaining, young lady, I only want to know what the ambulance part covers.',
    'Could you tell me which doctor {bill} is from? I see so many of them.',
    'My daughter usually does this for me. What is {bill} for, sweetheart?',
  ]),
  hn('sd-en-neg-itemized-portal', 'en', 'portal', 'dispute', [
    'Please send an itemized statement so I can see what the balance is made up of.',
    'Requesting an itemized bill for my records and my FSA claim.',
    'Could I get a line-by-line breakdown? My HSA administrator needs it to reimburse me.',
    'I need the itemized bill with the procedure codes to send to {ins}.',
    'Kindly mail an itemized copy of {bill}; I would like to understand the charges before I pay.',
    'My tax preparer asked for an itemized receipt of my medical expenses. Can you provide one?',
  ]),
  hn('sd-en-neg-itemized-relative', 'en', 'call', 'dispute', [
    '{hi}I\'m calling for my mother, she\'d like an itemized copy so I can go over it with her.',
    '{hi}my dad asked me to get the breakdown of his hospital stay so we can understand it.',
    '{hi}I handle {kin}\'s bills, could you email the detailed list of charges? We just want to see it.',
    '{hi}my grandmother wants to know what each line on {bill} is, can you walk me through it?',
    '{hi}I\'m helping {kin} with the paperwork, can you send the itemized version for the insurance?',
  ]),
  hn('sd-en-neg-insurer', 'en', 'chat', 'dispute', [
    '{hi}I\'m fighting with {ins} about the denial, not with you guys.',
    '{ins} says it was out of network, I\'m appealing with them.',
    '{hi}I filed an appeal with {ins}, could you hold {bill} while they review it?',
    'the dispute is between me and {ins}, your bill is fine',
    '{hi}I\'m arguing with {ins} over what they paid, you billed it right.',
    'my complaint is with the insurance company, not the hospital',
  ]),
  hn('sd-en-neg-otherparty', 'en', 'sms', 'dispute', [
    'im in a dispute with my landlord so money is tight, ill pay what i can',
    'disputing a charge with verizon rn, different thing, yours is fine',
    'my bank is disputing a fraud charge on my card so use my other card pls',
    'had a fight with the cable company over a bill lol not you guys',
    'me and my ex are disputing who pays the kids bills, send it to me for now',
    'the car shop overcharged me, not you, ill pay {bill} {time}',
    'contesting a parking ticket today so i had to take off work, ill call after',
  ]),
  hn('sd-en-neg-settled-voicemail', 'en', 'call', 'dispute', [
    'hi this is about the charge we talked about last month it was taken off thank you so much im all set',
    'yeah hi calling back to say the corrected statement came and it looks right now',
    'hello the billing error got fixed and i paid the balance this morning just letting you know',
    'hi the duplicate charge was removed thank you nothing else needed',
    'hi its me again the lady fixed the code on my bill so the new amount is fine ill pay it {time}',
    'hello just calling to close out my complaint they sorted it out and i have no problem with the bill now',
  ]),
  hn('sd-en-neg-cantpay-older', 'en', 'call', 'dispute', [
    'Honey, it\'s my bill all right, I just don\'t have it on my pension.',
    'Oh, I know I owe it, I\'m not one to argue, I just can\'t pay it all at once.',
    'It\'s correct, I remember the visit, money is just tight this month.',
    'I\'m not fighting you on it, I just need a little time, I\'m on a fixed income.',
    'I was there, I had the tests, I\'m not saying otherwise, I just can\'t manage it right now.',
  ]),
  hn('sd-en-neg-cantpay-learner', 'en', 'chat', 'dispute', [
    'the bill is correct but i have no money now',
    'i not say is wrong, only i cannot pay now',
    'is my bill yes, i pay later when i have work',
    'i agree with the bill, the money is the problem',
    'this charge is ok, is mine, but i need more time please',
    'no problem with the amount, only i am short this month',
  ]),
  hn('sd-en-neg-hypothetical', 'en', 'chat', 'dispute', [
    '{hi}if it turns out {ins} already paid I\'ll dispute it, but let me check first.',
    'I might dispute it if the EOB says something different, haven\'t looked yet',
    '{hi}if there\'s a mistake I\'ll let you know, so far it looks okay.',
    'suppose I did find an error, who would I call?',
    '{hi}I\'d only contest it if {ins} says they covered it, still waiting to hear.',
    'if I ever think a charge is off, do I call you or the hospital?',
  ]),
  hn('sd-en-neg-letter', 'en', 'portal', 'dispute', [
    'The letter says I have 30 days to dispute the debt. I\'m not disputing it, I just want to pay.',
    'Your notice says "unless you dispute the validity of this debt within 30 days". What does that mean?',
    'The back of the letter talks about disputing. Do I need to do anything if the bill is right?',
    'I got a letter about my right to dispute. I only want the payoff amount.',
    'The validation notice came. The amount is right; where do I send the payment?',
    'Your letter mentions a dispute period. Does that change my due date?',
  ]),
  hn('sd-en-neg-agree-relative', 'en', 'sms', 'dispute', [
    'my husband looked it over and says the bill is right',
    'we went over moms statement, everything matches',
    'my son checked the charges online, all correct, paying friday',
    'wife says the total is right, go ahead n run the card',
    'my sister compared it with the EOB and it lines up, thx',
    'dad remembers the visit, the charge is his, ill pay it for him',
  ]),
  hn('sd-en-neg-othersense', 'en', 'sms', 'dispute', [
    'phone on 5%, gotta charge it, call u back',
    'whos in charge of billing there?',
    'is there a charge to pay by card?',
    'do u charge a fee for paper statements',
    'sorry wrong number, meant to text my boss',
    'oops typed the wrong card number, let me redo it',
    'i sent it to the wrong address, can u resend the bill',
  ]),
  hn('sd-en-neg-disagree-other', 'en', 'chat', 'dispute', [
    '{hi}I disagree with my doctor about the surgery, but that\'s another story, the bill is fine.',
    'me and my wife argue about who pays the bills lol, anyway here\'s my payment',
    '{hi}I don\'t agree with the parking prices at the hospital, but whatever, I\'ll pay {bill}.',
    'not arguing about the bill, I\'m upset about how long I waited in the ER',
    '{hi}my issue is with the front desk being rude, the charges themselves are fine.',
  ]),
  hn('sd-en-neg-twobills-question', 'en', 'sms', 'dispute', [
    'how come i got 2 bills for 1 visit? one from the doc and one from the hospital?',
    'did the insurance payment come off yet? balance looks the same',
    'is the $30 on here the copay from {ago}?',
    'does this include the lab or will that come separate',
    'why does it say patient responsibility, does that mean insurance is done?',
    'is this the final bill or will there be more',
  ]),
  // ------------------------------------------------------------ Spanish hard negatives
  hn('sd-es-neg-quees-mx', 'es', 'sms', 'dispute', [
    '¿qué es este cargo de 120?',
    '¿de qué es este cobro? no me acuerdo bien',
    'oiga y ese cargo que dice cuota de instalación, ¿qué es?',
    '¿qué quiere decir ajuste en mi estado de cuenta?',
    '¿de cuál consulta es esto? fui dos veces en {ago_es}',
    '¿el cobro de {amount_es} es el copago o es otra cosa?',
  ]),
  hn('sd-es-neg-desglose-espana', 'es', 'portal', 'dispute', [
    '¿Me podéis enviar la factura desglosada? Es para la mutua.',
    'Necesito el desglose de los conceptos para entenderlo, no es una reclamación.',
    'Solicito una copia detallada de la factura para mis archivos.',
    '¿Podríais explicarme a qué corresponde cada importe?',
    'Os pido la factura con el detalle de cada servicio para presentarla en Hacienda.',
  ]),
  hn('sd-es-neg-seguro', 'es', 'call', 'dispute', [
    '{hi_es}yo tengo un pleito con la aseguranza, no con ustedes.',
    '{hi_es}estoy apelando con {ins_es} porque lo negaron, su cuenta está bien.',
    'La disputa es con {ins_es}, ellos dicen que no me cubre.',
    '{hi_es}le estoy reclamando a {ins_es} lo que no pagó, ustedes lo cobraron bien.',
    '{hi_es}metí una apelación con el seguro, ¿me pueden esperar mientras la revisan?',
  ]),
  hn('sd-es-neg-otros', 'es', 'sms', 'dispute', [
    'ando peleando un cobro con la compañía de teléfono, por eso no he pagado',
    'tengo un lío con el casero por la renta, por eso ando corto',
    'el banco está disputando un cargo de mi tarjeta, le pago con otra',
    'la luz me llegó carísima y la estoy reclamando, su factura sí la pago',
    'estoy en un pleito con el taller del carro, lo de ustedes está bien',
    'mi ex y yo estamos discutiendo quién paga lo del niño, mándenmelo a mí',
  ]),
  hn('sd-es-neg-resuelto-sur', 'es', 'chat', 'dispute', [
    'Ya me corrigieron el cobro duplicado, quedó todo en orden.',
    'El reclamo que hice en {ago_es} ya se solucionó, gracias.',
    'Ya me devolvieron la plata del cobro de más, todo bien.',
    'Lo del error ya lo arreglaron, ahora pago el resto.',
    'Che, ya me mandaron la factura corregida y está perfecta.',
    'Ya quedó resuelto lo del código mal puesto, no tengo más reclamos.',
  ]),
  hn('sd-es-neg-nopuedo-caribe', 'es', 'call', 'dispute', [
    'Mija, esa cuenta es mía, eso no lo discuto, pero ahora no tengo.',
    'Yo no estoy peleando na, es que no me alcanza.',
    '{hi_es}la cuenta está bien, lo que pasa es que estoy sin trabajo.',
    'Mi amor, yo sé que eso lo debo, no le estoy diciendo que no, pero espéreme un chin.',
    '{hi_es}eso es mío, yo fui ese día, pero ahorita no puedo pagarlo completo.',
  ]),
  hn('sd-es-neg-hipotetico', 'es', 'chat', 'dispute', [
    'si resulta que el seguro ya pagó, ahí sí lo reclamo, pero déjeme ver primero',
    '{hi_es}si veo algo raro les aviso, por ahora se ve bien.',
    '¿y si hubiera un error, a quién le hablo?',
    'capaz que lo disputo si la aseguradora dice otra cosa, todavía no sé',
    '{hi_es}en caso de que algo esté mal, ¿cuánto tiempo tengo para avisar?',
  ]),
  hn('sd-es-neg-carta', 'es', 'portal', 'dispute', [
    'La carta dice que tengo 30 días para disputar la deuda. No la disputo, solo quiero pagar.',
    'En el aviso dice algo de disputar la validez de la deuda. ¿Qué significa eso?',
    'Me llegó la carta con mis derechos. El monto está bien, ¿dónde pago?',
    'La carta habla de un plazo para disputar. ¿Eso cambia la fecha de pago?',
    'Leí en la carta que puedo pedir verificación, pero no hace falta, la cuenta es correcta.',
  ]),
  hn('sd-es-neg-spanglish', 'es', 'sms', 'dispute', [
    'no estoy disputing nada, solo quiero el itemized bill',
    'el bill está right, lo pago el friday',
    'mi esposo checkeó los charges y todo está bien',
    '¿qué es este charge de $80? just asking',
    'ya me fixearon el error, thank you, todo good',
    'el balance está correcto, i just need más tiempo',
  ]),
  hn('sd-es-neg-familia', 'es', 'call', 'dispute', [
    '{hi_es}mi hija revisó la cuenta y dice que está correcta.',
    'Le ayudé a mi papá a revisar los cargos y todo cuadra.',
    '{hi_es}llamo por mi mamá, quiere saber qué es el cargo de la ambulancia, nada más.',
    '{hi_es}mi esposo dice que sí fue a esa consulta, el cobro está bien.',
    '{hi_es}hablo por {kin_es}, ¿nos pueden explicar la factura? No es queja.',
  ]),
  // ------------------------------------------------------------ English positives (same voices)
  f('sd-en-disp-older', 'en', 'call', DISPUTE, [
    'Dear, I never rode in any ambulance, my neighbor drove me, so that charge isn\'t mine.',
    'I\'m 80 years old and I have never been to that clinic in my life, you have the wrong person.',
    'They charged me for a private room and I was in the hallway the whole time. That\'s not right.',
    'Young lady, I paid my part at the desk that day and now you bill me for it again. I won\'t pay it twice.',
    'I only saw the nurse for five minutes and you charged me for a full specialist visit. That\'s not fair and I won\'t pay it.',
  ]),
  f('sd-en-disp-relative', 'en', 'portal', DISPUTE, [
    'I handle my mother\'s bills. She never had the MRI on this statement; please remove it.',
    'Writing for my father: he went home on the 3rd, but you billed three extra days. We dispute those days.',
    'My husband\'s account shows a surgery he never had. We are disputing it.',
    'I am my dad\'s power of attorney; this charge belongs to another patient with the same name.',
    'On behalf of {kin}: the balance is wrong, the insurance adjustment was never taken off.',
  ]),
  f('sd-en-disp-itemized-error', 'en', 'chat', DISPUTE, [
    'got the itemized bill and theres a charge for a splint i never got',
    '{hi}the itemized list shows 2 CT scans, I only had one, take one off.',
    'I looked at the breakdown and you billed me for meds I brought from home',
    '{hi}the detailed bill has a charge for anesthesia and I was awake the whole time, that\'s wrong.',
    'the itemized statement lists a room day after I was discharged, I\'m not paying that',
  ]),
  f('sd-en-disp-eob', 'en', 'call', DISPUTE, [
    '{hi}{ins} says you billed the wrong code, so I\'m not paying {bill} until you fix it.',
    '{hi}{ins} says this was paid in full, so the balance you show is wrong.',
    '{hi}the EOB says I owe zero, so {bill} is a mistake.',
    '{hi}my EOB says my share is {amount}, you\'re billing me way more than that, it\'s not right.',
  ]),
  f('sd-en-disp-letter', 'en', 'portal', DISPUTE, [
    'Per your letter, I am disputing this debt within 30 days. Send validation.',
    'I received your notice and I am exercising my right to dispute it.',
    'This is my written dispute in response to your letter dated the 5th.',
    'Your letter gives me 30 days to dispute. I do not owe this and I dispute it in full.',
  ]),
  f('sd-en-disp-texting', 'en', 'sms', DISPUTE, [
    'this isnt right i was there 1 hr not 3',
    'yall billed me for a whole day, i left after lunch',
    'charged 4 the wrong kid, my son wasnt even seen',
    'thats my sisters bill not mine, same name diff birthday',
    'i never signed up for that, take it off my acct',
  ]),
  f('sd-en-disp-learner', 'en', 'chat', DISPUTE, [
    'this bill have my name but not my birthday, is other person',
    'i never stay in hospital in the night, the bill say 2 nights, is mistake',
    'i not agree, they charge me for medicine i no take',
    'the doctor say is free checkup, why now i have bill? i no pay this',
  ]),
  // ------------------------------------------------------------ Spanish positives (same voices)
  f('sd-es-disp-mx', 'es', 'sms', DISPUTE, [
    'no me pusieron ninguna inyección y me la están cobrando',
    'ese cargo de la silla de ruedas ni la usé, quítenlo',
    'ya les dije que fue otra persona, yo no debo eso',
    'me cobraron de más, el doctor dijo que era pura consulta',
    'ese cobro de {amount_es} no me toca a mí, revísenlo bien',
  ]),
  f('sd-es-disp-caribe', 'es', 'call', DISPUTE, [
    'Mija, yo no estuve ingresada tres días, fue una noche na más, eso ta mal.',
    'Eso no es mío, mi\'jo, yo ni tengo esa aseguranza.',
    'A mí me cobraron un estudio que nunca me hicieron, no lo voy a pagar.',
    '{hi_es}me están cobrando dos veces la misma sala de emergencia, arreglen eso.',
  ]),
  f('sd-es-disp-familia', 'es', 'portal', DISPUTE, [
    'Escribo por mi mamá: le cobraron una cirugía que no le hicieron, la disputamos.',
    'Mi papá nunca estuvo en esa clínica; esa cuenta es de otra persona con el mismo nombre.',
    'Soy la hija del paciente. El cobro está duplicado y pedimos que lo corrijan.',
    'En nombre de {kin_es}: no reconocemos ese saldo y pedimos la verificación.',
  ]),
  f('sd-es-disp-spanglish', 'es', 'sms', DISPUTE, [
    'ese charge no es mío, never fui a ese hospital',
    'me billearon two times por el mismo visit',
    'quiero hacer un dispute de ese bill, está wrong',
    'no debo ese balance, es un mistake de ustedes',
  ]),
  f('sd-es-disp-espana-carta', 'es', 'portal', DISPUTE, [
    'No reconozco este cargo; no acudí a ese centro en esa fecha.',
    'Me habéis cobrado una prueba que no se me hizo, solicito que la anuléis.',
    'Según su carta tengo derecho a disputar la deuda, y la disputo.',
    'Respondo a su aviso: no reconozco esa deuda y pido verificación por escrito.',
  ]),
  f('sd-es-disp-desglose', 'es', 'chat', DISPUTE, [
    'ya vi el desglose y me cobraron dos radiografías, solo me hicieron una',
    'en la factura detallada aparece un medicamento que nunca me dieron',
    '{hi_es}en el detalle sale una noche más de hospital, yo me fui ese mismo día, eso está mal.',
    'pedí la factura detallada y hay cargos que no son míos, no los pago',
  ]),
];

/**
 * Not shipped: three positive families whose phrasings the other families do not teach out of fold
 * (an itemized bill or its Spanish "desglose" that shows something never received, a learner's "i no
 * pay this"); with them the batch's own positives reach 0.85 out of fold, without them 0.91, and
 * the earlier families' recall holds only with a lower floor and thresholds at 0.05.
 */
const NOT_SHIPPED = new Set(['sd-en-disp-itemized-error', 'sd-es-disp-desglose', 'sd-en-disp-learner']);

/** The batch's candidate: every hard negative, ten of the thirteen positive families. */
export const BATCH_13_CANDIDATE: readonly IntentFamily[] = TRAIN_ONLY_FAMILIES_13.filter((fam) => !NOT_SHIPPED.has(fam.id));

/**
 * The families of this batch the shipped model is trained on: none. The candidate (with dispute's
 * hard-negative precision floor at 0.87) raised precision on dispute's own hard negatives (check
 * 0.71 -> 0.825, blind 0.815 -> 0.916) but, its thresholds lower, fired dispute on plain cease
 * requests ("Please stop calling me.") and on "Número equivocado.", and its precision over every
 * utterance of the fixed split fell 0.79 -> 0.66 (docs/conversations.md).
 */
export const BATCH_13_SHIPPED: readonly IntentFamily[] = [];
