/**
 * A ninth held-out set, "held9" (Apache-2.0, written for Kindly): template families written in
 * one sitting on 2026-12-07 (from 18:22 UTC), from general knowledge of how patients, families and
 * callers talk to a hospital billing office or its collection agency, by an author who opened only
 * the held8 file (for the format and the helpers it imports) and no other family file, nor the
 * generated utterances, and committed before any model was read on them. Kept UNREAD: no model's
 * figures on it are read until a later pass reads it once, for a decision written down beforehand.
 * Voices: a dialysis patient, a commercial fisherman, a long-term-care resident's daughter, a
 * trucker's dispatcher relaying a message, a court-appointed guardian, a teacher on summer break,
 * a line cook / chef, a nurse who is herself a patient, a retired Marine, a teenager with her own
 * bill, a paralegal, a legal aid office and a law school clinic; Spanish from Cuba, Guatemala (a
 * K'iche' speaker with basic Spanish), Costa Rica, Paraguay, Andean Peru, the Dominican Republic
 * and Madrid, and Spanglish from Texas. Call transcripts, SMS, chat and portal notes / emails.
 * Legal representation said many ways (retained counsel, legal aid, a clinic, "mi licenciado", a
 * paralegal calling, "abogado de oficio", a letter of representation), often by someone speaking
 * for the patient; deaths, bankruptcy, disputes and cease requests; hard negatives for every
 * critical intent in both languages (negated, hypothetical, quoted, someone else's, past and
 * settled, asked as a question, figurative); two-intent utterances; relatives in everyday talk with
 * no critical intent. Always test, never trained or tuned on, never edited after its first run.
 * Expanded with its own seeded generator (generate-intent-data.ts), after held8, so no earlier
 * utterance moves.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';

/** Kept unread: in no report or bench run until a later pass reads it once, for a decision written down beforehand. */
export const HELD_9_FAMILIES: IntentFamily[] = [
  // ------------------------------------------------------------ critical positives: dispute (EN)
  f('h9-en-dispute-dialysis', 'en', 'call', ['dispute'], [
    "{hi}I do dialysis three times a week at the outpatient unit, Monday Wednesday Friday. You billed me for a Thursday session. I wasn't there, that chair wasn't mine. I want that taken off.",
    "{hi}you charged me for a full treatment the day they sent me home after twenty minutes because the machine alarmed. I'm not paying for a run I didn't get.",
    "{hi}these charges are for the wrong facility. I go to the east unit, not the one downtown. This isn't my bill and I'm challenging it.",
    "{hi}I want to contest {bill}. The kidney center already billed {ins} for those same dates, so this is a duplicate.",
    "{hi}please put in writing that I dispute the balance. I want the itemized treatment log showing every session you say I had.",
  ]),
  f('h9-en-dispute-chef', 'en', 'portal', ['dispute'], [
    'I burned my hand on the line and came in for a dressing change, that is all. The statement shows a skin graft consult I never had. I do not owe that portion and want it reversed.',
    'Re: account statement. You have me down for two urgent care visits in one afternoon. There was one. I am disputing the second charge in full.',
    'The amount is simply wrong. My workers comp adjuster approved the visit and I was told I owed nothing. I do not accept this balance until you show me otherwise.',
    'I never had {svc}. I was plating dinner service for two hundred people that night, my whole kitchen can vouch for me. Please verify this debt.',
    'Whoever entered this charge made a mistake. Take the splint off my bill, they handed me an ace bandage. I object to paying for equipment I never received.',
  ]),
  f('h9-en-dispute-teen', 'en', 'sms', ['dispute'], [
    'hi this is the patient, im 18 now so the bill comes to me. i never got {svc} tho?? thats not mine',
    'um that amount is wrong. i had like a 10 min visit for a sprained ankle and ur saying i owe {amount} more for an xray they never did',
    'this isnt my charge. pretty sure u mixed me up w someone else, i want it fixed before i pay anything',
    'i dont agree w this bill at all. can u send proof of what they actually did bc i literally sat in the waiting room and left',
    'not paying that lab fee, nobody drew my blood. pls remove it',
  ]),
  f('h9-en-dispute-marine', 'en', 'portal', ['dispute'], [
    'To the billing office: I am a retired Marine and I keep every receipt. Your invoice lists an overnight observation stay. I was discharged the same afternoon. I formally dispute this debt and request validation.',
    'Subject: Disputed charge. The ambulance transport on {bill} was from the VA, not your hospital. You are billing me for a ride you did not provide. Remove it.',
    'I reject this statement. I have my discharge papers and they do not match your line items. Until you produce the records, I consider this amount not owed.',
    'This charge is inaccurate. The procedure code is for a knee scope; I had a cortisone shot. Correct it or send me proof.',
    'I do not owe {debt}. Please mark the account as disputed and send me the documentation you are relying on, in writing.',
  ]),
  // ------------------------------------------------------------ critical positives: dispute (ES)
  f('h9-es-dispute-cuba', 'es', 'call', ['dispute'], [
    '{hi_es}mira, mi amor, yo no me hice {svc_es} en ese hospital ni en ningún lado. Eso no es mío, quítenmelo de la cuenta.',
    '{hi_es}asere, esto está mal. Me están cobrando dos veces la misma radiografía. Yo no voy a pagar lo que no me hicieron.',
    '{hi_es}yo estuve en Miami esa semana entera, trabajando en la construcción. Esa visita no la reconozco, chica.',
    '{hi_es}no estoy conforme con ese cobro de {amount_es}. Quiero que me manden el papel con todo detallado porque eso no es así.',
    '{hi_es}oye, esa deuda no es mía. Revisen bien que yo nunca he pisado esa clínica.',
  ]),
  f('h9-es-dispute-kiche', 'es', 'call', ['dispute'], [
    '{hi_es}yo no fue a ese hospital, señorita. Yo no sabe por qué mandan ese papel. No es mi cuenta.',
    '{hi_es}ese cobro no es de mí. Mi nombre sí, pero yo no estuvo enfermo ese día, yo trabajando en el campo.',
    '{hi_es}disculpe, mi español poquito. Ese dinero yo no debe. Nunca hicieron {svc_es} a mí.',
    '{hi_es}me cobran dos veces, una vez nada más yo fue. La otra no es de mí, quiten por favor.',
    '{hi_es}no está bien ese papel. Yo no pidió ambulancia, yo llegó caminando con mi hermano.',
  ]),
  f('h9-es-dispute-madrid', 'es', 'portal', ['dispute'], [
    'Buenas tardes. Estaba de viaje por trabajo en vuestra ciudad y me atendieron en urgencias, vale, pero la factura incluye una resonancia que no me hicieron. No pienso abonar ese concepto.',
    'Os escribo porque el importe es incorrecto. Me cobráis dos consultas y solo fue una. Solicito que rectifiquéis la factura.',
    'No estoy de acuerdo con {bill_es}. Quiero impugnarlo formalmente y que me enviéis el desglose de cada cargo.',
    'Tío, esto es un despropósito: una sutura que nunca me pusieron. Reclamo que lo anuléis.',
    'Esa deuda no me corresponde. Mi seguro de viaje ya pagó la atención y el resto de la factura no la reconozco.',
  ]),
  // ------------------------------------------------------------ critical positives: cease (EN)
  f('h9-en-cease-fisherman', 'en', 'sms', ['cease_communication'], [
    "im out on the boat for weeks at a time, no signal. stop texting this number, mail my house and my wife will open it",
    'quit calling, i cant answer on the water and the voicemail fills up. letters only from now on',
    "do not contact me by phone anymore. ive asked twice. anything you need, send it by mail",
    '{stopverb} {chan}. i check mail when we get back to port',
    'take this number off your list please. no more calls or texts',
  ]),
  f('h9-en-cease-teacher', 'en', 'chat', ['cease_communication'], [
    "I'm a teacher and you've been calling the school's front office looking for me. Do not call my workplace again, ever.",
    "It's summer break and I'd like to actually rest. Please stop calling and texting me. Email is fine, nothing else.",
    'I am revoking consent for phone calls and text messages to my cell. Written correspondence only.',
    "Please stop leaving voicemails. I have asked before. I never want to hear another robocall from you.",
    'No more emails to my school address, please. That account belongs to the district.',
  ]),
  f('h9-en-cease-ltcdaughter', 'en', 'call', ['cease_communication'], [
    "{hi}my mother lives in a long-term care home and your calls ring the nurses' station. She gets confused and agitated. Stop calling her there. Send mail to me.",
    "{hi}I'm her daughter and I handle her mail. Please do not phone the facility anymore, it's upsetting the residents.",
    "{hi}she can't manage phone calls, she has dementia. I'm asking you to stop contacting her directly, by phone or text.",
    "{hi}you have to stop calling the nursing home. Write to the address on file and I'll deal with it.",
  ]),
  // ------------------------------------------------------------ critical positives: cease (ES)
  f('h9-es-cease-costarica', 'es', 'sms', ['cease_communication'], [
    'diay mae, ya dejen de {chan_es}, ya les dije que no quiero que me contacten por aquí',
    'upe, por favor no me llamen más al celular. manden todo por correo y listo',
    'ya no me escriban a este número, se los pido por favor. solo por escrito',
    'no me sigan llamando al trabajo, me van a meter en problemas con el jefe',
    'les pido que dejen de mandarme mensajes. cualquier cosa, carta',
  ]),
  f('h9-es-cease-paraguay', 'es', 'chat', ['cease_communication'], [
    'che, ya no me llamen más por favor, me llaman a cada rato y no puedo trabajar',
    'no quiero que me sigan escribiendo por WhatsApp. Si necesitan algo, me mandan una carta nomás',
    'les pido formalmente que dejen de contactarme por teléfono. Por escrito, luego.',
    'ya basta de llamadas, nde. No me llamen más a este número.',
    'dejen de {chan_es} a mi casa, mi mamá se asusta cada vez que suena el teléfono',
  ]),
  f('h9-es-cease-spanglish', 'es', 'sms', ['cease_communication'], [
    'ya no me textees a este number porfa, no quiero mas mensajes',
    'stop calling me al trabajo, mi supervisor ya me dijo algo. mandenme una carta',
    'no me vuelvan a llamar, ok? todo por mail nomas',
    'dejen de {chan_es}, im serious. ya les dije muchas veces',
    'please no mas llamadas a mi cell, solo por correo',
  ]),
  // ------------------------------------------------------------ critical positives: attorney (EN)
  f('h9-en-attorney-paralegal', 'en', 'call', ['attorney'], [
    "{hi}this is Dana, I'm a paralegal with the firm representing your patient on this account. Please direct all further contact to our office.",
    "{hi}I'm calling from a law office on behalf of our client. We've been retained regarding her hospital bills and we're faxing over a letter of representation today.",
    "{hi}I'm a paralegal, our attorney represents the account holder. Please contact our office about it; I can give you the file number.",
    "{hi}our firm sent a notice of representation {ago}. You called our client again yesterday. All communication goes through counsel.",
    "{hi}I'm with the attorney's office handling this patient's injury claim, including these medical charges. Please note the account.",
  ]),
  f('h9-en-attorney-legalaid', 'en', 'portal', ['attorney'], [
    'I have a caseworker at the legal aid society who is representing me on this debt. Her name and number are below. Please contact her, not me.',
    'Legal aid is helping me with this account now. They asked me to tell you that I have a lawyer and to send everything to their office.',
    'I got free legal help through the county legal services program. The attorney there is handling this bill. Please deal with him.',
    'Per my legal aid attorney: I am represented in connection with this account. Contact information for counsel is attached.',
  ]),
  f('h9-en-attorney-guardian', 'en', 'call', ['attorney'], [
    "{hi}I'm the court-appointed guardian for the patient. The court also appointed him an attorney, and she's asked that all billing questions go to her.",
    "{hi}I'm the guardian of the estate for this adult ward. His counsel is handling the hospital balance. I'll give you her bar number and office line.",
    "{hi}as his guardian I've hired a {lawyer} to handle his medical debts. Please call the law office from now on.",
    "{hi}the patient has a lawyer through the guardianship case. Any question about the account goes to his attorney.",
  ]),
  f('h9-en-attorney-dispatcher', 'en', 'call', ['attorney'], [
    "{hi}I'm the dispatcher at a trucking outfit, one of my drivers is on the road and asked me to pass this along. He's got a {lawyer} on that hospital bill and you should call the lawyer.",
    "{hi}calling for one of my drivers, he can't talk while he's hauling. He said to tell you his attorney is handling it and he'll have the lawyer send you a letter.",
    "{hi}message from my driver: he retained counsel over the crash, the hospital bills included. Go through his lawyer on it.",
    "{hi}I'm just relaying for a driver. He says he's represented by an attorney on this account. I've got the lawyer's number if you want it.",
  ]),
  f('h9-en-attorney-clinic', 'en', 'chat', ['attorney'], [
    "hi, a law school clinic took my case. a student attorney and her supervising professor are representing me on this medical debt",
    "the consumer law clinic at the university is my counsel now. they said to send any collection letters to them",
    "I'm being represented by the legal clinic, they'll be mailing you a letter of representation. please contact them about it",
    "just so you know, my {lawyer} from the clinic is handling this balance now. I can paste her email",
  ]),
  f('h9-en-attorney-nurse', 'en', 'portal', ['attorney'], [
    'I am a nurse, and I was also the patient here. Because of what happened during my surgery, I have retained an attorney. All communication about this bill should go through his office.',
    'My malpractice attorney has asked that you not contact me about these charges. Please send correspondence to the firm.',
    'I have legal representation regarding this admission. My lawyer will be in touch; in the meantime, please direct questions to her.',
    'Please note my counsel of record on this account. I will not be discussing the balance directly.',
  ]),
  // ------------------------------------------------------------ critical positives: attorney (ES)
  f('h9-es-attorney-dominicana', 'es', 'call', ['attorney'], [
    '{hi_es}mi licenciado es el que está viendo eso ahora. Llámenlo a él, yo le doy el número.',
    '{hi_es}mire, yo ya le pasé la vaina esa a mi licenciado. Él me dijo que no hablara con ustedes de la cuenta.',
    '{hi_es}tengo un abogado que me representa con lo del accidente y esa factura está incluida. Hablen con él.',
    '{hi_es}eso lo tiene el licenciado Peña, él es mi abogado. Todo lo de esa deuda, con él.',
    '{hi_es}ya yo contraté un {abogado_es}. Ustedes me tienen que llamar al bufete, no a mí.',
  ]),
  f('h9-es-attorney-peru', 'es', 'call', ['attorney'], [
    '{hi_es}me han puesto un abogado de oficio, pues, él está viendo mi caso con el hospital. Con él hablen nomás.',
    '{hi_es}mi doctor abogado me dijo que ya no converse de la deuda. Él les va a llamar a ustedes.',
    '{hi_es}ahorita tengo abogado, señorita. Un defensor me está representando. A él llámenle, él ve todo.',
    '{hi_es}la asesoría legal gratuita me está ayudando con esta cuenta. El abogado de ahí se va a comunicar con ustedes.',
  ]),
  f('h9-es-attorney-madrid', 'es', 'portal', ['attorney'], [
    'Les comunico que he designado letrado para este asunto. En adelante, cualquier comunicación relativa a la factura deberá dirigirse a su despacho.',
    'Mi abogada lleva este tema. Os adjunto sus datos; por favor, contactad con ella y no conmigo.',
    'Tengo representación legal en relación con esta deuda. El bufete os enviará un escrito de representación en los próximos días.',
    'Ya he puesto el asunto en manos de un abogado. No voy a tratar el importe directamente.',
  ]),
  f('h9-es-attorney-spanglish', 'es', 'chat', ['attorney'], [
    'hola, mi lawyer esta handling esto ahora, llamen a su office porfa',
    'ya tengo attorney para lo del accidente y la bill del hospital va incluida. hablen con el',
    'la paralegal de mi abogado les va a mandar una carta, el me representa en esto',
    'mi {abogado_es} dijo que no les conteste nada de la cuenta, que todo por medio de el',
  ]),
  f('h9-es-attorney-forparent', 'es', 'call', ['attorney'], [
    '{hi_es}le hablo por mi papá, el paciente. Ya le conseguimos un abogado y él lleva todo lo de las cuentas del hospital. Llamen a su oficina.',
    '{hi_es}soy la hija de la señora. Ella tiene abogado ahora por lo de la caída en el asilo, y esta factura la ve él.',
    '{hi_es}mi mamá está representada por una abogada de la ayuda legal. Nos pidió que les dijéramos que se comuniquen con ella.',
    '{hi_es}llamo de parte de mi hermano, que está hospitalizado. Su {abogado_es} ya está encargado de esa deuda.',
  ]),
  // ------------------------------------------------------------ critical positives: bankruptcy (EN)
  f('h9-en-bankruptcy-chef', 'en', 'call', ['bankruptcy'], [
    "{hi}my restaurant closed and I filed personal bankruptcy {ago}. Your hospital bill is on my creditor list. Case {case}.",
    "{hi}I'm in a chapter 7 right now. The automatic stay means you can't collect on this. Do you need the case number?",
    "{hi}this was included in my bankruptcy. I got the discharge {ago}, so I don't owe it anymore.",
    "{hi}I filed chapter 13, everything goes through the trustee, including this medical bill.",
  ]),
  f('h9-en-bankruptcy-marine', 'en', 'portal', ['bankruptcy'], [
    'Notice: I filed for bankruptcy protection under chapter 7 on the date listed in the attached notice. Case number {case}. This account is a scheduled debt.',
    'You are attempting to collect a debt that was discharged in bankruptcy. I have enclosed the discharge order. Cease collection.',
    'I have an open chapter 13 case and this hospital is a listed creditor. File a proof of claim with the trustee.',
    'Please update your file: bankruptcy filed {ago}, case {case}, your balance included.',
  ]),
  f('h9-en-bankruptcy-fisherman', 'en', 'sms', ['bankruptcy'], [
    'lost the boat last season and had to file bankruptcy. ur bill is in it. case {case}',
    'im in chapter 7, case number is {case}',
    'that debt got wiped in my bankruptcy {ago}, check with the court',
    'filed for bankruptcy {ago}. you should have got a notice from the court',
  ]),
  // ------------------------------------------------------------ critical positives: bankruptcy (ES)
  f('h9-es-bankruptcy-dominicana', 'es', 'call', ['bankruptcy'], [
    '{hi_es}yo me declaré en bancarrota {ago_es}, y esa deuda del hospital entró en el caso. El número es {case}.',
    '{hi_es}estoy en un capítulo 7, la corte les mandó el aviso. Ustedes no me pueden cobrar eso.',
    '{hi_es}esa cuenta quedó perdonada en la bancarrota, ya tengo la descarga de la corte.',
    '{hi_es}metí la bancarrota porque no pude con tantas deudas. El hospital está en la lista de acreedores.',
  ]),
  f('h9-es-bankruptcy-spanglish', 'es', 'sms', ['bankruptcy'], [
    'ya hice file para bankruptcy, la bill del hospital va incluida. case {case}',
    'estoy en chapter 13, todo se paga por el trustee, no directo a ustedes',
    'esa deuda se fue en mi bancarrota {ago_es}, ya me dieron el discharge',
    'me declaré en bankruptcy, la corte dice que ya no me pueden cobrar',
  ]),
  f('h9-es-bankruptcy-paraguay', 'es', 'portal', ['bankruptcy'], [
    'Les informo que me presenté en bancarrota en la corte federal, caso número {case}. El saldo con el hospital está incluido en la lista.',
    'Estoy en proceso de quiebra bajo el capítulo 7. Por favor, suspendan el cobro de esta cuenta.',
    'Esta deuda fue liberada en mi bancarrota {ago_es}. Adjunto la orden de la corte.',
    'Presenté capítulo 13 y el plan de pagos con el fideicomisario incluye la factura del hospital.',
  ]),
  // ------------------------------------------------------------ critical positives: deceased (EN)
  f('h9-en-deceased-ltcdaughter', 'en', 'call', ['deceased'], [
    "{hi}my mother was a resident at the care home and she passed away {ago}. I'm her daughter. The bills are still coming in her name.",
    "{hi}I'm calling to let you know the patient died. She'd been in long-term care for six years. I have the death certificate if you need it.",
    "{hi}Mom passed in her sleep at the nursing home. I'm going through her mail and found your statement.",
    "{hi}the account holder is deceased. I'm her daughter and the executor; where do I send the paperwork?",
  ]),
  f('h9-en-deceased-guardian', 'en', 'portal', ['deceased'], [
    'I was the court-appointed guardian of the patient. He died {ago}, and my guardianship ended with his death. Please direct future statements to his estate.',
    'Notification of death: my former ward passed away at your hospital. I am informing you as required; the probate court will appoint an administrator.',
    'The patient on this account is deceased. I served as her guardian. I have no authority over her affairs anymore, but wanted you to know.',
    'He passed on {month}. I was his guardian, and I am closing out his accounts with the court. Your bill should go to the estate.',
  ]),
  f('h9-en-deceased-nurse', 'en', 'chat', ['deceased'], [
    "hi, I'm a nurse, and my husband was a patient in your ICU. He died {ago}. I need to know what happens to his balance",
    "the patient, my father, passed away on your unit. I worked there for years, which makes this harder. please update his account",
    "I'm reporting a death. {kin} died after the surgery. what do you need from the family",
    "my brother passed away. I'm his next of kin and I'll be handling his medical bills",
  ]),
  // ------------------------------------------------------------ critical positives: deceased (ES)
  f('h9-es-deceased-peru', 'es', 'call', ['deceased'], [
    '{hi_es}mi papacito ya falleció, pues, {ago_es}. La cuenta está a su nombre todavía.',
    '{hi_es}le llamo por mi mamita, señorita. Ella murió en el hospital, ya la enterramos allá en el pueblo.',
    '{hi_es}el señor de la cuenta era mi tío, ya se nos fue. Ya no está con nosotros.',
    '{hi_es}mi esposo ha fallecido {ago_es}. Yo tengo el certificado de defunción, ¿a dónde lo mando?',
  ]),
  f('h9-es-deceased-kiche', 'es', 'call', ['deceased'], [
    '{hi_es}mi papá ya murió, señorita. Él ya no está. Ustedes siguen mandando papel para él.',
    '{hi_es}mi esposa se murió en el hospital {ago_es}. Yo no sabe qué hacer con ese cobro.',
    '{hi_es}el paciente era mi hermano, ya falleció. Yo llama para avisar.',
    '{hi_es}mi mamá ya se murió. Mi sobrino ayuda a mí con el teléfono para decir a ustedes.',
  ]),
  f('h9-es-deceased-costarica', 'es', 'portal', ['deceased'], [
    'Buenas. Les escribo para avisar que mi abuelo falleció {ago_es}. Era el titular de esta cuenta.',
    'Mi mamá murió estando de vacaciones aquí y nos quedó la factura del hospital. Adjunto el acta de defunción.',
    'Les comunico el fallecimiento de mi esposo, el paciente. Por favor actualicen el expediente.',
    'Mi hermana falleció en su hospital. Soy la albacea y me encargo de sus asuntos.',
  ]),
  // ------------------------------------------------------------ hard negatives: dispute (EN)
  hn('h9-en-dispute-neg-dialysis', 'en', 'call', 'dispute', [], [
    "{hi}I'm not arguing with the bill. I go to dialysis three times a week, I know those sessions were mine.",
    "{hi}the man in the next chair at my unit is fighting his bill, but mine's correct. I'm just calling to check the balance.",
    "{hi}I had a wrong charge back in {month} and you already took it off. No problem there anymore.",
    "{hi}I looked it all over and it matches what I had done. Nothing to contest.",
  ]),
  hn('h9-en-dispute-neg-question', 'en', 'chat', 'dispute', ['bill_confusion'], [
    'what does "validation notice" mean on this letter? im not saying the bill is wrong, i just dont get the wording',
    'can you explain the line that says "room and board"? not challenging it, just never seen it',
    'why is this statement different from the last one? im not disputing it, I just want to understand',
    'the letter mentions "if you dispute this debt" — do I have to do something? I think the amount is right, I just dont understand the notice',
  ]),
  hn('h9-en-dispute-neg-figurative', 'en', 'sms', 'dispute', [], [
    'my kids fight over everything but not over this, lol. ill pay it friday',
    "no arguments from me, the bill is fair. sending payment tonight",
    'the chef and I had a dispute about the menu today, unrelated lol. anyway got your text, the balance looks right',
    "can't argue with that. thanks for the reminder",
  ]),
  // ------------------------------------------------------------ hard negatives: dispute (ES)
  hn('h9-es-dispute-neg-cuba', 'es', 'call', 'dispute', [], [
    '{hi_es}no, mi amor, yo no estoy reclamando nada. La cuenta está bien, yo sé que fui.',
    '{hi_es}mi vecina peleó su factura y se la bajaron, pero la mía está correcta, chica.',
    '{hi_es}el año pasado tuve un cobro equivocado, pero ya lo arreglaron. Eso quedó.',
    '{hi_es}yo no tengo queja de los cargos. Solo llamaba para saber el saldo.',
  ]),
  hn('h9-es-dispute-neg-madrid', 'es', 'portal', 'dispute', ['bill_confusion'], [
    'La carta dice que tengo derecho a impugnar la deuda. ¿Qué significa eso exactamente? No digo que esté mal, solo no entiendo el texto.',
    '¿Qué es el cargo de "facility fee"? No lo estoy reclamando, solo quiero saber qué es.',
    'No discuto el importe, vale, pero no entiendo por qué aparecen dos códigos para una sola consulta.',
    'Tengo una duda: si algo estuviera mal, ¿cómo se reclama? En mi caso creo que todo está correcto.',
  ]),
  hn('h9-es-dispute-neg-costarica', 'es', 'sms', 'dispute', [], [
    'diay no, todo bien con la factura, mae. ya la pago el viernes',
    'mi hermana está peleando la de ella, pero la mía sí la debo',
    'no hay bronca con el cobro, solo quería confirmar el monto',
    'eso que reclamé hace meses ya me lo corrigieron, gracias',
  ]),
  // ------------------------------------------------------------ hard negatives: cease (EN)
  hn('h9-en-cease-neg-teacher', 'en', 'chat', 'cease_communication', ['callback_later'], [
    "I'm in class until 3, can you call me back after that? Calls are fine, just not during school hours today.",
    "I didn't mean to hang up on you earlier, please try me again {time}.",
    "It's summer break now so you can reach me any time, call {time}.",
    "Don't stop calling, I just missed you. Try again {time}?",
  ]),
  hn('h9-en-cease-neg-otherperson', 'en', 'call', 'cease_communication', [], [
    "{hi}my sister asked you people to stop calling her, but that's her. You can keep calling me on this number, I'm fine with it.",
    "{hi}the letter said I could ask you to stop contacting me. I'm not asking that. I want to keep the line open and get this fixed.",
    "{hi}my neighbor told me to just tell you to stop calling, but honestly I'd rather sort it out.",
    "{hi}I'm not saying don't call. Texts work better for me, but either is fine.",
  ]),
  hn('h9-en-cease-neg-fisherman', 'en', 'sms', 'cease_communication', ['callback_later'], [
    'out on the water til thursday, text me again then',
    'no signal out here, ill call u back when we hit port {time}',
    "keep texting, its the only thing that gets through on the boat",
    'cant talk now, hauling nets. call me {time}',
  ]),
  // ------------------------------------------------------------ hard negatives: cease (ES)
  hn('h9-es-cease-neg-paraguay', 'es', 'chat', 'cease_communication', ['callback_later'], [
    'che, ahora no puedo hablar, llámenme {time_es} luego',
    'estoy en el trabajo, mejor me escriben {time_es} y les contesto',
    'no, sigan llamando nomás, es que hoy no pude atender. Mañana sí',
    'llámenme de nuevo {time_es}, ahora estoy manejando',
  ]),
  hn('h9-es-cease-neg-otherperson', 'es', 'call', 'cease_communication', [], [
    '{hi_es}mi cuñada pidió que no la llamaran más, pero yo sí quiero que me llamen a mí para arreglar esto.',
    '{hi_es}la carta dice que puedo pedir que dejen de contactarme, pero yo no quiero eso. Quiero resolver la cuenta.',
    '{hi_es}a mí me pueden llamar a este número sin problema. Solo quería confirmar mis datos.',
    '{hi_es}no les estoy diciendo que dejen de llamar, nomás que hoy no podía.',
  ]),
  hn('h9-es-cease-neg-spanglish', 'es', 'sms', 'cease_communication', [], [
    'si me pueden textear a este number, esta bien, es mejor que llamar',
    'ok gracias por el text, ahorita lo reviso',
    'mi hermano dijo que les dijera que no me llamen, pero no, yo si quiero hablar con ustedes',
    'sigan mandando los recordatorios, si no se me olvida pagar',
  ]),
  // ------------------------------------------------------------ hard negatives: attorney (EN)
  hn('h9-en-attorney-neg-figurative', 'en', 'chat', 'attorney', [], [
    "lol my daughter argues every point like she's a lawyer at heart. anyway I just wanted to confirm my payment posted",
    "my cousin the attorney said hi when I told him I was calling you guys, small world. I just need my balance",
    "I'm not going to lawyer up over a bill this size, I just want to pay it",
    "ok I'll play devil's advocate with myself here and just pay it instead of waiting",
  ]),
  hn('h9-en-attorney-neg-poa', 'en', 'call', 'attorney', ['wants_plan'], [
    "{hi}I have power of attorney for my father. I'd like to set up a monthly payment plan on his account.",
    "{hi}I'm his daughter and I hold durable power of attorney. Can we split the balance into payments?",
    "{hi}as her attorney-in-fact under the POA, I want to arrange installments of {amount} a month.",
    "{hi}I've got the power of attorney paperwork, I'm faxing it over. Then I'd like to do a payment plan.",
  ]),
  hn('h9-en-attorney-neg-question', 'en', 'portal', 'attorney', [], [
    'Do I need to hire a lawyer to deal with this, or can it be worked out directly? I would rather not.',
    'If I were to get an attorney, would that slow things down? I do not have one and would like to avoid it.',
    'I do not have a lawyer and I am not planning to get one. I just want this account resolved.',
    'The letter says I may consult an attorney. I have not, and I do not intend to.',
  ]),
  hn('h9-en-attorney-neg-past', 'en', 'call', 'attorney', [], [
    "{hi}I had a lawyer for my divorce years ago, but that's done. Nobody represents me on this.",
    "{hi}my old attorney from the car accident closed that case in {month}. This bill has nothing to do with him.",
    "{hi}the legal aid office helped me with my landlord last year, not with this. I'm handling the hospital bill myself.",
    "{hi}I work as a paralegal, so I read these letters carefully, but I'm calling for myself, about my own balance.",
  ]),
  // ------------------------------------------------------------ hard negatives: attorney (ES)
  hn('h9-es-attorney-neg-figurative', 'es', 'chat', 'attorney', [], [
    'jaja mi hijo siempre hace de abogado del diablo, pero no, yo sí quiero pagar la cuenta',
    'mi sobrina estudia para abogada, está feliz, pero eso no tiene nada que ver. ¿cuánto debo?',
    'mi compadre el licenciado les manda saludos, jaja, no, es broma. solo quería mi saldo',
    'no voy a meter abogados en esto, es poquito, lo pago y ya',
  ]),
  hn('h9-es-attorney-neg-poder', 'es', 'call', 'attorney', ['wants_plan'], [
    '{hi_es}tengo un poder notarial de mi mamá para manejar sus cuentas. Quiero hacer un plan de pagos.',
    '{hi_es}soy la apoderada de mi papá, tengo la carta poder. ¿Podemos pagar la factura en cuotas?',
    '{hi_es}con el poder que me dio mi abuela quiero arreglar pagos mensuales de {amount_es}.',
    '{hi_es}ya les mando el poder firmado ante notario, y luego quiero un plan para pagar de a poco.',
  ]),
  hn('h9-es-attorney-neg-question', 'es', 'portal', 'attorney', [], [
    '¿Necesito un abogado para esto o lo podemos arreglar entre nosotros? Prefiero no meter abogados.',
    'No tengo abogado ni pienso buscar uno. Solo quiero resolver la cuenta.',
    'La carta dice que puedo consultar con un abogado. No lo he hecho y no creo que haga falta.',
    'Si esto va a corte, ¿tendría que buscar un licenciado? Por ahora no tengo ninguno.',
  ]),
  hn('h9-es-attorney-neg-past', 'es', 'call', 'attorney', [], [
    '{hi_es}tuve un abogado de oficio en un caso de tránsito hace años, pero ya terminó. Para esto no tengo a nadie.',
    '{hi_es}el licenciado que me llevó el divorcio ya no me representa. Esta cuenta la veo yo solita.',
    '{hi_es}mi prima trabaja de secretaria en un bufete, pero esto lo estoy arreglando yo directamente.',
  ]),
  // ------------------------------------------------------------ hard negatives: bankruptcy (EN)
  hn('h9-en-bankruptcy-neg-figurative', 'en', 'sms', 'bankruptcy', ['hardship'], [
    'this bill is gonna bankrupt me lol. im broke til payday',
    'im not filing bankruptcy or anything, just really tight on money since my hours got cut',
    'between rent and this im basically bankrupt. can u give me some time',
    "feels like i'm going broke one copay at a time. things are really hard right now",
  ]),
  hn('h9-en-bankruptcy-neg-other', 'en', 'call', 'bankruptcy', [], [
    "{hi}my brother went through bankruptcy {ago}, but I never did. This account is mine and I'm paying it.",
    "{hi}my old restaurant went under, but I didn't file anything personally. I just want the balance.",
    "{hi}I filed chapter 7 back in 2012, that's long done and it has nothing to do with this bill.",
    "{hi}I'm not in bankruptcy. Somebody at your office asked, so I'm telling you: no.",
  ]),
  hn('h9-en-bankruptcy-neg-question', 'en', 'portal', 'bankruptcy', [], [
    'Would filing bankruptcy even cover a hospital bill? Not that I am planning to, I am only curious.',
    'If someone files chapter 13, do medical bills get included? I am asking for a friend, not myself.',
    'I read that bankruptcy can clear medical debt. I have not filed and do not want to. What are my other options?',
  ]),
  // ------------------------------------------------------------ hard negatives: bankruptcy (ES)
  hn('h9-es-bankruptcy-neg-figurative', 'es', 'call', 'bankruptcy', ['hardship'], [
    '{hi_es}ando quebrado, la verdad, el trabajo está flojo y no me alcanza. No me he declarado en nada, solo no tengo plata.',
    '{hi_es}esta factura me va a dejar en la ruina, mija. Estoy sin trabajo desde el mes pasado.',
    '{hi_es}estoy en la lona, como se dice. Apenas me alcanza para la comida.',
    '{hi_es}no estoy en bancarrota ni nada de eso, solamente que este mes no me alcanzó.',
  ]),
  hn('h9-es-bankruptcy-neg-other', 'es', 'chat', 'bankruptcy', [], [
    'mi ex se declaró en bancarrota hace años, pero yo no. esta cuenta es mía y la voy a pagar',
    'la empresa donde trabajaba quebró, pero yo personalmente no he hecho ninguna bancarrota',
    '¿la bancarrota cubre deudas médicas? pregunto nomás, yo no pienso hacer eso',
    'tuve una bancarrota en 2010 pero ya se cerró hace mucho. esta deuda es nueva',
  ]),
  hn('h9-es-bankruptcy-neg-dominicana', 'es', 'sms', 'bankruptcy', [], [
    'no toy en quiebra ni na, solo que me pagan el viernes',
    'mi cuñado hizo bancarrota con un licenciado, pero yo no. yo pago lo mío',
    'la carta habla de bancarrota pero eso no aplica a mi, yo nunca he declarado eso',
  ]),
  // ------------------------------------------------------------ hard negatives: deceased (EN)
  hn('h9-en-deceased-neg-figurative', 'en', 'sms', 'deceased', [], [
    'sorry my phone died mid call, whats the balance again',
    "i'm dead tired after a double shift, i'll look at the bill tomorrow",
    'lol this bill almost killed me more than the surgery did. anyway i paid online',
    'i nearly died laughing at my copay, but fine, sending it',
  ]),
  hn('h9-en-deceased-neg-past', 'en', 'call', 'deceased', [], [
    "{hi}my grandmother passed away years ago, she's the one who raised me. But this account is mine, I'm the patient, and I'm very much alive.",
    "{hi}my wife died in 2015 and her accounts were closed then. This bill is for my own visit.",
    "{hi}the letter was addressed 'to the estate of' and that scared me, but the patient is me and I'm fine.",
    "{hi}I almost didn't make it after that surgery, but I'm here, and I'm calling about my bill.",
  ]),
  hn('h9-en-deceased-neg-alive', 'en', 'chat', 'deceased', [], [
    "my mom is in hospice but she's still with us. I just want to know her balance so I can help",
    "no, my dad didn't pass, someone at your office got that wrong. he's home recovering",
    'if something ever happened to my husband, who would be responsible for his bill? just asking, he is fine',
    "my father is very sick, but he's alive. I'm his son and I help him with paperwork",
  ]),
  // ------------------------------------------------------------ hard negatives: deceased (ES)
  hn('h9-es-deceased-neg-figurative', 'es', 'sms', 'deceased', [], [
    'perdón se me murió el celular, ya estoy de vuelta. cuánto es',
    'me muero de la vergüenza, se me olvidó pagar. ahorita lo hago',
    'casi me muero cuando vi el monto jaja, pero ya lo pagué',
    'estoy muerta del cansancio, mañana reviso la factura',
  ]),
  hn('h9-es-deceased-neg-past', 'es', 'call', 'deceased', [], [
    '{hi_es}mi abuelito falleció hace muchos años, pero esta cuenta es mía. Yo soy la paciente.',
    '{hi_es}mi mamá está muy delicadita en el hospital, pero gracias a Dios está viva. Quería saber su saldo.',
    '{hi_es}alguien de ustedes dijo que mi papá había fallecido, pero no, él está en la casa recuperándose.',
    '{hi_es}si mi esposo llegara a faltar, ¿quién paga la cuenta? Pregunto nomás, él está bien.',
  ]),
  hn('h9-es-deceased-neg-peru', 'es', 'chat', 'deceased', [], [
    'mi papá estuvo grave, casi se nos va, pero ya salió del hospital. ¿cuánto es la cuenta?',
    'el día de los muertos fuimos al cementerio a ver a mi abuela, por eso no contesté',
    'mi tío murió hace diez años, ese nombre se parece al mío pero la cuenta es mía',
  ]),
  // ------------------------------------------------------------ other intents (EN)
  f('h9-en-hardship-dialysis', 'en', 'call', ['hardship'], [
    "{hi}I'm on dialysis and I can't work full time anymore. I'm on a fixed income and this balance is more than I have.",
    "{hi}between the treatments and the medications there's nothing left at the end of the month. I want to pay, I just can't right now.",
    "{hi}I {job} and my savings are gone. Please be patient with me.",
  ]),
  f('h9-en-plan-teacher', 'en', 'portal', ['wants_plan'], [
    'I am a teacher and I am not paid over the summer. Could I spread this balance over the next ten months?',
    'Can I set up automatic payments of {amount} a month until this is paid off?',
    'I would like to pay this in installments. What is the smallest monthly payment you accept?',
  ]),
  f('h9-en-paid-teen', 'en', 'sms', ['already_paid'], [
    'i already paid this w my debit card like 2 weeks ago?? i have the confirmation email',
    'my mom paid it for me {ago}, why am i still getting texts',
    'paid in full on the portal, check again pls',
  ]),
  f('h9-en-wrongperson-chef', 'en', 'call', ['wrong_person'], [
    "{hi}you've got the wrong guy. There's another cook with my name at the restaurant, different birthday. I've never been to your hospital.",
    "{hi}that's not me, I don't know who that is. This is my work phone.",
    "{hi}I think you're looking for someone else, I just got this number {ago}.",
  ]),
  f('h9-en-insurance-marine', 'en', 'portal', ['insurance_should_pay'], [
    'This visit should have been billed to TRICARE. I am a military retiree. Please submit the claim before billing me.',
    'I have {ins} and this charge was never sent to them. Bill my insurance first.',
    'The VA authorized this care under community care. The VA pays this, not me.',
  ]),
  f('h9-en-assist-fisherman', 'en', 'chat', ['wants_assistance'], [
    "my income's seasonal, some months nothing. do you have a financial assistance program i can apply for",
    'is there charity care or a sliding scale? can you send the application',
    'how do i apply for help with this bill, i think i qualify',
  ]),
  f('h9-en-confusion-ltc', 'en', 'call', ['bill_confusion'], [
    "{hi}I'm looking at my mother's statement from the care home stay and I don't understand what these codes mean.",
    "{hi}why are there three separate bills for one admission? Which one do I actually pay?",
    "{hi}this says 'amount due' and then 'patient responsibility' with different numbers. Which is it?",
  ]),
  f('h9-en-callback-dispatcher', 'en', 'call', ['callback_later'], [
    "{hi}I'm the dispatcher, my driver's on the road till Friday. He asked if you can call him back {time}.",
    "{hi}he's hauling a load right now, can't answer. Try him {time}.",
    "{hi}calling for a driver of mine, he wants a callback {time} when he's parked.",
  ]),
  f('h9-en-complaint-nurse', 'en', 'portal', ['complaint'], [
    'As a nurse I know how hard this job is, but the representative I spoke with was rude and hung up on me. I want to file a complaint.',
    'I have called four times and nobody returns my messages. This is unacceptable and I would like a supervisor to contact me.',
    'The way your collector spoke to my elderly father was disrespectful. Please escalate this.',
  ]),
  f('h9-en-relatives-everyday', 'en', 'chat', ['wants_plan'], [
    'my husband drove me to the appointment and my son helps me with the computer. can we set up payments on my bill',
    "my daughter's wedding is next month so money's going there first. could I pay {amount} a month for now",
    'my grandson is sitting with me to help me type this. I would like a payment plan please',
  ]),
  f('h9-en-relatives-callback', 'en', 'call', ['callback_later'], [
    "{hi}my wife usually handles the bills and she's at work. Can you call back {time} when she's home?",
    "{hi}I'm watching my grandkids right now, it's chaos. Call me {time}?",
  ]),
  // ------------------------------------------------------------ two intents at once (EN)
  f('h9-en-mix-attorney-dispute', 'en', 'portal', ['attorney', 'dispute'], [
    'I dispute this debt in full; the surgery was botched and I never agreed to the extra procedure. My attorney is handling it and you should contact her.',
    'These charges are wrong, and I have retained counsel over them. Please direct all communication to my lawyer.',
    'I do not owe this balance. My legal aid attorney will be sending you a dispute letter.',
  ]),
  f('h9-en-mix-deceased-insurance', 'en', 'call', ['deceased', 'insurance_should_pay'], [
    "{hi}my father passed away {ago}, and this bill should have gone to his Medicare. Can you send it there?",
    "{hi}Mom died in the hospital and her supplement insurance should cover this. Please bill them, not the family.",
  ]),
  f('h9-en-mix-cease-dispute', 'en', 'sms', ['cease_communication', 'dispute'], [
    'that bill is not mine and stop texting me about it',
    'i dont owe this. do not call me again, send proof by mail',
  ]),
  // ------------------------------------------------------------ other intents (ES)
  f('h9-es-hardship-kiche', 'es', 'call', ['hardship'], [
    '{hi_es}yo no tiene dinero ahorita, señorita. Trabajo poquito, en el campo, no hay trabajo en invierno.',
    '{hi_es}somos muchos en la casa y el dinero no alcanza. Yo quiere pagar pero no puede todo.',
    '{hi_es}me quedé sin trabajo y tengo cuatro hijos. No puedo pagar eso ahorita.',
  ]),
  f('h9-es-plan-cuba', 'es', 'chat', ['wants_plan'], [
    'oye, ¿puedo pagar eso por partes? Como {amount_es} al mes',
    '¿ustedes hacen plan de pagos? yo quiero pagar pero de a poquito',
    'quiero arreglar mensualidades para esta factura, dime qué necesito',
  ]),
  f('h9-es-paid-madrid', 'es', 'portal', ['already_paid'], [
    'Esta factura ya está abonada. Hice la transferencia {ago_es} y os adjunto el justificante.',
    'Ya pagué el importe con tarjeta en la web. No entiendo por qué me seguís reclamando.',
    'Lo pagué todo en la ventanilla el día del alta. Tengo el recibo.',
  ]),
  f('h9-es-wrongperson-dominicana', 'es', 'sms', ['wrong_person'], [
    'ustedes están equivocados, esa persona no vive aquí. este número es mío hace años',
    'no conozco a ese señor, se equivocaron de número',
    'yo no soy la que buscan, mi nombre es otro',
  ]),
  f('h9-es-insurance-costarica', 'es', 'call', ['insurance_should_pay'], [
    '{hi_es}eso lo tiene que pagar {ins_es}, yo estaba asegurada cuando me atendieron.',
    '{hi_es}mándenle esa factura al seguro, mae, ellos ya aprobaron la cirugía.',
    '{hi_es}tengo seguro de viaje y ellos cubren todo. Cobren primero al seguro.',
  ]),
  f('h9-es-assist-peru', 'es', 'call', ['wants_assistance'], [
    '{hi_es}¿hay alguna ayuda para gente que gana poquito? Quisiera aplicar, pues.',
    '{hi_es}me dijeron que el hospital tiene un programa de caridad. ¿Cómo hago para pedir esa ayuda?',
    '{hi_es}quiero la solicitud de asistencia financiera, por favor, para ver si califico.',
  ]),
  f('h9-es-confusion-paraguay', 'es', 'portal', ['bill_confusion'], [
    'No entiendo la factura, che. Aparecen varios códigos y montos distintos. ¿Cuál es el que tengo que pagar?',
    '¿Por qué me llegaron dos cuentas por la misma internación? Explíquenme por favor.',
    'No sé qué significa "ajuste" y "saldo del paciente" en el estado de cuenta.',
  ]),
  f('h9-es-callback-spanglish', 'es', 'sms', ['callback_later'], [
    'estoy en el trabajo ahorita, call me back {time_es} porfa',
    'no puedo hablar, estoy manejando. llámenme {time_es}',
    'ahorita no, estoy con los kids. mejor {time_es}',
  ]),
  f('h9-es-complaint-dominicana', 'es', 'call', ['complaint'], [
    '{hi_es}la muchacha que me atendió ayer me habló malísimo y me colgó. Yo quiero poner una queja.',
    '{hi_es}esto es un abuso, llevo semanas llamando y nadie me resuelve. Páseme con el supervisor.',
    '{hi_es}no está bien cómo me trataron. Quiero que alguien de arriba revise esto.',
  ]),
  f('h9-es-relatives-everyday', 'es', 'chat', ['wants_plan'], [
    'mi hija me está ayudando a escribir esto. quiero saber si puedo pagar la cuenta en cuotas',
    'mi esposo y yo queremos ir pagando poco a poco, ¿se puede hacer un plan?',
    'mi nieto me explicó lo del portal, quiero poner pagos mensuales',
  ]),
  f('h9-es-relatives-callback', 'es', 'call', ['callback_later'], [
    '{hi_es}mi suegra está aquí de visita y no puedo hablar ahorita. Llámeme {time_es}.',
    '{hi_es}el que ve las cuentas es mi hijo y está en la escuela. ¿Puede llamar {time_es}?',
  ]),
  // ------------------------------------------------------------ two intents at once (ES)
  f('h9-es-mix-attorney-cease', 'es', 'call', ['attorney', 'cease_communication'], [
    '{hi_es}mi licenciado se está encargando de eso, así que no me llamen más. Llámenlo a él.',
    '{hi_es}tengo abogado. Dejen de llamarme a mí, todo por medio de su oficina.',
    '{hi_es}ya no me contacten, mi abogada lleva la cuenta.',
  ]),
  f('h9-es-mix-deceased-confusion', 'es', 'portal', ['deceased', 'bill_confusion'], [
    'Mi papá falleció {ago_es} y nos llegó una factura que no entendemos. ¿Qué son todos estos cargos?',
    'Mi mamá murió en el hospital. No entiendo por qué hay tres facturas distintas a su nombre, ¿nos pueden explicar?',
  ]),
  f('h9-es-mix-dispute-paid', 'es', 'sms', ['dispute', 'already_paid'], [
    'eso ya lo pagué y además me cobraron una consulta que no tuve. no debo nada',
    'ya pagué mi parte y el otro cargo no es mío, no lo reconozco',
  ]),
];
