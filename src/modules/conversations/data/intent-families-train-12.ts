/**
 * Training-only batch 12 (`sc-` families; bankruptcy and deceased: the topic mentioned without the
 * intent (hard negatives) in many voices, with positives in the same voices), always train,
 * teaching only their own intents (teachesOnlyOwnIntents). `BATCH_12_SHIPPED` is emitted by default
 * after every earlier training family (so no earlier utterance moves); the rest only by `npm run
 * train:intents -- --batch-12`, for evaluation.
 *
 * The voices: a bankruptcy denied ("I'm not filing, I just need more time"), wondered about ("if I
 * filed would this go away?"), someone else's or a business's, one discharged years ago that the
 * caller asks about, the Spanish verb quebrar in its other senses ("quebré el teléfono"); a death
 * that is someone else's and not the account's ("my neighbor died", "mi papá se murió hace años y
 * esta cuenta es mía"), grief mentioned while paying one's own bill, figures of speech ("dying to",
 * "dead broke", "me muero de", "this bill is killing me"), a death wondered about ("if I die who
 * pays?"). Beside each, positives in the same voices: the same negation, relative, past or grief,
 * but the account holder's own bankruptcy or death ("I'm not paying, I filed chapter 7 last month",
 * "my dad died and this bill is his").
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file
 * or any per-utterance output of one; only aggregate figures were known.
 */
import { bareHardNegative as hn, family as f, type IntentFamily } from './intent-families.js';
import type { Intent } from '../intent-effects.js';

const BANKRUPTCY: Intent[] = ['bankruptcy'];
const DECEASED: Intent[] = ['deceased'];

export const TRAIN_ONLY_FAMILIES_12: readonly IntentFamily[] = [
  // ------------------------------------------------------------ bankruptcy: positives in the voices below
  f('sc-en-bk-pos-negvoice', 'en', 'call', BANKRUPTCY, [
    '{hi}I\'m not paying {bill}, I filed chapter 7 {ago} and it\'s listed.',
    '{hi}I can\'t pay you anything, I\'m in an active bankruptcy.',
    '{hi}no I won\'t be making payments, this is included in my bankruptcy.',
    'don\'t send me to collections, I filed bankruptcy {ago}, case {case}',
    '{hi}I didn\'t ignore the letters, I filed for bankruptcy and my attorney sent you the notice.',
    '{hi}I\'m not refusing to pay, I\'m in chapter 13 and {bill} goes through the trustee.',
    'I never thought I\'d say it but I filed bankruptcy {ago}, please note the account',
    '{hi}you can\'t collect on this, there\'s an automatic stay, I filed {ago}.',
  ]),
  f('sc-en-bk-pos-household', 'en', 'chat', BANKRUPTCY, [
    '{hi}my husband and I filed jointly {ago}, {bill} is on our schedule.',
    '{hi}I\'m calling for my mom, the account holder, she filed chapter 7 and this hospital is a creditor.',
    'my dad is the patient and he filed bankruptcy {ago}, please send his bill to the trustee',
    '{hi}we\'re in a chapter 13 plan, this medical debt was listed.',
    'my wife handles the bills, she said we filed bankruptcy and this one is in it',
    '{hi}our bankruptcy was discharged {ago} and {bill} was part of it, why are you still billing?',
    '{hi}this debt got discharged in my bankruptcy {ago}, I have the discharge order.',
    'the bankruptcy court discharged {bill}, stop billing me',
  ]),
  f('sc-es-bk-pos-voces', 'es', 'sms', BANKRUPTCY, [
    '{hi_es}no voy a pagar, me declaré en bancarrota {ago_es} y esta cuenta está incluida',
    '{hi_es}no les puedo pagar nada, estoy en quiebra, ya presenté el caso',
    'mi esposo y yo nos declaramos en bancarrota, {bill_es} está en la lista',
    '{hi_es}llamo por mi papá, él es el paciente y se declaró en quiebra {ago_es}',
    '{hi_es}estoy en capítulo 7, mi abogado les mandó la notificación',
    'ya me descargaron las deudas en la bancarrota y esta venía incluida',
    'yo hice el bankruptcy {ago_es}, esta deuda entra ahí',
    '{hi_es}por la bancarrota no pueden cobrarme, el juez lo ordenó',
  ]),
  // ------------------------------------------------------------ bankruptcy: hard negatives
  hn('sc-en-bk-hn-negated', 'en', 'call', 'bankruptcy', [
    '{hi}I\'m not filing bankruptcy or anything, I just need a few more weeks.',
    '{hi}I don\'t want to go bankrupt over this, can we set up payments?',
    'no bankruptcy here, I just got behind, I\'ll catch up {time}',
    '{hi}I\'ve never filed bankruptcy and I don\'t plan to, I\'ll pay {bill}.',
    '{hi}bankruptcy isn\'t an option for me, I want to pay what I owe.',
    'I refuse to declare bankruptcy, my credit matters to me, just give me a few months',
    '{hi}my lawyer mentioned chapter 7 but I said no, I\'m paying this myself.',
    'not bankrupt, just broke this month lol, I\'ll pay {time}',
  ]),
  hn('sc-en-bk-hn-hypothetical', 'en', 'chat', 'bankruptcy', [
    '{hi}if I filed bankruptcy would {bill} go away? just asking',
    'what happens to medical bills in a chapter 7? I haven\'t decided anything',
    '{hi}my friend says I should file bankruptcy, I\'d rather work out a plan with you',
    'would a bankruptcy even cover hospital bills? I\'m trying to avoid it',
    '{hi}I might have to think about bankruptcy someday if this keeps up, but not now.',
    'is it true you can\'t collect if someone files? asking for later, I haven\'t filed',
    '{hi}I\'m looking into my options, bankruptcy is the last thing I want',
  ]),
  hn('sc-en-bk-hn-others', 'en', 'sms', 'bankruptcy', [
    'my ex filed bankruptcy {ago}, this account is just mine and im paying it',
    '{rel} is going through bankruptcy, not me, i just need a payment date',
    'the clinic i used to go to went bankrupt, who do i pay now?',
    'my old job filed chapter 11 so my insurance changed, thats why the bill is late',
    '{hi}the ambulance company went under, bankrupt I think, do I still pay you?',
    'my landlord went bankrupt and we had to move, new address for the bill pls',
    '{rel} told me about their chapter 13, thats not me, i pay my stuff',
    'the company that sold my debt filed for bankruptcy? who do i pay',
  ]),
  hn('sc-en-bk-hn-pastasked', 'en', 'portal', 'bankruptcy', [
    'I had a bankruptcy discharged back in {year}. Will that affect getting a payment plan now?',
    '{hi}my bankruptcy closed in {year}, this bill is from this year and I\'ll pay it, does the old one show up on your end?',
    'My credit report still shows a {year} chapter 7. Does that matter for financial assistance?',
    '{hi}I went through bankruptcy {longago}, I\'m back on my feet and I want to pay this bill in full.',
    'Question: my old bankruptcy from {year} shows on my file, is that why my plan was denied?',
    'The bankruptcy from {longago} is done and over, this is a new balance and I will pay it.',
  ]),
  hn('sc-es-bk-hn-voces', 'es', 'call', 'bankruptcy', [
    '{hi_es}no me voy a declarar en bancarrota, solo necesito más tiempo',
    '{hi_es}quebré el teléfono y por eso no contestaba, ya quiero pagar',
    'se me quebró la pantalla del celular, por eso no vi los mensajes',
    '{hi_es}la empresa donde trabajaba se fue a la quiebra, por eso me atrasé, pero voy a pagar',
    '{rel_es} se declaró en bancarrota, yo no, esta cuenta es mía',
    '{hi_es}¿si me declaro en quiebra se borra esta deuda? nomás pregunto, no lo he hecho',
    'estoy quebrado este mes jaja, le pago el viernes',
    '{hi_es}tuve una bancarrota hace años, ya terminó, esta factura es nueva y la pago',
    'mi abuelita se quebró la cadera, por eso fuimos al hospital',
    'estoy en la quiebra total este mes, pero no es bancarrota, nada más ando corto',
  ]),
  hn('sc-es-bk-hn-caribe', 'es', 'sms', 'bankruptcy', [
    'mija estoy pelao, no en bancarrota, ahorita pago algo',
    'el negocio de mi tío quebró, yo trabajaba ahí, por eso no he pagado',
    '{hi_es}no pienso declararme en quiebra, quiero hacer un plan de pagos',
    'a mi primo le quebraron la nariz jugando pelota, la cuenta del ER es mía',
    '{hi_es}¿qué pasa con las deudas médicas en una bancarrota? no es mi caso, es curiosidad',
    'quebramos con el novio pero la cuenta está a mi nombre, yo la pago',
  ]),
  f('sc-en-bk-pos-plain', 'en', 'sms', BANKRUPTCY, [
    'these bills bankrupted me, literally, i filed chapter 7 {ago}',
    'filed bk {ago}, {bill} is in it',
    'im in ch 13 now, ur on the plan, talk to my trustee',
    'the bk trustee has this account, send ur claim there',
    'my bankruptcy got approved {ago}, this one is included',
    'yes i filed, case {case}, ur listed as a creditor',
  ]),
  f('sc-es-bk-pos-plain', 'es', 'chat', BANKRUPTCY, [
    '{hi_es}estas cuentas me llevaron a la bancarrota de verdad, ya la presenté {ago_es}',
    '{hi_es}estoy en capítulo 13, esta deuda va en el plan del síndico',
    'me declaré en quiebra {ago_es}, ustedes están en la lista de acreedores',
    '{hi_es}mi caso de bancarrota es el {case}, esta factura está incluida',
  ]),
  hn('sc-en-bk-hn-relative2', 'en', 'chat', 'bankruptcy', [
    '{hi}{rel} filed chapter 7 {longago}, but {bill} is mine and I\'ll pay it.',
    '{rel} went bankrupt, not me, I\'m just asking about my own balance',
    '{hi}{rel} is in chapter 13, I\'m only helping with their mail, my account is fine.',
    '{hi}my parents went through bankruptcy when I was a kid, I pay my own bills.',
    '{rel} declared bankruptcy, does that affect my bill? we\'re not on the same account',
    '{hi}{rel} has a bankruptcy lawyer, I don\'t, I just want to pay {bill}.',
  ]),
  hn('sc-en-bk-hn-figurative2', 'en', 'sms', 'bankruptcy', [
    'these copays are gonna bankrupt me lol, can i do payments',
    'this er visit basically bankrupted me but ill pay it',
    'one more bill and ill be bankrupt, can we do {amount} a month',
    'hospital prices are bankrupting families like mine, anyway heres my payment',
    'my kids braces are bankrupting me lol, ill pay this friday',
    'im emotionally bankrupt after this week, will pay {time}',
  ]),
  hn('sc-en-bk-hn-othersense', 'en', 'chat', 'bankruptcy', [
    '{hi}I\'m the trustee of my mom\'s family trust, can I pay her bill from it?',
    'I work at BK, I get paid Friday, I\'ll pay then',
    '{hi}my kid is on chapter 11 of his book and I\'m on hold forever, can I just pay online?',
    'what does BK mean on my statement? is that the bank code?',
    '{hi}the church trustee meeting ran late, sorry I missed your call.',
    'chapter 7 of my benefits booklet says this should be covered, can you check?',
  ]),
  hn('sc-es-bk-hn-ajenas', 'es', 'chat', 'bankruptcy', [
    '{hi_es}{rel_es} se declaró en quiebra hace años, pero esta cuenta es mía y la pago',
    'estas cuentas me van a dejar en la quiebra, pero voy a pagar',
    '{hi_es}el hospital me va a mandar a la bancarrota jaja, ¿puedo pagar en partes?',
    '{rel_es} tiene un caso de bancarrota, yo no, solo pregunto por mi saldo',
    '{hi_es}la clínica de antes quebró, ¿a quién le pago ahora?',
    'ando en bancarrota emocional jaja, pero le pago {time_es}',
  ]),
  // ------------------------------------------------------------ deceased: positives in the voices below
  f('sc-en-dec-pos-voices', 'en', 'call', DECEASED, [
    '{hi}{kin} died {ago} and this bill is in their name, what do I do?',
    '{hi}I\'m not paying this, the patient was {kin} and they passed away {ago}.',
    '{hi}I\'m calling about my late husband\'s account, he passed {ago}.',
    'this is for {kin}, they passed {ago}, please send everything to the estate',
    '{hi}I\'m grieving, {kin} just passed, and I keep getting their bills. Please note the account.',
    '{hi}the account holder is deceased, I\'m the executor of the estate.',
    '{hi}my father, the patient, died {ago}; I have the death certificate.',
    'please stop the bills for {kin}, they died {ago}',
  ]),
  f('sc-es-dec-pos-voces', 'es', 'call', DECEASED, [
    '{hi_es}{kin_es} falleció {ago_es} y la cuenta está a su nombre, ¿qué hago?',
    '{hi_es}el paciente era mi papá y se murió {ago_es}, ya no le manden facturas',
    '{hi_es}le aviso que mi mamá, la titular de la cuenta, falleció {ago_es}',
    '{hi_es}mi esposo ya no está con nosotros, esta deuda era de él',
    'mi abuela murió {ago_es}, les mando el acta de defunción',
    '{hi_es}llamo por la cuenta de mi difunto esposo',
    'se nos murió mi hijo {ago_es}, la factura está a su nombre',
  ]),
  // ------------------------------------------------------------ deceased: hard negatives
  hn('sc-en-dec-hn-otherdeath', 'en', 'call', 'deceased', [
    '{hi}my neighbor died last year and I\'ve been helping his wife, anyway I want to pay my bill.',
    '{hi}my mom passed {longago}, this account is mine, I\'m the patient.',
    '{hi}{kin} passed {ago}, I\'m still catching up on my own bills, can I pay {amount} today?',
    'sorry I missed the calls, a friend of mine died and I was out of town for the funeral',
    '{hi}my dad died when I was little, so I\'m the only name on the insurance, this bill is mine.',
    '{hi}since my wife passed I handle the money myself now, I want to set up my own payment plan.',
    'my grandma passed {ago}, I just need a couple weeks to pay my balance',
    '{hi}I\'m a widow, my husband died {longago}, this bill is for my own surgery.',
  ]),
  hn('sc-en-dec-hn-figurative', 'en', 'sms', 'deceased', [
    'this bill is killing me lol',
    'im dead broke until friday, will pay then',
    'dying to get this paid off honestly',
    'my phone died, thats why i didnt answer',
    'lmao im dead, i thought i paid this already',
    'you guys are killing me with these fees',
    'the portal is dead again, can i pay by phone?',
    'over my dead body am i paying a $40 late fee, but ill pay the balance',
    'i almost died when i saw the total',
    'my car battery died so i couldnt make it to the office',
  ]),
  hn('sc-en-dec-hn-hypothetical', 'en', 'chat', 'deceased', [
    '{hi}if I die before this is paid off, does my family have to pay it?',
    'what happens to a medical bill when someone passes away? just wondering',
    '{hi}my mom is very sick, if she passes who is responsible for her bills?',
    'is the debt forgiven if the patient dies? asking for planning',
    '{hi}the form asks if the patient is deceased, I said no, I\'m the patient and I\'m alive.',
    '{hi}no one died, I just changed my number.',
  ]),
  hn('sc-es-dec-hn-voces', 'es', 'sms', 'deceased', [
    'mi papá se murió hace años y esta cuenta es mía, ¿cuánto debo?',
    'me muero de vergüenza pero no he podido pagar, ¿me dan unos días?',
    'me muero de hambre con estos cobros jaja, ya le pago',
    '{hi_es}se me murió el celular, por eso no contestaba',
    '{hi_es}mi vecino falleció {ago_es}, estuve ayudando a la familia, pero ya le pago lo mío',
    'estoy muerta de cansancio, le marco {time_es} para pagar',
    '{hi_es}mi abuelita falleció {longago_es}, la cuenta es mía, yo soy la paciente',
    '{hi_es}¿si yo me muero mi familia tiene que pagar esta deuda?',
    'casi me muero cuando vi el total, pero lo voy a pagar',
    '{hi_es}tuvimos un velorio en la familia y se me pasó la fecha, ya pago {amount_es}',
  ]),
];

/**
 * The families of this batch the shipped model is trained on: none. Its bankruptcy half (with
 * bankruptcy-only options: hard negatives weighing 6, the verifier on its own norm and on feature
 * set 4's additions) lowered false alarms on bankruptcy's own hard negatives (out of fold 0.626 ->
 * 0.779; held6 17 -> 8) but fired bankruptcy on plain cease requests ("Please stop calling me.",
 * "Ya no me llamen.") and on "I got your letter." (docs/conversations.md).
 */
export const BATCH_12_SHIPPED: readonly IntentFamily[] = [];
