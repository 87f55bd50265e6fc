/**
 * Training-only batch 10 (`sa-` families; plan requests, bill confusion and the other everyday
 * intents, with their hard negatives), always train, teaching only their own
 * intents (teachesOnlyOwnIntents). `BATCH_10_SHIPPED` is emitted by default after every earlier
 * training family (so no earlier utterance moves); the rest only by
 * `npm run train:intents -- --batch-10`, for evaluation.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, in voices the earlier families lack:
 * texting shorthand, voicemail transcripts without punctuation, chat, portal notes, older
 * patients, relatives writing or calling for the patient, learners of English, Spanglish, and
 * Mexican, Caribbean, Central and South American and Spain Spanish (each variety has its own
 * words for paying over time: abonos, pagos chiquitos, cuotas, a plazos, fraccionar). Then the
 * bankruptcy mentions that are not a bankruptcy: the word in another sense ("this bill will
 * bankrupt me", "quebrado", a broken arm, Burger King's "BK", a book's chapter 11), someone
 * else's or a company's bankruptcy, one discharged long ago, "I'm not filing", a question about
 * what bankruptcy would do. Hard negatives carry no other intent: they teach only that they are
 * not the intent they mention. Written without opening any held-out family file or any
 * per-utterance output of one; only aggregate figures were known.
 */
import { bareHardNegative as hn, family as f, type IntentFamily } from './intent-families.js';
import type { Intent } from '../intent-effects.js';


const PLAN: Intent[] = ['wants_plan'];
const CONFUSION: Intent[] = ['bill_confusion'];
const INSURANCE: Intent[] = ['insurance_should_pay'];
const HARDSHIP: Intent[] = ['hardship'];
const PAID: Intent[] = ['already_paid'];
const CALLBACK: Intent[] = ['callback_later'];
const COMPLAINT: Intent[] = ['complaint'];
const BANKRUPTCY: Intent[] = ['bankruptcy'];

export const TRAIN_ONLY_FAMILIES_10: readonly IntentFamily[] = [
  // ------------------------------------------------------------ wants_plan: English positives
  f('sa-en-plan-texting', 'en', 'sms', PLAN, [
    'can i do like {amount} a month',
    'split it up?',
    'can u break it into payments',
    'wats the least i can pay monthly',
    'can i pay it off slow',
    'i can do {amount} every 2 wks',
    'cant do it all at once, payments?',
    'can we do installments',
    'how low can the monthly go',
    'can i pay a lil each payday',
    'put me on payments pls',
    'any way to spread this out',
    'can i chip away at it',
    'do u guys do monthly',
  ]),
  f('sa-en-plan-voicemail', 'en', 'call', PLAN, [
    'hi im calling about {bill} i cant pay it all at one time so i was wondering if i could pay a little every month call me back',
    'yeah hi this is about my account i want to set something up where i pay monthly whatever works thanks',
    'hello um i got the statement and i would like to pay it off in parts if thats possible',
    'hi its me again i can send {amount} every two weeks until its done is that okay',
    'hello this message is for billing could you put me on some kind of payment schedule please',
    'hi i want to pay this but i need to break it up into smaller payments call me back thank you',
  ]),
  f('sa-en-plan-questions', 'en', 'chat', PLAN, [
    'What\'s the least I can pay monthly?',
    'How many months can I stretch this over?',
    'Do you offer interest-free payments?',
    'Is there a minimum monthly amount if I pay over time?',
    'Can I pay it over a year?',
    'What would the monthly be if I spread it over 12 months?',
    'Could I do half now and the other half next month?',
    'Can I pay {amount} now and the rest later?',
    'Is it possible to pay this in chunks?',
  ]),
  f('sa-en-plan-paycheck', 'en', 'call', PLAN, [
    '{hi}I get paid every other Friday, can I send {amount} each paycheck?',
    '{hi}I can give you something every payday till it\'s paid off.',
    '{hi}if I could pay it down a bit at a time that would really help.',
    '{hi}can we make it so I pay a set amount on the first of every month?',
    '{hi}I\'d like to pay it off gradually, is that something you do?',
    '{hi}I can swing {amount} a month, could we start there?',
  ]),
  f('sa-en-plan-elderly', 'en', 'call', PLAN, [
    'Dear, I\'m on Social Security, could I send you a little something each month until it\'s paid?',
    'I\'m 79 and I pay all my bills a bit at a time, could you let me do that with this one?',
    'Young lady, I can mail a check every month if you\'ll let me pay it that way.',
    'I\'d like to pay it off slowly, the way I did with the furnace company.',
    'Could I pay so much every month when my pension comes in?',
  ]),
  f('sa-en-plan-relative', 'en', 'portal', PLAN, [
    'I manage my mother\'s bills. Can we set her balance up to be paid monthly?',
    'Writing for {kin}: we would like to pay this in monthly installments.',
    'My dad can\'t pay the whole amount, but he could do {amount} a month. Can you arrange that?',
    'I help my grandmother with her mail; she asked whether she can pay this off over several months.',
    'On behalf of {kin}, please set up a payment arrangement for the remaining balance.',
  ]),
  f('sa-en-plan-formal', 'en', 'portal', PLAN, [
    'I would like to arrange a payment schedule for the outstanding balance.',
    'Please advise whether the balance may be paid in equal monthly installments.',
    'I am requesting a repayment arrangement for {bill}.',
    'Kindly let me know the terms available for paying this account over time.',
    'I propose to pay {amount} per month until the balance is cleared.',
  ]),
  f('sa-en-plan-learner', 'en', 'chat', PLAN, [
    'I can pay little every month, is possible?',
    'I want pay in parts, not all one time',
    'please I pay some each month, ok?',
    'can I give {amount} every month for this bill',
    'I no have all the money now, I pay by months',
    'I pay you in many times, small money',
  ]),
  // ------------------------------------------------------------ wants_plan: Spanish positives
  f('sa-es-plan-mx', 'es', 'sms', PLAN, [
    '¿puedo dar pagos chiquitos?',
    '¿me lo dejan en pagos?',
    'ahorita nomás puedo dar {amount_es} al mes',
    'lo puedo ir pagando de a poquito',
    'quiero pagarlo en abonos',
    '¿me dan chance de pagarlo en partes?',
    '¿se puede en parcialidades?',
    'yo les voy abonando cada quincena',
    '¿cuánto sería lo mínimo al mes?',
  ]),
  f('sa-es-plan-caribe', 'es', 'call', PLAN, [
    'Mija, ¿yo puedo ir pagando eso poquito a poco?',
    '{hi_es}hágame un plan pa ir pagando.',
    'Yo le puedo dar {amount_es} cada quincena hasta saldar.',
    '{hi_es}¿me deja pagarlo por partes, que ahora no lo tengo completo?',
    'Chico, ¿se puede dividir eso en pagos?',
    '{hi_es}yo pago, pero en pagos, to de una vez no puedo.',
  ]),
  f('sa-es-plan-sur', 'es', 'chat', PLAN, [
    'Quiero pagarlo en cuotas.',
    '¿Puedo pagar en cuotas sin interés?',
    '¿Me lo dividen en cuotas mensuales?',
    '¿Vos me podés armar un plan de cuotas?',
    '¿Me lo pueden diferir a seis meses?',
    '{hi_es}¿cuántas cuotas me dan para esta deuda?',
    'Necesito pagarlo a cuotas, ¿me colabora con eso?',
  ]),
  f('sa-es-plan-espana', 'es', 'portal', PLAN, [
    '¿Puedo fraccionar el pago?',
    'Quisiera pagarlo a plazos.',
    '¿Me lo podéis aplazar en varios meses?',
    'Solicito el fraccionamiento de la deuda en pagos mensuales.',
    '¿Existe la posibilidad de pagar {bill_es} en varias mensualidades?',
    'Preferiría ir pagando una cantidad fija cada mes, si es posible.',
  ]),
  f('sa-es-plan-spanglish', 'es', 'sms', PLAN, [
    '¿puedo hacer un payment plan?',
    'quiero pagar monthly',
    'le puedo mandar como {amount_es} cada mes',
    'split it en pagos porfa',
    '¿me ponen en installments?',
    'lo pago poco a poco, ok?',
    '¿cuál es el minimum payment al mes?',
  ]),
  f('sa-es-plan-familia', 'es', 'call', PLAN, [
    '{hi_es}le ayudo a mi mamá con sus cuentas, ¿se puede poner en pagos mensuales?',
    'Llamo por {kin_es}: no puede pagar todo junto, ¿le hacen un plan?',
    'Soy la hija del paciente, mi papá quiere pagar un tanto cada mes.',
    '{hi_es}mi abuelita cobra su pensión el día primero, ¿puede ir pagando de ahí cada mes?',
    '¿En cuántos meses lo puede pagar {kin_es}?',
  ]),
  // ------------------------------------------------------------ wants_plan: hard negatives
  hn('sa-en-plan-neg-onplan', 'en', 'sms', 'wants_plan', [
    'im already on a payment plan, just checking when the next one is due',
    'my plan payment is on autopay, did it go thru?',
    'i have a plan with u guys, no changes needed',
    'already set up monthly payments last month, all good',
    'is my installment for this month posted?',
    'my payment plan is fine as is, thanks',
  ]),
  hn('sa-en-plan-neg-payfull', 'en', 'call', 'wants_plan', [
    '{hi}I don\'t want a plan, I\'ll pay it all {time}.',
    '{hi}no payment plan needed, I\'m paying in full today.',
    '{hi}I\'d rather just pay the whole thing now and be done.',
    '{hi}skip the installments, put the full amount on my card.',
    '{hi}I don\'t do monthly payments, I\'ll send the full balance.',
    '{hi}no need to split it, I have the money now.',
  ]),
  hn('sa-en-plan-neg-othersense', 'en', 'chat', 'wants_plan', [
    'My health plan changed in January, do you have the new card?',
    '{rel} is on a payment plan with you, I\'m just calling about my own statement.',
    'What\'s the plan of care after my surgery?',
    'My cell phone plan went up, that\'s all I meant.',
    'Is my mom\'s payment plan almost done? She asked me to check.',
    'I planned to pay it {time}, just letting you know.',
  ]),
  hn('sa-es-plan-neg', 'es', 'sms', 'wants_plan', [
    'ya tengo un plan de pagos, nomás quiero saber cuándo toca',
    'no quiero plan, lo pago todo {time_es}',
    'mi plan de seguro cambió en enero',
    '{rel_es} tiene plan con ustedes, yo voy a pagar lo mío completo',
    'no hace falta dividirlo, lo pago de una vez',
    '¿ya se aplicó la cuota de este mes de mi plan?',
  ]),
  // ------------------------------------------------------------ bill_confusion
  f('sa-en-confusion-texting', 'en', 'sms', CONFUSION, [
    'wat is this bill even for??',
    'huh? what is this charge',
    'confused af about this statement',
    'what r these codes on my bill',
    'got a bill n idk what its for',
    'can someone explain this bill to me lol',
    'why does it say i owe {amount}? not mad just confused',
    'whats the difference between the 2 amounts on here',
  ]),
  f('sa-en-confusion-elderly', 'en', 'call', CONFUSION, [
    '{hi}I got this paper in the mail and I can\'t make heads or tails of it.',
    'I\'m 84 and these statements are all numbers to me, what am I supposed to do with it?',
    '{hi}my eyes aren\'t good and I don\'t understand what this bill is asking for.',
    'Dear, could you tell me in plain words what this letter means?',
    '{hi}there are three different amounts on here and I don\'t know which one I owe.',
  ]),
  f('sa-en-confusion-relative', 'en', 'portal', CONFUSION, [
    'My dad got a statement and neither of us understands what it is for.',
    'I\'m helping {kin} with the mail; can someone explain what these charges are?',
    'We received a bill for {kin} and can\'t tell which visit it is for.',
    'Could you break down this statement for my mother? She is confused about what she owes.',
    'The letter says "amount due after adjustments" and we don\'t know what that means.',
  ]),
  f('sa-es-confusion', 'es', 'chat', CONFUSION, [
    'No le hallo a esta cuenta, ¿me explica?',
    '¿Qué es este cobro? No entiendo.',
    'Me llegó un papel y no sé de qué es.',
    'No entiendo ni papa de esta factura.',
    'No me aclaro con la factura, ¿me la explicáis?',
    'No entiendo na de esto, ¿qué es lo que debo?',
    'no entiendo el bill, ¿qué es este charge?',
    '{hi_es}¿me puede explicar {bill_es}? No sé de qué visita es.',
  ]),
  hn('sa-en-confusion-neg', 'en', 'chat', 'bill_confusion', [
    'I understand the bill, I just can\'t pay it all right now.',
    'The statement is clear, thanks for explaining it last time.',
    'I get it now, thanks, that makes sense.',
    'No questions about the bill, I just want to pay.',
  ]),
  // ------------------------------------------------------------ insurance_should_pay
  f('sa-en-insurance-texting', 'en', 'sms', INSURANCE, [
    'shouldnt my insurance cover this??',
    'did u even bill my insurance',
    'send it to {ins} pls',
    'i have coverage, bill them first',
    'why isnt {ins} paying this',
    'this was preauthorized, insurance owes it not me',
    'gave u my ins card at checkin, run it thru them',
  ]),
  f('sa-en-insurance-voices', 'en', 'call', INSURANCE, [
    '{hi}my mother has Medicare and Medicaid both, this should be covered.',
    '{hi}I\'m on {ins}, you need to submit this to them before you bill me.',
    'hi calling about {bill} i think it was never sent to my insurance please send it to them',
    '{hi}my Medicare supplement picks that up, please bill it.',
    '{hi}the insurance told me they never got a claim from you.',
    '{hi}this is a covered service under my plan, so I shouldn\'t owe this.',
  ]),
  f('sa-es-insurance', 'es', 'sms', INSURANCE, [
    'eso lo tiene que pagar el seguro',
    '¿ya lo mandaron a mi aseguranza?',
    'tengo Medicaid, eso me lo cubren',
    'mándenselo al seguro primero',
    'eso lo cubre la obra social',
    'eso lo cubre mi prepaga, facturen a ellos',
    'esto lo paga la insurance, no yo',
    'billéenle al seguro porfa',
    'eso lo cubre mi mutua, ¿se lo habéis pasado?',
  ]),
  hn('sa-en-insurance-neg', 'en', 'chat', 'insurance_should_pay', [
    'Insurance paid its part, I know the rest is mine.',
    'I don\'t have insurance right now, I\'ll pay it myself.',
    'I\'m switching insurance next month, just so you know.',
    'The insurance covered what it should, the balance is correct.',
  ]),
  // ------------------------------------------------------------ hardship
  f('sa-en-hardship-texting', 'en', 'sms', HARDSHIP, [
    'money\'s tight rn',
    'im between jobs atm',
    'cant swing it rn, they cut my hours',
    'got nothing till my next check, its rough',
    'just lost my job, idk how im paying this',
    'rent\'s due and im already short',
    'single mom of 3, cant cover this',
    'i get ssi, thats all i have',
  ]),
  f('sa-en-hardship-voices', 'en', 'call', HARDSHIP, [
    '{hi}all I get is my Social Security check and it\'s gone by the 10th.',
    '{hi}I quit my job to take care of my son, he\'s on dialysis, we have no income.',
    'hi i got your letter i want to pay but my husband passed his paycheck was our only income and i just cant right now',
    '{hi}I had a stroke in the spring and I haven\'t worked since.',
    '{hi}we\'re living with my sister because we lost the apartment.',
    '{hi}between the medicine and the rent there\'s nothing left for this.',
  ]),
  f('sa-es-hardship', 'es', 'call', HARDSHIP, [
    '{hi_es}ando corto de lana, no me alcanza para esto.',
    'No tengo pisto, me quedé sin chamba.',
    'No tengo plata, me quedé sin laburo hace dos meses.',
    '{hi_es}estoy pelado, no me da para pagar.',
    'La cosa ta mala, no tengo chavos pa eso.',
    'No llego a fin de mes, de verdad no puedo con esto.',
    'me cortaron las horas en el job, no tengo money',
    '{hi_es}vivo de la pensión de mi esposo y no alcanza.',
  ]),
  hn('sa-en-hardship-neg', 'en', 'sms', 'hardship', [
    'im fine money wise, just forgot to pay',
    'got a new job so i can pay this now',
    'my hours got cut last yr but im back full time, sending payment',
    'not a money problem, i just didnt see the bill',
  ]),
  hn('sa-en-hardship-plain', 'en', 'sms', 'hardship', [
    'I got a bill today.',
    'got your letter, whats the total',
    'I get paid Friday, I\'ll pay it then.',
    'got the statement, thx',
    'my check comes on the 3rd, ill send it then',
    'I got a text from you, what\'s it about?',
    'just got home from work, saw your call',
  ]),
  hn('sa-es-hardship-plain', 'es', 'sms', 'hardship', [
    'Hoy me llegó la factura.',
    'me llegó su carta, ¿cuánto es en total?',
    'cobro el viernes, ahí le pago',
    'ya recibí el estado de cuenta, gracias',
    'acabo de llegar del trabajo, vi su llamada',
  ]),
  // ------------------------------------------------------------ already_paid
  f('sa-en-paid-texting', 'en', 'sms', PAID, [
    'paid it on the app yesterday',
    'already sent a check {ago}',
    'my daughter paid it for me',
    'paid at the front desk when i checked out',
    'came out of my acct on the 3rd',
    'paid thru my banks bill pay',
    'i have a confirmation #, its paid',
    'its been paid, check ur records',
  ]),
  f('sa-en-paid-voices', 'en', 'call', PAID, [
    'I mailed a check, dear, I\'m sure of it, I wrote it in my book.',
    '{hi}I paid that over the phone with one of your people {ago}.',
    'hi im calling because i got a late notice but i paid that balance {ago} i have the bank statement',
    '{hi}my son took care of it online for me, it should show.',
    '{hi}I gave the cashier my card the day of the visit, it was paid then.',
  ]),
  f('sa-es-paid', 'es', 'sms', PAID, [
    'ya lo liquidé {ago_es}',
    'mi hija ya lo pagó por mí',
    'pagué en la ventanilla cuando salí',
    'ya se me descontó de la cuenta del banco',
    'ya lo he abonado, tengo el justificante',
    'ya lo pagué por transferencia',
    'ya lo pagué online, tengo el número de confirmación',
    'ya hice el payment, revisen',
  ]),
  hn('sa-en-paid-neg', 'en', 'chat', 'already_paid', [
    'I\'m going to pay it {time}.',
    'I haven\'t paid yet, can I do it now?',
    'I thought I paid but I see I didn\'t, paying now.',
    'Did the payment I scheduled for next week get set up?',
  ]),
  // ------------------------------------------------------------ callback_later
  f('sa-en-callback', 'en', 'sms', CALLBACK, [
    'cant talk, driving',
    'in a meeting, call me back at 3',
    'at work rn, call me later',
    'at the doctor, call {time}',
    'can u call back after 6',
    'busy, try me {time}',
    'cant talk now, kids are screaming lol, later?',
    'call me back in 10 min',
  ]),
  f('sa-en-callback-voices', 'en', 'call', CALLBACK, [
    'Oh honey, my daughter is here on Sundays, call then and she can help me.',
    '{hi}I\'m at work, could you try me back {time}?',
    '{hi}this isn\'t a good time, can you call me {time}?',
    'hi returning your call i cant talk during the day please call me back {time}',
    '{hi}I\'m on my lunch break and it\'s almost over, call me tomorrow.',
  ]),
  f('sa-es-callback', 'es', 'call', CALLBACK, [
    '{hi_es}ahorita no puedo, llámeme {time_es}.',
    'Estoy manejando, márqueme más tarde.',
    'Estoy en el trabajo, ¿me puede llamar {time_es}?',
    'Ahora no puedo, llamadme luego.',
    'Toy ocupá, llámame después.',
    'Ahora no puedo hablar, llamame a la tarde.',
    'estoy en el job, call me later porfa',
  ]),
  hn('sa-en-callback-neg', 'en', 'chat', 'callback_later', [
    'I can talk now, go ahead.',
    'No need to call back, I\'ll pay now.',
    'I\'ll call my insurance later and let them know.',
    'You called at a good time, I was about to call you.',
  ]),
  // ------------------------------------------------------------ complaint
  f('sa-en-complaint', 'en', 'sms', COMPLAINT, [
    'ur billing ppl r so rude',
    'been on hold an hour, this is ridiculous',
    'worst billing office ever',
    'i want to file a complaint',
    'nobody ever calls me back, unacceptable',
    'the lady on the phone hung up on me',
    'yall are a joke, 3 calls and nothing fixed',
  ]),
  f('sa-en-complaint-threats', 'en', 'sms', COMPLAINT, [
    'im going to report you',
    'reporting u to the bbb',
    'ill be leaving a 1 star review',
    'im calling the state health dept about how you treat people',
    'going to the news with this',
    'ill report this to the hospital board',
    'consider this a formal complaint about your collectors',
  ]),
  f('sa-en-complaint-voices', 'en', 'call', COMPLAINT, [
    '{hi}I was treated like a criminal on the phone yesterday, I want that noted.',
    'I\'m 76 years old and the young man I spoke to was very disrespectful to me.',
    '{hi}my mother came home in tears after talking to your billing department.',
    'hi this is my fourth message nobody has called me back this is terrible customer service',
    '{hi}I want to speak to a {sup} about how I was treated at the front desk.',
  ]),
  f('sa-es-complaint', 'es', 'chat', COMPLAINT, [
    'Quiero poner una queja, me trataron mal.',
    'La señorita fue muy grosera conmigo.',
    'Quiero la hoja de reclamaciones, el trato fue pésimo.',
    'Me atendieron pésimo, nadie me da una respuesta.',
    'Esa gente son unos maleducaos, me colgaron.',
    'quiero hablar con el manager, me trataron horrible',
    'Llevo una hora en espera, esto es una falta de respeto.',
  ]),
  hn('sa-en-complaint-neg', 'en', 'chat', 'complaint', [
    'No complaints, the staff was lovely.',
    'I\'m not complaining, just asking a question.',
    'My mom complained of chest pain, that\'s why we went to the ER.',
    'The woman I spoke to was very helpful, thank you.',
  ]),
  // ------------------------------------------------------------ everyday intents: Spanish hard negatives
  hn('sa-es-confusion-neg', 'es', 'chat', 'bill_confusion', [
    'Ya entendí la factura, gracias, ahora la pago.',
    'La cuenta está clarita, nomás no me alcanza ahorita.',
    'Ya me explicaron el cobro, todo bien.',
    'No tengo dudas de la factura, solo quiero pagar.',
  ]),
  hn('sa-es-insurance-neg', 'es', 'sms', 'insurance_should_pay', [
    'el seguro ya pagó su parte, lo demás me toca a mí',
    'no tengo seguro, lo pago yo',
    'voy a cambiar de aseguranza el mes que viene, nomás para que sepan',
    'ya sé que el seguro no cubre eso, lo pago yo',
  ]),
  hn('sa-es-hardship-neg', 'es', 'sms', 'hardship', [
    'no es que no tenga dinero, se me olvidó pagar',
    'ya encontré trabajo, ahora sí les pago',
    '{rel_es} se quedó sin trabajo, pero yo estoy bien y pago hoy',
    'el año pasado estuve sin chamba, ya no, ahí va el pago',
  ]),
  hn('sa-es-paid-neg', 'es', 'chat', 'already_paid', [
    'Todavía no lo pago, ¿lo puedo pagar hoy?',
    'Ya mero lo pago, el viernes sin falta.',
    'Pensé que ya había pagado pero no, ahorita lo hago.',
    'Voy a pagar {time_es}, nomás aviso.',
  ]),
  hn('sa-es-callback-neg', 'es', 'call', 'callback_later', [
    '{hi_es}ahorita sí puedo hablar, dígame.',
    'No hace falta que me llamen, ya pago ahorita.',
    'Voy a llamar al seguro más tarde para avisarles.',
    'Qué bueno que llamó, justo le iba a marcar.',
  ]),
  hn('sa-es-complaint-neg', 'es', 'chat', 'complaint', [
    'No tengo ninguna queja, me atendieron muy bien.',
    'No me estoy quejando, nomás pregunto.',
    'Mi mamá se quejaba de dolor de pecho, por eso fuimos a emergencias.',
    'La señorita que me atendió fue muy amable, gracias.',
  ]),
  // ------------------------------------------------------------ bankruptcy: English hard negatives
  hn('sa-en-bk-figurative', 'en', 'sms', 'bankruptcy', [
    'this bill is gonna bankrupt me',
    'ur prices r bankrupting this whole town',
    'one more bill like this and ill be bankrupt lol',
    'these copays are bankrupting my family',
    'this ER visit basically bankrupted me',
    'i swear this hospital wants to bankrupt us',
    'a $900 ambulance ride? thats bankruptcy money',
  ]),
  hn('sa-en-bk-broke', 'en', 'chat', 'bankruptcy', [
    'i\'m broke till friday',
    'flat broke rn, can i pay next week',
    'dead broke this month honestly',
    'broke college student here, can you help',
    'I\'m broke, not bankrupt, I\'ll get it to you.',
    'we\'re broke after Christmas but we\'ll pay',
  ]),
  hn('sa-en-bk-notfiling', 'en', 'call', 'bankruptcy', [
    '{hi}I\'m not filing bankruptcy, I want to pay this.',
    '{hi}I won\'t declare bankruptcy over a hospital bill.',
    '{hi}bankruptcy is not an option for me, let\'s figure something out.',
    '{hi}I have never filed for bankruptcy and I don\'t plan to.',
    '{hi}no chapter 7, no chapter 13, nothing like that, I just need time.',
    '{hi}my credit is fine, I\'m not bankrupt, I just forgot.',
  ]),
  hn('sa-en-bk-asking', 'en', 'portal', 'bankruptcy', [
    'What would bankruptcy do to this bill?',
    'Would chapter 7 wipe out medical debt? Just trying to understand my options.',
    'Does medical debt go away in bankruptcy, or does it stay?',
    'My friend says to file chapter 13. Is that something people do for hospital bills?',
    'If someone files bankruptcy, does the hospital still send statements?',
    'I read about medical bankruptcy online. Is it common?',
  ]),
  hn('sa-en-bk-past', 'en', 'call', 'bankruptcy', [
    '{hi}I had a bankruptcy {longago}, it\'s long discharged, this bill is from this year and I\'m paying it.',
    '{hi}my credit is still bad from my bankruptcy in {year}, so can I pay cash?',
    '{hi}I got through chapter 7 in {year}, never again, so I\'m calling to set this up right.',
    '{hi}that bankruptcy was closed {longago}, it has nothing to do with this visit.',
    '{hi}after my bankruptcy {longago} I pay every bill on time, so I want to pay this one too.',
  ]),
  hn('sa-en-bk-others', 'en', 'chat', 'bankruptcy', [
    'my ex filed bankruptcy, i\'m not on any of his debts anymore',
    '{rel}\'s business went bankrupt, I\'m helping him out so money is tight',
    'My dad\'s chapter 13 trustee called me about his case, not mine.',
    '{rel} is going through a bankruptcy and asked me about it, this bill is mine and I\'ll pay it.',
    'The guy who owned my apartment building went bankrupt, that\'s why I moved.',
  ]),
  hn('sa-en-bk-business', 'en', 'portal', 'bankruptcy', [
    'The pharmacy chain near me went bankrupt, so I get prescriptions somewhere else now.',
    'My employer filed chapter 11 and I\'m waiting to hear about my job.',
    'The old clinic went bankrupt; who owns my bill now?',
    'The airline I work for is in bankruptcy, but I still get paid and can pay this.',
    'The ambulance company on my statement, didn\'t they go bankrupt? Just curious who to pay.',
  ]),
  hn('sa-en-bk-othersense', 'en', 'sms', 'bankruptcy', [
    'i work at BK, get paid fridays',
    'im on chapter 11 of my book lol, ill pay after my shift',
    'im a trustee at my church so my sundays are busy, call monday',
    'my bk shift ends at 9, call after',
    'chapter 7 of my nursing textbook is due, ill pay the bill this weekend',
  ]),
  // ------------------------------------------------------------ bankruptcy: Spanish hard negatives
  hn('sa-es-bk-figurado', 'es', 'sms', 'bankruptcy', [
    'esta factura me va a dejar en la quiebra',
    'ando quebrado, le pago la otra semana',
    'estoy en la ruina con tanto cobro',
    'con estos precios van a quebrar a medio pueblo',
    'me quebré el brazo y no he podido trabajar',
    'se me quebró el celular, por eso no contesté',
    'el quiebre de mi matrimonio me dejó sin nada, pero voy a pagar',
  ]),
  hn('sa-es-bk-otros', 'es', 'chat', 'bankruptcy', [
    '{hi_es}la empresa donde trabajaba quebró, pero yo sí voy a pagar.',
    '{rel_es} se declaró en bancarrota, yo no.',
    'La empresa de mi marido entró en concurso de acreedores, pero esta cuenta es mía.',
    'No me voy a declarar en quiebra por una factura, quiero pagarla.',
    '¿Qué pasa con una deuda médica si alguien se declara en bancarrota? Solo pregunto.',
    'Tuve una bancarrota {longago_es}, ya se cerró, esta factura es nueva.',
  ]),
  hn('sa-en-bk-voicemail-neg', 'en', 'call', 'bankruptcy', [
    'hi im calling about {bill} i am not in bankruptcy or anything i just need a little more time please call me back',
    'yeah hello my neighbor said i should file bankruptcy over this but i dont want to i want to pay it call me',
    'hello this is about my account the letter asked if i filed bankruptcy i have not so please keep it open and ill pay',
    'hi its me again just so you know my husbands company went bankrupt that is why we are late we will pay',
    'um hi i got a paper asking about bankruptcy and i dont understand it i never filed anything',
  ]),
  hn('sa-en-bk-elderly-neg', 'en', 'call', 'bankruptcy', [
    'Young man, I have never been bankrupt a day in my life and I\'m not starting now.',
    'My late husband\'s store went bankrupt in the seventies, and I\'ve paid every bill since.',
    'I\'m 80 and I\'m not going to file for bankruptcy over a doctor\'s bill, dear.',
    'In my day people were ashamed to go bankrupt, so I\'ll pay this a little at a time.',
    '{hi}my grandson keeps saying bankruptcy, bankruptcy, but I want to pay what I owe.',
  ]),
  hn('sa-en-bk-learner-neg', 'en', 'chat', 'bankruptcy', [
    'I am not bankrupt, I only have no money this week',
    'my cousin he make bankruptcy, not me, I pay',
    'what means bankruptcy in the letter? I not do this',
    'the company of my husband is bankrupt, we pay later ok',
    'I no want bankruptcy, I want to pay little',
  ]),
  hn('sa-en-bk-quoted-neg', 'en', 'portal', 'bankruptcy', [
    'Your form asks "Are you currently in bankruptcy?" I checked no.',
    'The statement says to call if I filed bankruptcy. I did not; I am calling to pay.',
    'I saw a TV ad that said "medical bills? file bankruptcy!" That is not for me.',
    'My statement has a note about the bankruptcy department. Why? I never filed.',
    'The website says accounts in bankruptcy cannot use the portal. Mine is not, but I cannot log in.',
  ]),
  hn('sa-en-bk-texting-neg', 'en', 'sms', 'bankruptcy', [
    'lol not bankrupt yet, just broke',
    'no bk here, just need til the 15th',
    'i looked up bankruptcy for like 5 min and nope, ill pay',
    'not filing anything, dont worry',
    'my bros bk case has nothing to do w me',
    'this bill almost bankrupted me but its paid now',
  ]),
  hn('sa-es-bk-voces-neg', 'es', 'call', 'bankruptcy', [
    '{hi_es}yo no estoy en quiebra ni nada de eso, nomás necesito tiempo.',
    'Mija, en mi vida me he declarado en bancarrota y no voy a empezar ahora.',
    'La carta pregunta si estoy en bancarrota; no, no lo estoy, quiero pagar.',
    '{hi_es}el negocio de {rel_es} quebró y por eso andamos atrasados, pero vamos a pagar.',
    'Mi hijo me dice que me declare en quiebra, pero yo quiero pagar lo que debo.',
  ]),
  hn('sa-es-bk-spanglish-neg', 'es', 'sms', 'bankruptcy', [
    'no estoy en bankruptcy, solo estoy broke este mes',
    'mi ex hizo el bankruptcy, no yo',
    'no voy a filear bancarrota, quiero pagar',
    'el bill me va a dejar bankrupt jaja pero lo pago',
    'la company donde trabajaba hizo bankruptcy, por eso me atrasé',
  ]),
  // ------------------------------------------------------------ bankruptcy: positives, new voices
  f('sa-en-bk-positives', 'en', 'sms', BANKRUPTCY, [
    'filed ch 7 last wk, ur on the list',
    'bk case {case}, stop billing me',
    'im in bankruptcy now, talk to the trustee',
    'we filed chapter 13, this debt is in the plan',
    'my bankruptcy lawyer filed {ago}, u should get notice',
    'declared bankruptcy, this bill is included',
  ]),
  f('sa-en-bk-relative-voice', 'en', 'call', BANKRUPTCY, [
    '{hi}I\'m calling for my father, he filed bankruptcy and your bill is in his petition.',
    'hi this is about my moms account she filed chapter 7 {ago} and this hospital is listed please note it',
    '{hi}my husband and I filed jointly for bankruptcy, this account is included.',
    '{hi}the patient is in an active chapter 13 case, case number {case}.',
  ]),
  f('sa-es-bk-positives', 'es', 'call', BANKRUPTCY, [
    '{hi_es}me declaré en quiebra y esta cuenta va incluida.',
    'Estoy en bancarrota, capítulo 7, ya tienen el aviso.',
    'ya filié la bancarrota, el bill de ustedes está en la lista',
    'Me he acogido a la ley de segunda oportunidad y esta deuda está incluida.',
    'Mi papá se declaró en quiebra y la factura del hospital está en su caso.',
    'hice el bankruptcy {ago_es}, ustedes salen en los papeles',
  ]),
];

const ofAny = (f: IntentFamily, intents: readonly Intent[]) => intents.some((i) => f.intents.includes(i) || f.hardNegativeOf === i);
/**
 * The families of this batch the shipped model is trained on: all but the hardship and complaint
 * ones. Out of fold on the earlier families they raise macro-F1 (0.835 -> 0.845) and bankruptcy
 * hard-negative precision (0.624 -> 0.659; recall 0.961 -> 0.954). The hardship families lower
 * hardship's own out-of-fold F1 (0.648 -> 0.645, precision 0.783 -> 0.715, even with the
 * plain-talk hard negatives; without those, "I got a bill today." read as hardship), and with the
 * complaint families "Wrong number, stop calling me. I'm going to report you." no longer reads
 * as a complaint (docs/conversations.md, what was tried).
 */
export const BATCH_10_SHIPPED: readonly IntentFamily[] = TRAIN_ONLY_FAMILIES_10.filter((f) => !ofAny(f, ['hardship', 'complaint']));
