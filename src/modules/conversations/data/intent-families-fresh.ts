/**
 * A second held-out set (Apache-2.0, written for Kindly): template families written in one sitting,
 * before any model was trained or tuned against them, in voices the training families do not use
 * (relatives writing portal notes, formal letters, older callers, learners of English, one-word
 * texts, long rambling calls, Spanish from Mexico, Puerto Rico and Spain, Spanglish). They are
 * always test, never trained or tuned on, and never edited after their first run: the figures on
 * them are the closest thing we have to "a labeled set nobody here tuned on".
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';


export const FRESH_HELD_OUT_FAMILIES: IntentFamily[] = [
  // ------------------------------------------------------------ positives, critical intents
  f('y-en-dispute-formal', 'en', 'portal', ['dispute'], [
    'To whom it may concern: I am writing to formally contest the balance on account 4471. I do not believe it is accurate.',
    'Please treat this note as my written dispute of {bill}. I was billed twice for the same visit.',
    'I contest the validity of this debt and request verification.',
    'This note is to let you know I do not agree with the amount and I am disputing it.',
  ]),
  f('y-en-dispute-elderly', 'en', 'call', ['dispute'], [
    'Now dear, I never had any x-ray, I don\'t know why it\'s on here, I\'m not paying for something I didn\'t get.',
    'That isn\'t my charge, honey, somebody made a mistake and I want it taken off.',
    'I\'ve been over this paper three times and that number is wrong, plain wrong.',
  ]),
  f('y-es-dispute-pr', 'es', 'chat', ['dispute'], [
    'Eso está mal, a mí nunca me hicieron ese estudio, no lo voy a pagar.',
    'Yo no reconozco esa deuda, quiero que la revisen.',
    'Ese balance no cuadra, me están cobrando algo que el seguro ya cubrió y lo disputo.',
    'No estoy de acuerdo con lo que me cobran, exijo una corrección.',
  ]),
  f('y-en-cease-short', 'en', 'sms', ['cease_communication'], [
    'leave me alone',
    'dont text this number anymore',
    'quit blowing up my phone',
    'no more calls pls',
    'take me off your list',
  ]),
  f('y-en-cease-letter', 'en', 'portal', ['cease_communication'], [
    'I hereby request that you cease all communication with me regarding this account.',
    'Do not contact me again by phone, mail or email about this matter.',
    'I am asking you in writing to stop contacting me.',
  ]),
  f('y-es-cease-spain', 'es', 'sms', ['cease_communication'], [
    'Dejad de llamarme, por favor.',
    'No me escribáis más a este número.',
    'no quiero que me contacten mas',
    'Ya basta de llamadas, no vuelvan a marcar.',
  ]),
  f('y-en-attorney-learner', 'en', 'call', ['attorney'], [
    'I have the lawyer now for this problem, you speak with him please.',
    'My attorney is take care of this, he will call you.',
    'Now is lawyer who handle my bills, not me.',
  ]),
  f('y-en-attorney-portal', 'en', 'portal', ['attorney'], [
    'I am represented by counsel in this matter. Please direct all correspondence to Dana Whitfield, Esq.',
    'Please be advised that I have retained an attorney. Her number is 555-0142.',
    'All further contact should go through my legal representative.',
  ]),
  f('y-es-attorney-mx', 'es', 'call', ['attorney'], [
    'Ya contraté a un licenciado, él se va a comunicar con ustedes.',
    'Mi abogada lleva mi caso, háblenle a ella.',
    'Tengo representación legal, cualquier cosa con mi abogado.',
  ]),
  f('y-en-bk-plain', 'en', 'chat', ['bankruptcy'], [
    'I filed chapter 13 last week, my case number is on the way.',
    'just so you know im going thru bankruptcy right now',
    'We declared bankruptcy in October, this bill is included.',
    'My bankruptcy lawyer says to tell you the automatic stay is in effect.',
  ]),
  f('y-es-bk', 'es', 'sms', ['bankruptcy'], [
    'estoy en bancarrota, ya lo declare en la corte',
    'Me declaré en quiebra el mes pasado, esta deuda está incluida.',
    'Presenté el capítulo 7, pronto les llega la notificación.',
  ]),
  f('y-en-deceased-relative', 'en', 'portal', ['deceased'], [
    'I am writing on behalf of my late father, who passed in September. Please send the estate information.',
    'The patient, my wife, died on June 2nd. I have the death certificate.',
    'My son is no longer with us. He passed away after the accident.',
    'Grandma passed on Tuesday. What happens to her account?',
  ]),
  f('y-es-deceased', 'es', 'call', ['deceased'], [
    'Mi esposo falleció hace dos semanas, llamo por su cuenta.',
    'Mi mamá ya no está con nosotros, murió en agosto.',
    'Le informo que el paciente falleció, soy su hija.',
  ]),
  // ------------------------------------------------------------ hard negatives
  hn('y-en-attorney-hypo', 'en', 'chat', 'attorney', ['wants_plan'], [
    'I don\'t want to involve a lawyer, can we just set up monthly payments?',
    'If I had money for an attorney I\'d have money for this bill lol. Can I pay $30 a month?',
    'Before anyone talks lawyers, can we work out a payment plan?',
  ]),
  hn('y-en-attorney-job', 'en', 'call', 'attorney', [], [
    'I work as a paralegal for a law firm, so I\'m at the office till six, call after that.',
    'My daughter just passed the bar exam, so that\'s why I missed your call, we were celebrating.',
    'I\'m a legal secretary, I know how these letters work, I just want to know the balance.',
  ]),
  hn('y-es-attorney-neg', 'es', 'chat', 'attorney', [], [
    'No tengo abogado ni lo necesito, solo quiero entender el cobro.',
    'Mi cuñado es abogado pero esto lo veo yo.',
    '¿Necesito un abogado para esto o lo puedo arreglar con ustedes?',
  ]),
  hn('y-en-bk-others', 'en', 'chat', 'bankruptcy', [], [
    'The clinic that treated me went bankrupt, so who do I even pay now?',
    'My old employer filed for bankruptcy and that\'s why my insurance lapsed.',
    'I\'m not bankrupt, just broke until payday lol',
  ]),
  hn('y-en-bk-question', 'en', 'portal', 'bankruptcy', ['bill_confusion'], [
    'Does medical debt count in a bankruptcy? Just asking, I am not filing.',
    'What happens to this bill if someone files chapter 7? I\'m curious, not planning to.',
  ]),
  hn('y-es-bk-neg', 'es', 'sms', 'bankruptcy', [], [
    'no estoy en quiebra, nomas me falta hasta el viernes',
    'La empresa donde trabajaba quebró, por eso me atrasé.',
    'Ni loco me declaro en bancarrota por esto, mejor pago poco a poco.',
  ]),
  hn('y-en-deceased-figurative', 'en', 'chat', 'deceased', [], [
    'My phone died so I missed your call.',
    'I almost died when I saw the total lol',
    'The car died on the highway, that\'s why I\'m late paying.',
    'I\'m dead tired, can you call tomorrow?',
  ]),
  hn('y-en-deceased-past', 'en', 'call', 'deceased', [], [
    'I\'ve been on my own since my husband passed years ago, so the bills come to me, that\'s fine.',
    'My mother died when I was a kid, why are you asking about her?',
  ]),
  hn('y-es-deceased-fig', 'es', 'sms', 'deceased', [], [
    'se me murió el celular por eso no conteste',
    'casi me muero del susto con esa cuenta jaja',
    'Mi papá murió hace muchos años, esta cuenta es mía.',
  ]),
  hn('y-en-cease-neg', 'en', 'sms', 'cease_communication', [], [
    'you can keep texting me, its the best way to reach me',
    'please dont stop the reminders, i forget otherwise',
    'Stop by the office? Sure, what time?',
    'My calls stopped working last week, text me instead.',
  ]),
  hn('y-es-cease-neg', 'es', 'chat', 'cease_communication', [], [
    'Pueden seguir mandándome mensajes, no hay problema.',
    'No dejen de avisarme cuando llegue la factura.',
  ]),
  hn('y-en-dispute-neg', 'en', 'call', 'dispute', ['wants_plan'], [
    'I\'m not arguing with the bill, it\'s right, I just need more time to pay.',
    'I know I owe it, no dispute there, can I split it up?',
    'The charge is correct, I just can\'t do it all at once.',
  ]),
  hn('y-es-dispute-neg', 'es', 'call', 'dispute', ['wants_plan'], [
    'Sí reconozco la deuda, nomás quiero pagarla en partes.',
    'No estoy peleando el cobro, está bien, pero necesito un plan.',
  ]),
  // ------------------------------------------------------------ the rest
  f('y-en-plan', 'en', 'sms', ['wants_plan'], ['could i do like 40 a month', 'Is there a way to pay over time?', 'can I make installments']),
  f('y-en-hardship', 'en', 'call', ['hardship'], ['Since the layoff we\'re barely keeping the lights on.', 'I\'m on a fixed income and rent just went up, there\'s nothing left over.']),
  f('y-es-confusion', 'es', 'portal', ['bill_confusion'], ['No entiendo por qué me llegó otra factura si ya me habían dicho que era cero.', '¿Qué significa "ajuste" en mi estado de cuenta?']),
  f('y-en-insurance', 'en', 'chat', ['insurance_should_pay'], ['This should have gone to my Tricare first.', 'Did you even bill my secondary insurance?']),
  f('y-en-paid', 'en', 'sms', ['already_paid'], ['i paid that online last tuesday', 'Already sent a check for the full amount.']),
  f('y-en-complaint', 'en', 'call', ['complaint'], ['The way your rep spoke to me was rude and I want it on record.', 'I\'m filing a complaint about how this was handled.']),
];
