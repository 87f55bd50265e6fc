/**
 * A seventh batch of training-only template families (Apache-2.0, written for Kindly), always
 * train: statements of legal representation and disputes of a bill in voices and phrasings the
 * earlier families lack (texting shorthand, voicemail transcripts without punctuation, formal
 * letters, learners of English, relatives writing for the patient, Spanglish; Mexican, Caribbean,
 * Central and South American and Spain Spanish), and their hard negatives: the word in another
 * sense, someone else's lawyer or dispute, negated, hypothetical, past and settled, asked, quoted
 * advice, a question about a bill that disputes nothing, "I don't dispute it, I just can't pay".
 * Written from general knowledge without opening any held-out family file (fixed test, fresh,
 * check, blind or held5 set) or any per-utterance output of one; only their aggregate figures
 * were known (attorney recall about 0.5-0.7 and dispute about 0.84 on the independent sets).
 *
 * Its dispute families are shipped (generate-intent-data.ts SEVENTH_BATCH_SHIPPED, emitted after
 * every other training family, so no earlier utterance moves); its attorney families are not
 * (docs/conversations.md, what was tried), emitted only by `npm run train:intents -- --batch-7`.
 * Its families teach only their
 * own intents (teachesOnlyOwnIntents): an attorney family trains attorney's first stage and
 * verifier, a dispute family dispute's, and nothing else; the `s-` prefix sorts after the `q-`
 * batch, so the folds that batch's families draw do not move either.
 */
import { bareHardNegative as hn, family as f, type IntentFamily } from './intent-families.js';
import type { Intent } from '../intent-effects.js';


const ATTORNEY: Intent[] = ['attorney'];
const DISPUTE: Intent[] = ['dispute'];

export const TRAIN_ONLY_FAMILIES_7: IntentFamily[] = [
  // ------------------------------------------------------------ attorney: English positives
  f('s-en-atty-texting', 'en', 'sms', ATTORNEY, [
    'got a lawyer now so talk to them',
    'my atty is handling this, reach out to her',
    'im repped by counsel on this one',
    'i have legal representation now fyi',
    'lawyered up. contact my attorney',
    'hired a lawer last wk, he has all the paperwork',
    'pls go thru my attorney from now on',
    'my law firm will call u',
    'i retained counsel for this bill',
    'talk to my lawyr not me',
    'this is with my lawyer now',
    'got legal help, theyll be in touch',
  ]),
  f('s-en-atty-voicemail', 'en', 'call', ATTORNEY, [
    'hi this is about the account you called about i have an attorney now his name and number are on the letter he sent you please call him',
    'yeah hello i retained a lawyer for this whole thing so any questions go to my lawyer thank you',
    'um hi im returning your call i want you to know im represented by an attorney on this matter',
    'hello this message is for billing my law office will be contacting you about this so please deal with them',
    'hi its me again i spoke to a lawyer and shes representing me now so call her office not my cell',
    'yes hi i have a lawyer working on this debt so from now on you talk to him okay bye',
  ]),
  f('s-en-atty-formal', 'en', 'portal', ATTORNEY, [
    'Please be advised that I am represented by counsel with respect to this account.',
    'I have retained an attorney regarding {bill}; kindly direct all further correspondence to my counsel.',
    'This is to notify you that the law office of my attorney now represents me in this matter.',
    'Any communication concerning this debt should be addressed to my legal representative.',
    'I write to inform you that I have engaged legal counsel. Their contact details are enclosed.',
    'Pursuant to my attorney\'s instructions, please contact their office rather than me.',
    'Kindly note that I am now represented by an attorney and will not discuss this account directly.',
  ]),
  f('s-en-atty-relative', 'en', 'portal', ATTORNEY, [
    'I am writing for {kin}, who is the patient. {kin} has an attorney handling this bill now.',
    'My mother asked me to tell you she has a lawyer for this account and you should call him.',
    'I help my dad with his mail. He hired an attorney about these charges, please contact the attorney.',
    'On behalf of {kin}: we have retained a lawyer to represent her on this debt.',
    'My grandfather is represented by counsel now; the firm asked us to let you know.',
    'My husband can\'t talk on the phone, but he has a lawyer for this, so please go through his lawyer.',
  ]),
  f('s-en-atty-learner', 'en', 'chat', ATTORNEY, [
    'I have one lawyer now for this bill, please you speak with him',
    'my lawyer he say you must call to him, not to me',
    'I am taking the attorney for this problem already',
    'the lawyer is helping me with this, he have all the papers',
    'please to contact my abogado, I mean my lawyer, he knows everything',
    'now I have attorney, I not talk about the bill anymore',
    'my son find me a lawyer, the lawyer will answer you',
  ]),
  f('s-en-atty-indirect', 'en', 'call', ATTORNEY, [
    '{hi}I\'m going to let my attorney answer that.',
    '{hi}anything about this bill, you can take up with my lawyer.',
    '{hi}my legal aid attorney is on this case now.',
    '{hi}I signed with a law firm last week, they\'re dealing with it.',
    '{hi}legal aid took my case, so please talk to them.',
    '{hi}I was told by my attorney not to discuss this with you.',
    '{hi}my lawyer said to refer you to her office.',
  ]),
  // ------------------------------------------------------------ attorney: Spanish positives
  f('s-es-atty-mx', 'es', 'call', ATTORNEY, [
    '{hi_es}ya tengo un licenciado que me está llevando el asunto, háblenle a él.',
    '{hi_es}contraté abogado para lo de {bill_es}, ya no trato con ustedes directamente.',
    'Mi abogada es la que ve todo eso ahora, yo les paso su número.',
    '{hi_es}el licenciado me dijo que ustedes se comuniquen con su despacho.',
    'Ya puse esto en manos de mi abogado, cualquier cosa con él.',
    'Un abogado me está representando en esto, por favor diríjanse a él.',
  ]),
  f('s-es-atty-caribe', 'es', 'sms', ATTORNEY, [
    'ya yo tengo abogao pa esto, hablen con él',
    'mi abogada ta encargá de eso ahora',
    'eso lo ta viendo mi licenciado, llámenlo a él',
    'conseguí un abogado, él les va a llamar',
    'ya busqué abogado mijo, no me escriban a mí sobre la cuenta',
    'tengo representación legal, comuníquense con mi abogado',
    'mi abogao me dijo que no hable con ustedes de eso',
  ]),
  f('s-es-atty-sur', 'es', 'portal', ATTORNEY, [
    'Les informo que tengo un abogado que me representa en este tema.',
    'Ya consulté y contraté a un estudio jurídico; ellos se van a comunicar con ustedes.',
    'Mi letrado está a cargo de este reclamo de cobro; diríjanse a él.',
    'Cuento con asesoría legal y mi abogada es quien responde por mí.',
    'El estudio de abogados que me representa les enviará una carta.',
    'Por indicación de mi abogado, toda comunicación sobre {bill_es} debe ser con su oficina.',
  ]),
  f('s-es-atty-espana', 'es', 'chat', ATTORNEY, [
    'Tengo abogado para este asunto, hablad con él, por favor.',
    'He contratado a un abogado y será él quien os conteste.',
    'Mi abogada lleva este tema, no me llaméis a mí.',
    'Ya lo he puesto en manos de un despacho de abogados.',
    'Me representa un abogado, os paso sus datos.',
  ]),
  f('s-es-atty-familiar', 'es', 'portal', ATTORNEY, [
    'Escribo por {kin_es}, que es el paciente: ya tiene abogado para esta cuenta.',
    'Mi mamá me pidió avisarles que un abogado la está representando con esta deuda.',
    'Soy la hija del paciente; mi papá contrató un licenciado y pide que hablen con él.',
    'Le ayudo a mi abuelo con sus papeles: su abogada se va a comunicar con ustedes.',
    'De parte de {kin_es}: tiene representación legal, favor de contactar a su abogado.',
  ]),
  f('s-es-atty-spanglish', 'es', 'sms', ATTORNEY, [
    'ya tengo un lawyer, hablen con él',
    'mi attorney va a llamar para lo del bill',
    'el lawyer me dijo que no hable con ustedes',
    'contraté un attorney, cualquier cosa with him',
    'tengo abogado now, no me llamen a mí sobre esto',
    'mi lawyer tiene todos los papers del hospital',
  ]),
  // ------------------------------------------------------------ attorney: English hard negatives
  hn('s-en-atty-othersense', 'en', 'chat', 'attorney', [
    'I work as a paralegal, so I read these statements closely.',
    'The district attorney\'s office is down the street from your clinic.',
    'I\'m in law school and I can\'t pay until my loan comes in.',
    'My daughter wants to be a lawyer when she grows up.',
    'I watched a lawyer show last night and fell asleep before paying this.',
    'Can I pay at the counter next to the legal services office?',
  ]),
  hn('s-en-atty-someoneelse', 'en', 'call', 'attorney', [
    '{rel} has a lawyer for her divorce, nothing to do with this bill.',
    '{rel} is an attorney and said your statement looks normal.',
    'My landlord\'s lawyer sent me a letter, not about you.',
    '{kin} got a lawyer for his car accident, I\'m just calling to pay mine.',
    'My company\'s lawyers handle my work contract, this is personal, I can pay it.',
  ]),
  hn('s-en-atty-negated', 'en', 'sms', 'attorney', [
    'i dont have a lawyer, just want to set up payments',
    'no lawyer involved, i just need more time',
    'im not getting an attorney over this, lets work it out',
    'never hired a lawyer, dont need one',
    'no i am not represented by anyone',
    'i cant afford a lawyer lol i can barely afford this bill',
  ]),
  hn('s-en-atty-hypothetical', 'en', 'portal', 'attorney', [
    'Do I need a lawyer for a medical bill this size?',
    'Should I talk to an attorney before I sign the payment plan?',
    'If this goes to collections, would I need a lawyer?',
    'My friend told me to get a lawyer, but I would rather just work it out with you.',
    'Someone online said "lawyer up", but I don\'t think that\'s necessary.',
    'Is it true that an attorney could get this reduced?',
  ]),
  hn('s-en-atty-past', 'en', 'call', 'attorney', [
    '{hi}I had a lawyer {longago} for a different case, that\'s all over.',
    '{hi}my old attorney retired, and I don\'t have one anymore.',
    '{hi}back when I got hurt I used a lawyer, but this bill I\'ll handle myself.',
    '{hi}the lawyer I had for my divorce is long gone, I\'m calling about a payment.',
  ]),
  // ------------------------------------------------------------ attorney: Spanish hard negatives
  hn('s-es-atty-negado', 'es', 'sms', 'attorney', [
    'no tengo abogado, solo quiero pagar en partes',
    'no voy a contratar abogado, arreglemos esto',
    'ni abogado tengo, ni lo necesito',
    'no me representa nadie, yo misma veo lo de la cuenta',
    'un abogado sale más caro que la factura jaja',
  ]),
  hn('s-es-atty-otros', 'es', 'call', 'attorney', [
    '{rel_es} es abogado y me dijo que la factura se ve bien.',
    'El abogado de mi casero me mandó una carta, pero no tiene que ver con ustedes.',
    '{rel_es} tiene un abogado por lo del choque, yo llamo por mi cuenta.',
    'Mi hijo estudia para abogado y me ayuda a leer las cartas.',
    'Trabajo en un bufete limpiando oficinas y cobro el viernes, ahí les pago.',
  ]),
  hn('s-es-atty-pregunta', 'es', 'portal', 'attorney', [
    '¿Necesito un abogado para arreglar esta deuda?',
    'Si no puedo pagar, ¿tendría que buscar abogado?',
    'Mi vecina dice que consiga abogado, pero yo prefiero hablar con ustedes.',
    'Hace años tuve un abogado por otro asunto, ya no.',
    '¿Un abogado me podría ayudar a bajar la cuenta?',
  ]),
  // ------------------------------------------------------------ dispute: English positives
  f('s-en-dispute-texting', 'en', 'sms', DISPUTE, [
    'this aint my charge',
    'i never got that service so y am i being billed',
    'wrong amt on my bill, its way off',
    'u charged me twice for the same visit',
    'i dont owe this, fix it',
    'that $ is not mine, never been there',
    'this bill is wrong, i dispute it',
    'double billed again smh',
    'nope not paying a charge i didnt get',
    'thats not my acct',
  ]),
  f('s-en-dispute-voicemail', 'en', 'call', DISPUTE, [
    'hi im calling about a bill i got for a visit i never had i was not at that clinic on that date so please take it off',
    'yeah hello i got charged twice for the same lab work and i want one of those removed',
    'um hi the amount on this statement is wrong i was quoted way less and i dont agree with it',
    'hello i want to dispute a charge on my account for an ambulance ride i never took',
    'hi this is about the bill you sent me its not mine i think you have the wrong patient on it',
    'yes hi i am disputing this balance i already showed insurance paid it and you still say i owe',
  ]),
  f('s-en-dispute-formal', 'en', 'portal', DISPUTE, [
    'I am writing to formally dispute the charges listed on the enclosed statement.',
    'I dispute the validity of this debt and request verification of the amount claimed.',
    'Please provide an itemized bill and proof that these services were rendered to me.',
    'I do not acknowledge this balance as mine. Please send validation of the debt.',
    'This letter is a formal dispute of {bill}; the services billed were never received.',
    'I contest the amount of this invoice, which does not match the estimate I was given.',
    'Kindly investigate this charge, which I believe was billed in error.',
  ]),
  f('s-en-dispute-proof', 'en', 'chat', DISPUTE, [
    'Show me proof I owe this before I pay a cent.',
    'I want documentation for {bill}, I don\'t think it\'s legit.',
    'Prove it. Send me the records showing I had {svc}.',
    'I\'m not paying until you validate this debt in writing.',
    'Where is the paperwork that says this is mine? I don\'t believe it is.',
    'I need an itemized statement, because some of these charges are not right.',
  ]),
  f('s-en-dispute-learner', 'en', 'chat', DISPUTE, [
    'this charge is not for me, I never go to this hospital',
    'you charge me two times for the same thing, is mistake',
    'the bill say I owe too much, this is not correct',
    'I not receive this service, why you bill me',
    'I no agree with this bill, is wrong',
    'they put on my account the surgery of other person',
  ]),
  // ------------------------------------------------------------ dispute: Spanish positives
  f('s-es-dispute-mx', 'es', 'call', DISPUTE, [
    '{hi_es}ese cobro no es mío, yo nunca fui a esa clínica.',
    '{hi_es}me cobraron dos veces la misma consulta.',
    'La cantidad está mal, me dijeron que iba a salir mucho menos.',
    '{hi_es}no reconozco {bill_es}, quiero que lo revisen.',
    'Yo no recibí ese servicio, no tengo por qué pagarlo.',
    '{hi_es}quiero disputar este cargo, está equivocado.',
  ]),
  f('s-es-dispute-caribe', 'es', 'sms', DISPUTE, [
    'eso no e mío, yo no fui pa allá',
    'me cobraron doble, arréglenlo',
    'esa cuenta ta mala, no debo eso',
    'yo no me hice esos análisis, quítenme ese cargo',
    'ese bill ta equivocao, no lo voy a pagar así',
    'no debo eso mija, revisen bien',
  ]),
  f('s-es-dispute-formal', 'es', 'portal', DISPUTE, [
    'Por medio de la presente impugno los cargos que aparecen en el estado de cuenta.',
    'No reconozco esta deuda y solicito que me envíen la documentación que la respalde.',
    'Solicito una factura detallada y prueba de que los servicios me fueron prestados.',
    'Presento una disputa formal por {bill_es}, ya que el monto no corresponde.',
    'Les pido verificar este cobro, que considero erróneo.',
    'Me han facturado un procedimiento que no se me realizó; pido su anulación.',
  ]),
  f('s-es-dispute-sur-espana', 'es', 'chat', DISPUTE, [
    'Me están cobrando algo que no corresponde, eso no me lo hicieron.',
    'Ese importe está mal, me habéis cobrado de más.',
    'No debo esa plata, revisen porque es un error.',
    'Me facturasteis dos veces la misma prueba.',
    'Quiero que me muestren el comprobante de que eso es mío.',
    'Esa deuda no es mía, debe ser de otra persona con mi nombre.',
  ]),
  // ------------------------------------------------------------ dispute: hard negatives
  hn('s-en-dispute-question', 'en', 'chat', 'dispute', [
    'Can you explain what this charge is for?',
    'What does this code on my statement mean?',
    'Why did my balance go up this month? Just want to understand it.',
    'Is this the bill from my visit in {month}?',
    'Can you send me a copy of the statement for my records?',
    'How much of {bill} did insurance cover?',
  ]),
  hn('s-en-dispute-cantpay', 'en', 'call', 'dispute', [
    '{hi}I don\'t dispute it, I just can\'t pay it all right now.',
    '{hi}I know I owe this, I\'m not arguing, I need more time.',
    '{hi}the bill is correct, I just don\'t have the money this month.',
    '{hi}yes it\'s mine, no question, can we do payments?',
    '{hi}I\'m not contesting anything, I just want a plan.',
  ]),
  hn('s-en-dispute-pastother', 'en', 'portal', 'dispute', [
    'I disputed a charge {ago} and it was fixed, thank you, this bill looks right.',
    'The error from last year was corrected, so I\'m paying the rest now.',
    '{rel} is disputing a bill with her phone company, she says hi.',
    'My credit card dispute with an online store is why my card was declined, I\'ll use another.',
    'We settled the billing mix-up already; I just need the new balance.',
  ]),
  hn('s-es-dispute-neg', 'es', 'sms', 'dispute', [
    'no estoy diciendo que no lo deba, solo que no me alcanza',
    'sí es mío el cobro, ¿me explican qué es este código?',
    'la cuenta está bien, nomás quiero pagar en partes',
    '¿por qué subió el saldo este mes? nomás pregunto',
    'ya arreglaron el error de la otra vez, gracias, ahora pago',
    '{rel_es} tiene un reclamo con la compañía de luz, no con ustedes',
  ]),
];
