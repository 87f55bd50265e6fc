/**
 * A second batch of training-only template families (Apache-2.0, written for Kindly), always
 * train, emitted after every earlier family so no earlier utterance changes. They add voices the
 * earlier families lack for each critical intent (formal and learner English, representation by
 * counsel or a legal aid office, code-switching, short texts) and, for each, hard negatives of
 * every kind the issue names: negated, hypothetical, asked, quoted, third party (including a
 * relative whose job is legal: "my lawyer friend"), past and settled. They also widen the weaker
 * non-critical intents (complaint, bill confusion, insurance, plans in Spanish).
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';


export const TRAIN_ONLY_FAMILIES_2: IntentFamily[] = [
  // ------------------------------------------------------------ attorney: more voices
  f('u-en-attorney-formal', 'en', 'portal', ['attorney'], [
    'Please be advised that I am represented by legal counsel regarding {debt}.',
    'I have retained an attorney. Direct all further communication to my counsel.',
    'My legal representative will be in touch. Do not contact me directly about {bill}.',
    'I am now represented in this matter; my attorney\'s contact information is below.',
    'All correspondence regarding {debt} should go to my lawyer from now on.',
    'This matter has been referred to my attorney, please contact their office.',
  ]),
  f('u-en-attorney-learner', 'en', 'chat', ['attorney'], [
    'i have lawyer now for {bill}, you talk with him please',
    'my attorney he is handle this, please call to him not me',
    'the lawyer is take care of {debt} now',
    'i am have a lawyer, he say dont talk with you',
    'please speak to my abogado, he is help me with this',
    'my lawyer office will answer you, not me',
  ]),
  f('u-en-attorney-legal-aid', 'en', 'call', ['attorney'], [
    '{hi}legal aid is representing me on {debt}, their number is on the letter I sent.',
    '{hi}I\'ve got a public interest lawyer handling {bill} now.',
    '{hi}a legal aid attorney took my case, so please go through her.',
    '{hi}the law clinic is representing me now, call them.',
    '{hi}I signed with an attorney yesterday about {bill}.',
  ]),
  f('u-en-attorney-sms', 'en', 'sms', ['attorney'], [
    'got a lawyer. contact them',
    'talk to my atty',
    'my attorney has this now',
    'lawyered up, call my lawyer',
    'im represented, call my lawyer',
  ]),
  f('u-es-attorney-voices', 'es', 'call', ['attorney'], [
    '{hi_es}ya tengo un {abogado_es} que lleva mi caso, hable con él.',
    '{hi_es}mi {abogado_es} se encarga de {bill_es}, comuníquese con su oficina.',
    '{hi_es}contraté a un {abogado_es}, ya no hable conmigo de esto.',
    '{hi_es}un {abogado_es} de ayuda legal me representa ahora.',
    '{hi_es}estoy representada por un {abogado_es}, llámele a él.',
  ]),
  f('u-mix-attorney', 'es', 'sms', ['attorney'], [
    'ya tengo lawyer, hable con el',
    'my abogado is handling it, no me llame',
    'tengo attorney para {bill_es}, contacte a su office',
    'el lawyer ya tiene mi caso',
  ]),
  // ------------------------------------------------------------ attorney: mentions
  hn('u-en-attorney-friend', 'en', 'chat', 'attorney', ['bill_confusion'], [
    'my lawyer friend said I should ask for an itemized bill',
    'a friend who is an attorney told me to request the itemized statement',
    'my cousin is a paralegal and she said to ask what each charge is for',
    'my brother in law is a lawyer, he said to check the codes on {bill}',
    'my neighbor the attorney says I can ask for a breakdown of {bill}',
  ]),
  hn('u-en-attorney-not', 'en', 'call', 'attorney', ['wants_plan'], [
    '{hi}I\'m not getting a lawyer, I just want a payment plan.',
    '{hi}I don\'t have an attorney and I don\'t need one, can we set up payments?',
    '{hi}no lawyer, nothing like that, I just want to pay monthly.',
    '{hi}I\'m not saying I\'ll get a lawyer, I just need to split {bill} up.',
    '{hi}I never hired an attorney, I want to work out a payment plan with you.',
  ]),
  hn('u-en-attorney-hypothetical', 'en', 'chat', 'attorney', [], [
    'do i need a lawyer for this or can we just talk',
    'if this goes to court would i need an attorney',
    'should I get a lawyer? I hope not',
    'would a lawyer even help with {bill}?',
    'my friend asked if I had a lawyer, I said no, I can handle it',
  ]),
  hn('u-en-attorney-other-matter', 'en', 'call', 'attorney', [], [
    '{hi}my lawyer is handling my divorce, that has nothing to do with {bill}.',
    '{hi}I had an attorney for my car accident years ago, this is different.',
    '{hi}I work at a law firm, so call after 5 please.',
    '{hi}the lawyer I saw was for my immigration papers, not this.',
  ]),
  hn('u-es-attorney-mentions', 'es', 'chat', 'attorney', [], [
    'no tengo {abogado_es} ni lo necesito, solo quiero entender {bill_es}',
    'mi {rel_es} es {abogado_es} y dice que pida la factura detallada',
    '¿necesito un {abogado_es} para esto?',
    'si fuera necesario buscaría un {abogado_es}, pero no creo',
    'no voy a contratar {abogado_es}, quiero arreglarlo con ustedes',
  ]),
  // ------------------------------------------------------------ bankruptcy
  f('u-en-bankruptcy-voices', 'en', 'call', ['bankruptcy'], [
    '{hi}I filed chapter 7 last month, {debt} is listed.',
    '{hi}we\'re in chapter 13 now, the trustee has the paperwork.',
    '{hi}I declared bankruptcy, you should have gotten the notice.',
    '{hi}my bankruptcy case number is {case}, please stop collecting.',
    '{hi}I\'m going through bankruptcy and {debt} is included.',
    '{hi}the court discharged my debts, {bill} was on the list.',
  ]),
  f('u-en-bankruptcy-learner', 'en', 'chat', ['bankruptcy'], [
    'i am in bankrupt now, the judge say you cannot collect',
    'i make the bankruptcy, {debt} is inside',
    'we file bankrupcy, the paper is coming',
    'i am chapter 7, please no more bill',
  ]),
  f('u-es-bankruptcy-voices', 'es', 'call', ['bankruptcy'], [
    '{hi_es}me declaré en bancarrota, {bill_es} está incluida.',
    '{hi_es}estoy en quiebra, el capítulo 7 ya está en la corte.',
    '{hi_es}ya presenté la bancarrota, el número de caso es {case}.',
    '{hi_es}el juez de la quiebra dice que no pueden cobrar.',
    'ya hice el bankruptcy, {bill_es} va incluida',
  ]),
  hn('u-en-bankruptcy-not', 'en', 'chat', 'bankruptcy', ['wants_plan'], [
    'im not filing bankruptcy, i just need more time',
    'I\'m not going bankrupt over this, can I pay {amount} a month?',
    'no bankruptcy, I just need a plan',
    'I don\'t want to file for bankruptcy, please work with me on payments',
  ]),
  hn('u-en-bankruptcy-other', 'en', 'call', 'bankruptcy', [], [
    '{hi}my old employer went bankrupt, that\'s why my insurance lapsed.',
    '{hi}the store I worked at filed chapter 11, I\'m job hunting.',
    '{hi}I went through bankruptcy back in {year}, it was discharged, this bill is new.',
    '{hi}{rel} filed for bankruptcy, I\'m not in that situation.',
    '{hi}this bill is going to bankrupt me, honestly.',
    '{hi}would bankruptcy even cover medical bills? Just asking.',
  ]),
  hn('u-es-bankruptcy-mentions', 'es', 'chat', 'bankruptcy', [], [
    'no me voy a declarar en quiebra, solo necesito tiempo',
    'la empresa de {rel_es} quebró, yo estoy bien',
    '¿la bancarrota cubre facturas médicas? solo pregunto',
    'esta factura me va a dejar en la quiebra jaja',
    'tuve una bancarrota {longago_es}, esto es nuevo',
  ]),
  // ------------------------------------------------------------ deceased
  f('u-en-deceased-voices', 'en', 'call', ['deceased'], [
    '{hi}I\'m calling about {kin}\'s account, {kin} passed away {ago}.',
    '{hi}the patient is deceased, I am the daughter.',
    '{hi}{kin} has passed, who handles the estate bills?',
    '{hi}I\'m the widow, my husband died {ago}.',
    '{hi}this is for my late husband, he died {ago}.',
  ]),
  f('u-en-deceased-learner', 'en', 'chat', ['deceased'], [
    'my mother she is die {ago}, this bill is for her',
    'the patient is my father, he is dead since {month}',
    'my husband is pass away, what i do with this',
  ]),
  hn('u-en-deceased-mentions-2', 'en', 'chat', 'deceased', [], [
    'i almost died when i saw {bill} lol',
    'my car died on the way to work so i missed your call',
    'the patient portal is dead, it never loads',
    'I nearly died in that ER, the care was great though, I just want to pay',
    'is this for my mom? no she\'s alive, she just moved',
    '{kin} passed {longago}, this bill is mine',
  ]),
  hn('u-es-deceased-mentions-2', 'es', 'sms', 'deceased', [], [
    'casi me muero cuando vi {bill_es}',
    'se me murió la batería, por eso no contesté',
    '{kin_es} falleció {longago_es}, esta cuenta es mía',
    'no, mi mamá está viva, solo cambió de número',
  ]),
  // ------------------------------------------------------------ dispute
  f('u-en-dispute-voices', 'en', 'portal', ['dispute'], [
    'I am formally disputing {bill}. Please send validation.',
    'I do not owe {debt}. I want it investigated.',
    '{bill} is not mine, I was never treated there.',
    'I was charged for {svc} that I never received. I dispute this charge.',
    'Please verify {debt}; I believe it is incorrect.',
    'I contest {bill}: the service was covered and I have the EOB.',
  ]),
  f('u-en-dispute-learner', 'en', 'chat', ['dispute'], [
    'this bill is not correct, i not owe this',
    'i never go to this hospital, this is not mine',
    'i no agree with {bill}, is wrong',
    'you charge me two time for same thing, i dispute',
  ]),
  f('u-es-dispute-voices', 'es', 'chat', ['dispute'], [
    'no reconozco {bill_es}, quiero disputarlo',
    'yo nunca recibí {svc_es}, ese cobro está mal',
    'me cobraron dos veces, no estoy de acuerdo con {bill_es}',
    '{bill_es} no es mía, nunca fui a ese hospital',
    'quiero que verifiquen {bill_es}, está equivocada',
  ]),
  hn('u-en-dispute-not', 'en', 'call', 'dispute', ['wants_plan'], [
    '{hi}I\'m not disputing {bill}, I just can\'t pay it all at once.',
    '{hi}I know I owe it, I\'m not fighting it, can we do {amount} a month?',
    '{hi}the bill is right, I just need a payment plan.',
    '{hi}no dispute here, I just want to set up payments.',
  ]),
  hn('u-en-dispute-other', 'en', 'chat', 'dispute', [], [
    'my sister is disputing her bill, mine is fine',
    'I disputed a credit card charge last year, this is different, I\'ll pay it',
    'how would I dispute something if I ever needed to?',
    'the old dispute got resolved, thanks, I\'m all set',
  ]),
  hn('u-es-dispute-not', 'es', 'call', 'dispute', ['wants_plan'], [
    '{hi_es}no estoy disputando {bill_es}, solo quiero pagar en partes.',
    '{hi_es}sé que lo debo, ¿me deja pagar {amount_es} al mes?',
    '{hi_es}la factura está bien, solo necesito un plan de pagos.',
  ]),
  // ------------------------------------------------------------ cease communication
  f('u-en-cease-voices', 'en', 'portal', ['cease_communication'], [
    'Please cease all communication with me regarding {debt}.',
    'Do not contact me again about this account.',
    'I request that you stop contacting me by phone, text and email.',
    'I revoke my consent to be contacted. Stop all communication.',
    'Remove my number from your list and do not contact me.',
  ]),
  f('u-en-cease-learner', 'en', 'sms', ['cease_communication'], [
    'please no more call me',
    'no call me again please',
    'dont message me anymore, stop it',
    'i not want more call from you',
  ]),
  f('u-es-cease-voices', 'es', 'sms', ['cease_communication'], [
    'ya no me llamen por favor',
    'dejen de mandarme mensajes',
    'no me vuelvan a contactar',
    'no quiero que me llamen más',
    'por favor no me escriban más',
  ]),
  hn('u-es-cease-keep', 'es', 'sms', 'cease_communication', [], [
    'pueden seguir mandándome mensajes, es más fácil para mí',
    'mejor mándenme textos en vez de llamar, gracias',
    'sí pueden llamarme después de las 5',
    'no dejen de avisarme cuando llegue el estado de cuenta',
    'si quieren me pueden escribir por correo',
  ]),
  hn('u-en-cease-keep', 'en', 'sms', 'cease_communication', [], [
    'please keep texting me, its easier than calls',
    'you can call me back {time}',
    'dont stop sending the reminders, they help',
    'its ok to email me the statement',
    'my friend told me to tell you to stop calling but I actually want the calls',
  ]),
  hn('u-en-cease-other', 'en', 'chat', 'cease_communication', [], [
    'the pharmacy keeps calling me, not you, you\'re fine',
    'if the calls ever get too much I\'ll let you know',
    'I told {rel} to stop calling me at work, anyway about {bill}',
  ]),
  // ------------------------------------------------------------ weaker non-critical intents
  f('u-en-complaint-voices', 'en', 'call', ['complaint'], [
    '{hi}I want to file a complaint about how I was treated on the phone.',
    '{hi}your agent was rude to me, I want to speak to a {sup}.',
    '{hi}I\'m reporting this to the state, this is unacceptable.',
    '{hi}this is the worst customer service I\'ve had, I want this escalated.',
  ]),
  f('u-en-complaint-threats', 'en', 'sms', ['complaint'], [
    'im going to report you',
    'I\'m reporting you to the attorney general',
    'you will be hearing from the BBB, I\'m filing a complaint',
    'I\'m going to report this to the CFPB',
    'this is harassment and I\'m reporting it',
  ]),
  f('u-en-confusion-voices', 'en', 'chat', ['bill_confusion'], [
    'what is {bill} for? I don\'t understand the codes',
    'can you explain why {bill} is so high',
    'i dont get what this charge is for',
    'can i get an itemized bill so i understand it',
    'why am i being charged for {svc}?',
  ]),
  f('u-en-insurance-voices', 'en', 'call', ['insurance_should_pay'], [
    '{hi}{ins} should have covered {svc}, can you bill them again?',
    '{hi}this should go to {ins}, not me.',
    '{hi}did you send {bill} to {ins}? They cover it.',
    '{hi}I have {ins}, please file the claim with them.',
  ]),
  f('u-es-plan-voices', 'es', 'chat', ['wants_plan'], [
    '¿puedo pagar {bill_es} en partes?',
    'quisiera un plan de pagos, puedo dar {amount_es} al mes',
    '¿me dejan pagar poco a poco?',
    'no puedo pagar todo junto, ¿hay pagos mensuales?',
    'quiero hacer abonos de {amount_es}',
  ]),
];
