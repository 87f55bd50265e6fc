/**
 * Training-only batch 16 (`sg-` families): relatives, partners and caregivers mentioned in
 * everyday billing talk with no death, lawyer, bankruptcy, dispute or request to stop (hard
 * negatives of the critical intents they might be mistaken for); always train, teaching only their
 * own intents (teachesOnlyOwnIntents). `BATCH_16_SHIPPED` is emitted by default after every earlier
 * training family; the rest only by `npm run train:intents -- --batch-16`, for evaluation.
 *
 * Why: deceased's positives nearly all name a relative ("my father died", "mi esposo falleció") and
 * its earlier hard negatives are mostly other deaths, so a relative named in a plain sentence ("my
 * husband usually pays, he's away", "mi hijo tuvo la cita") leaned toward a death. The voices here
 * name the same relatives alive and busy: helping with the portal, paying, standing as guarantor,
 * driving to appointments, sick or in hospital and recovering, traveling, at work, asking
 * questions, thanked for by staff, their own visit or insurance; in English and in Spanish
 * (Mexican, Caribbean, Central American, Rioplatense, Peninsular, Spanglish), by call, text,
 * chat and portal. A smaller share does the same for attorney, bankruptcy, dispute and cease: a
 * relative who handles the papers, files a claim, checks the bill or stops by to pay. They carry
 * no intent: each teaches only that it is not the intent it is a hard negative of, so no other
 * intent's model moves.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file
 * or any per-utterance output of one; only aggregate figures were known.
 */
import { bareHardNegative as hn, family as f, type IntentFamily } from './intent-families.js';
import type { Intent } from '../intent-effects.js';

const DECEASED: Intent[] = ['deceased'];

export const TRAIN_ONLY_FAMILIES_16: readonly IntentFamily[] = [
  // ------------------------------------------------------------ deceased: English, relatives alive and busy
  hn('sg-en-kin-pays', 'en', 'call', 'deceased', [
    '{hi}my husband usually pays the bills, he\'s away this week.',
    '{hi}my wife takes care of the payments, she\'ll call you {time}.',
    '{hi}my dad normally handles {bill}, he asked me to check the balance.',
    '{hi}{kin} pays this one every month, I\'m just calling to confirm it went through.',
    '{hi}my son is going to pay {amount} toward my account {time}.',
    '{hi}my partner\'s card is the one on file, can I use mine instead?',
    '{hi}my mother-in-law said she\'d cover {bill}, is that okay?',
  ]),
  hn('sg-en-kin-portal-help', 'en', 'chat', 'deceased', [
    '{hi}my daughter set up the portal for me, but I forgot the password',
    'my son usually logs in for me, can you walk me through it?',
    '{hi}my granddaughter helps me with the computer, she\'s coming over {time}',
    'my husband made the account under his email, can I get access too?',
    '{hi}{kin} showed me how to pay online but I can\'t find the button',
    'my nephew is helping me read {bill} on the app',
  ]),
  hn('sg-en-kin-guarantor', 'en', 'portal', 'deceased', [
    'I am the guarantor on my son\'s account; he is 17. Please send statements to me.',
    'My husband is listed as the guarantor, but the visit was mine.',
    'I\'m the responsible party for my mother\'s account and would like to update the address.',
    'My daughter is a college student on my plan; I am the guarantor for her bills.',
    'Please add my wife as an authorized contact on this account.',
    'My father is the policy holder; I am the patient. Who receives {bill}?',
  ]),
  hn('sg-en-kin-driving', 'en', 'sms', 'deceased', [
    'my mom drove me to the appt so i dont have my card on me',
    'my husband is taking me to the clinic {time}, can i pay there',
    'my son drives me to dialysis, he can drop off a check',
    'daughter is picking me up from {place} later, will pay then',
    'my sister gave me a ride to the er that night',
    'hubby dropped me off for the xray, whats the copay',
  ]),
  hn('sg-en-kin-hospital-alive', 'en', 'call', 'deceased', [
    '{hi}my dad is in the hospital, so I\'m reading his mail for him.',
    '{hi}my mother is in the ICU right now, I\'m going through her bills.',
    '{hi}my wife is still admitted, I\'ll take care of {bill} for her.',
    '{hi}my grandpa is in rehab after his fall, can I pay his balance?',
    '{hi}my husband is in the hospital this week, can we push the payment to next month?',
    '{hi}my brother is in the psych unit, I\'m helping with his paperwork.',
  ]),
  hn('sg-en-kin-recovering', 'en', 'chat', 'deceased', [
    'my dad is recovering from surgery, doing much better, he asked me to message you',
    '{hi}my mom is home from the hospital now and resting, she wants to know her balance',
    'my husband had his heart procedure {ago} and he\'s doing great, thank you all',
    '{hi}my son broke his arm but he\'s fine, just need the bill for the cast',
    'my wife is on bed rest with the baby, so I\'m handling things',
    '{hi}grandma is out of the hospital and back to her old self, what do we owe?',
  ]),
  hn('sg-en-kin-sick-home', 'en', 'sms', 'deceased', [
    'my wife has the flu, she asked me to text u about her bill',
    'husband is sick in bed today, he cant come to the phone',
    'my mom isnt feeling well, can u call her tmrw instead',
    'my dad has covid so im answering his phone',
    'my daughter has a fever, i had to leave work, can we talk later',
    'my partner is under the weather, ill pay for both of us',
  ]),
  hn('sg-en-kin-travel', 'en', 'sms', 'deceased', [
    'hubby is out of town till sunday, he\'ll pay when he\'s back',
    'my wife is traveling for work, she has the checkbook',
    'my parents are on a cruise, they asked me to watch their mail',
    'my son is deployed overseas, i handle his bills',
    'my mom is visiting family in mexico for a month, can i pay her bill',
    'my husband is on the road, hes a trucker, he will call {time}',
  ]),
  hn('sg-en-kin-at-work', 'en', 'call', 'deceased', [
    '{hi}my wife is at work right now, she handles the account, can you call her after 6?',
    '{hi}my husband works nights, he\'s sleeping, try him {time}.',
    '{hi}my daughter is at school, I\'m her mom, what is {bill} for?',
    '{hi}he\'s not here right now, he\'s at work. Can I take a message?',
    '{hi}she\'s out at the store, I\'ll have her call you back.',
    '{hi}my son is on shift at the plant, he gets off at 7.',
  ]),
  hn('sg-en-kin-thanks', 'en', 'portal', 'deceased', [
    'The nurse was great with my father. Thank you to the whole team.',
    'I want to thank the staff for taking such good care of my mother last week.',
    'Dr. Patel was wonderful with my son. Now, about the bill for that visit.',
    'Everyone on the third floor was so kind to my wife. Please pass that along.',
    'Thank you for being patient with my grandmother, she gets nervous at appointments.',
    'The ER team treated my husband quickly and kindly; I\'d like to pay his balance.',
  ]),
  hn('sg-en-kin-appointment', 'en', 'chat', 'deceased', [
    '{hi}my son had his appointment on Tuesday, is the copay on this bill?',
    'my daughter\'s checkup was last month, why is there a second charge',
    '{hi}my mom has a follow-up {time}, can she pay her balance at the desk?',
    'my husband has his colonoscopy next week, do we need to pay anything before?',
    '{hi}my dad saw the cardiologist {ago}, when will that bill come?',
    'i need to reschedule my wife\'s appointment and ask about her balance',
  ]),
  hn('sg-en-kin-insurance', 'en', 'call', 'deceased', [
    '{hi}my daughter is on my husband\'s insurance, can you rebill it?',
    '{hi}my kids are covered by {ins} through my wife\'s job.',
    '{hi}my dad switched to {ins} in January, the bill went to the old plan.',
    '{hi}my son just turned 26, he\'s off my plan now, that\'s why it was denied.',
    '{hi}my mother has Medicare and a supplement, did you bill both?',
    '{hi}I\'m on my partner\'s plan, the card is in their name.',
  ]),
  hn('sg-en-kin-questions', 'en', 'sms', 'deceased', [
    'my mom has a question about her statement, can she call u',
    'my dad wants to know if he can pay in 2 parts',
    'wife says she never got the bill by email, can u resend',
    'my grandma asked me to find out her balance',
    'my husband wants an itemized copy for his records',
    'my father in law is asking what this charge is for',
  ]),
  hn('sg-en-kin-children', 'en', 'chat', 'deceased', [
    '{hi}my baby had her shots {ago}, I thought that was free',
    'my toddler went to urgent care for an ear infection, is this that bill',
    '{hi}my teenage son got stitches at {place}, what do I owe?',
    'my twins were both seen the same day, why is one bill higher',
    '{hi}my newborn was in the NICU for a few days, she\'s home now and healthy',
    'my stepdaughter\'s bill came to my house by mistake',
  ]),
  hn('sg-en-kin-caregiver', 'en', 'portal', 'deceased', [
    'I am my mother\'s caregiver and help with her appointments and bills.',
    'I take care of my elderly father at home; please send his statements to me.',
    'My aunt lives with us and I manage her medical paperwork.',
    'I\'m the home health aide for Mr. Lopez; his daughter asked me to request his balance.',
    'My grandfather has dementia and I handle his mail. He is doing okay.',
    'I have my mom\'s permission to talk about her account; she is sitting right here.',
  ]),
  hn('sg-en-kin-inlaws-grandparents', 'en', 'call', 'deceased', [
    '{hi}my mother-in-law lives with us, the bill came in her name to our address.',
    '{hi}I\'m calling for my grandma, she\'s right here next to me.',
    '{hi}my father-in-law is hard of hearing, can I speak for him?',
    '{hi}my grandfather wants to pay his whole balance {time}.',
    '{hi}my in-laws are visiting and my father-in-law needed the ER.',
    '{hi}my stepdad is on the line with me, he said it\'s okay to talk.',
  ]),
  hn('sg-en-kin-partner-texting', 'en', 'sms', 'deceased', [
    'my bf paid it already can u check',
    'my gf is gonna venmo me so i can pay tmrw',
    'my fiance put it on his card last nite',
    'my ex husband is supposed to pay half of my sons bill',
    'babys dad has the insurance card',
    'my partner n i split it, can we do 2 payments',
  ]),
  hn('sg-en-kin-pronoun-only', 'en', 'sms', 'deceased', [
    'he\'s away till friday',
    'she is at work',
    'hes not home rn',
    'she\'s in the hospital but doing better',
    'he is sleeping, call back later',
    'she went to visit her sister',
    'he\'s not available, try tomorrow',
  ]),
  hn('sg-en-kin-memory', 'en', 'call', 'deceased', [
    '{hi}my grandpa gets confused with his mail, so I help him sort it.',
    '{hi}my mom forgets to open her bills, I\'m going to set up autopay for her.',
    '{hi}my dad is in assisted living now, send his bills to me please.',
    '{hi}my husband had a stroke last year, he\'s okay but I do the paperwork now.',
    '{hi}my aunt moved into a nursing home and I\'m sorting out her accounts.',
  ]),
  // ------------------------------------------------------------ deceased: Spanish, relatives alive and busy
  hn('sg-es-kin-paga', 'es', 'call', 'deceased', [
    '{hi_es}mi esposo paga las cuentas, ahorita anda trabajando.',
    '{hi_es}mi esposa es la que paga, ella le llama {time_es}.',
    '{hi_es}mi hijo me ayuda a pagar, le va a depositar {amount_es}.',
    '{hi_es}{kin_es} siempre paga esta cuenta, yo nada más quiero saber el saldo.',
    '{hi_es}mi suegra dijo que ella pagaba {bill_es}.',
    '{hi_es}mi papá me dio el dinero para pagar lo de mi mamá.',
  ]),
  hn('sg-es-kin-cita', 'es', 'sms', 'deceased', [
    'mi hijo tuvo la cita el martes, cuanto es el copago',
    'mi hija tiene cita {time_es}, puedo pagar ahi',
    'mi esposo fue a su consulta y le dijeron que le iban a mandar la cuenta',
    'la cita de mi mamá fue la semana pasada, ya llegó el cobro?',
    'mi abuelito tiene cita con el cardiólogo, quiero pagar antes',
    'a mi hijo lo vacunaron y me llegó una factura',
  ]),
  hn('sg-es-kin-hospital-vivo', 'es', 'call', 'deceased', [
    '{hi_es}mi papá está internado, yo le estoy revisando su correo.',
    '{hi_es}mi mamá sigue en el hospital, pero ya está mejor.',
    '{hi_es}mi esposo está en terapia intensiva, yo me encargo de las cuentas por ahora.',
    '{hi_es}a mi abuela la operaron y ya salió, gracias a Dios.',
    '{hi_es}mi hermano está hospitalizado, ¿puedo pagar su saldo?',
    '{hi_es}mi hija estuvo internada dos días pero ya está en casa.',
  ]),
  hn('sg-es-kin-portal', 'es', 'chat', 'deceased', [
    '{hi_es}mi hija me ayuda con el portal, pero hoy no está',
    'mi hijo me hizo la cuenta en la página y no me acuerdo de la contraseña',
    '{hi_es}mi nieta me va a ayudar a pagar en línea {time_es}',
    'mi esposo tiene el usuario, ¿me pueden dar acceso a mí también?',
    '{hi_es}mi sobrino me está leyendo la factura en la aplicación',
  ]),
  hn('sg-es-kin-viaje', 'es', 'sms', 'deceased', [
    'mi esposa anda de viaje, regresa el lunes y paga',
    'mi esposo está fuera de la ciudad, él tiene la tarjeta',
    'mis papás se fueron a méxico un mes, yo veo su correo',
    'mi hijo está en el ejército, yo pago sus cuentas',
    'mi mamá está de visita con mi tía, le aviso que llamaron',
    'mi viejo anda en la troca, es trailero, les marca {time_es}',
  ]),
  hn('sg-es-kin-gracias', 'es', 'portal', 'deceased', [
    'Gracias a las enfermeras por cuidar tan bien a mi mamá.',
    'El doctor fue muy amable con mi papá; ahora quisiera saber cuánto debemos.',
    'Quiero agradecer al personal por la atención que le dieron a mi esposo.',
    'Todos fueron muy pacientes con mi abuelita en su cita.',
    'Muchas gracias por atender tan rápido a mi hijo en urgencias.',
  ]),
  hn('sg-es-kin-seguro', 'es', 'call', 'deceased', [
    '{hi_es}mi hijo está en el seguro de mi esposo, ¿lo pueden volver a mandar?',
    '{hi_es}mis hijos tienen {ins_es} por el trabajo de mi esposa.',
    '{hi_es}mi papá se cambió de seguro en enero, le mandaron la cuenta al viejo.',
    '{hi_es}mi mamá tiene Medicare y otro seguro, ¿ya cobraron a los dos?',
    '{hi_es}yo estoy en la aseguranza de mi pareja, la tarjeta está a su nombre.',
  ]),
  hn('sg-es-kin-enfermo', 'es', 'chat', 'deceased', [
    '{hi_es}mi esposo está enfermo en la casa, me pidió que les escribiera',
    'mi mamá anda con gripe, ¿le pueden llamar {time_es}?',
    '{hi_es}mi papá tiene covid y yo le estoy contestando el teléfono',
    'mi hija tiene calentura, no pude ir a pagar',
    '{hi_es}mi esposa está en reposo por el embarazo, yo me encargo',
  ]),
  hn('sg-es-kin-caribe', 'es', 'call', 'deceased', [
    '{hi_es}mi mai está en el hospital pero ya está mejorcita, yo le pago la cuenta.',
    '{hi_es}mi esposo está trabajando en la guagua, él llama {time_es}.',
    '{hi_es}mi abuela vive conmigo y yo le manejo los papeles.',
    '{hi_es}mi pai tiene cita el jueves y quiere saber cuánto debe.',
    '{hi_es}mi jeva me ayudó a pagar, ¿ya les llegó?',
    '{hi_es}mi nene tuvo fiebre y lo llevé a emergencia, ¿esa factura es de eso?',
  ]),
  hn('sg-es-kin-peninsular', 'es', 'portal', 'deceased', [
    'Mi marido suele pagar los recibos, pero está de viaje esta semana.',
    'Mi suegra vive con nosotros y la factura ha llegado a su nombre.',
    'Mi crío tuvo consulta el martes; ¿me podéis decir cuánto es?',
    'Mi madre está ingresada pero evoluciona bien; yo me ocupo de sus papeles.',
    'Os escribo por mi padre, que no se aclara con la web.',
  ]),
  hn('sg-es-kin-voseo', 'es', 'chat', 'deceased', [
    '{hi_es}mi viejo está de viaje, ¿vos me podés mandar la factura?',
    'mi vieja tiene turno con el médico {time_es}, ¿puede pagar ahí?',
    '{hi_es}mi marido labura de noche, llamalo {time_es}',
    'mi hijo tuvo el turno ayer, ¿cuánto sale la consulta?',
    '{hi_es}mi abuela está internada pero mejor, yo le pago la cuenta',
    'mi señora se encarga de las cuentas, ¿la podés llamar a ella?',
  ]),
  hn('sg-es-kin-cuidadora', 'es', 'portal', 'deceased', [
    'Soy la cuidadora de mi abuela y le ayudo con sus citas y sus cuentas.',
    'Cuido a mi papá en casa; por favor mándenme a mí sus estados de cuenta.',
    'Mi tía vive con nosotros y yo le llevo sus papeles del médico.',
    'Mi abuelo tiene demencia y yo le reviso el correo; está tranquilo y bien cuidado.',
    'Tengo permiso de mi mamá para hablar de su cuenta; está aquí conmigo.',
  ]),
  hn('sg-es-kin-spanglish', 'es', 'sms', 'deceased', [
    'mi husband va a pagar el bill el friday',
    'mi mom tiene appointment {time_es}, puede pagar alla?',
    'mi hijo esta en el hospital pero ya lo van a dar de alta',
    'mi wife tiene la card, ella les llama',
    'mi daddy me pidio que les preguntara el balance',
    'mi abuela no sabe usar el portal, yo le ayudo',
  ]),
  hn('sg-es-kin-garante', 'es', 'call', 'deceased', [
    '{hi_es}yo soy el responsable de la cuenta de mi hijo, tiene 16 años.',
    '{hi_es}mi esposo aparece como titular, pero la consulta fue mía.',
    '{hi_es}soy la responsable de la cuenta de mi mamá y quiero cambiar la dirección.',
    '{hi_es}agreguen a mi esposa como contacto autorizado, por favor.',
    '{hi_es}mi papá es el titular del seguro y yo soy la paciente.',
  ]),
  hn('sg-es-kin-centroamerica', 'es', 'sms', 'deceased', [
    'mi mamá anda en el centro de salud, ella le llama al rato',
    'mi esposo anda trabajando en la finca, paga el sábado',
    'mi cipote tuvo consulta y me mandaron este cobro',
    'mi abuelita está delicada pero estable, quiero saber su saldo',
    'mi hermana me va a mandar el pisto para pagar',
  ]),
  // ------------------------------------------------------------ attorney, bankruptcy, dispute, cease: relatives without them
  hn('sg-en-kin-att-handles', 'en', 'call', 'attorney', [
    '{hi}my husband takes care of the paperwork, please speak with him.',
    '{hi}my daughter handles my bills, she\'ll call you {time}.',
    '{hi}my son has all my papers, he\'s helping me with {bill}.',
    '{hi}my sister does my paperwork, can you mail it to her?',
    '{hi}my wife is dealing with {bill}, she has the letters.',
    '{hi}I\'m calling on behalf of my mom, she asked me to handle her account.',
  ]),
  hn('sg-es-kin-att-encarga', 'es', 'call', 'attorney', [
    '{hi_es}mi hija se encarga de mis papeles, hable con ella.',
    '{hi_es}mi esposo lleva las cuentas, él le marca {time_es}.',
    '{hi_es}mi hijo tiene todos los papeles de la cuenta.',
    '{hi_es}llamo de parte de mi mamá, ella me pidió que viera su cuenta.',
    '{hi_es}mi hermana me está ayudando con {bill_es}, ella tiene las cartas.',
  ]),
  hn('sg-en-kin-bk-filed', 'en', 'chat', 'bankruptcy', [
    '{hi}my wife filed the insurance claim {ago}, is it processed?',
    'my son filed the Medicaid paperwork for me, did you get it?',
    '{hi}my husband and I sat down and did a budget, we can pay {amount} a month',
    'my dad keeps all his bills in a filing cabinet, I found this one',
    '{hi}my daughter filed my taxes and wants a receipt for medical costs',
  ]),
  hn('sg-en-kin-dispute-checked', 'en', 'call', 'dispute', [
    '{hi}my husband went over the statement and it all matches, thanks.',
    '{hi}my mom has a question about a charge, she\'s not saying it\'s wrong.',
    '{hi}my wife checked {bill} against the EOB and it looks right.',
    '{hi}my son wants to understand {bill} before we pay it.',
    '{hi}my dad says the amount is correct, he just wants a receipt.',
  ]),
  hn('sg-es-kin-disputa-revisado', 'es', 'chat', 'dispute', [
    '{hi_es}mi esposa revisó la cuenta y está bien',
    'mi hijo checó el estado de cuenta y todo cuadra',
    '{hi_es}mi mamá tiene una pregunta sobre un cobro, no dice que esté mal',
    '{hi_es}mi papá dice que el monto es correcto, solo quiere su recibo',
  ]),
  hn('sg-en-kin-cease-contact', 'en', 'sms', 'cease_communication', [
    'my husband stopped by to pay this morning',
    'u can call my daughter too, she handles it',
    'my mom wants the reminders sent to her phone',
    'my wife is the one who pays, she has the app',
    'my son will stop at the office {time} to pay',
  ]),
  hn('sg-es-kin-cease-contacto', 'es', 'sms', 'cease_communication', [
    'mi hijo pasó a pagar hoy en la mañana',
    'también pueden llamar a mi esposa, ella se encarga',
    'mi mamá quiere que los recordatorios le lleguen a su cel',
    'mi hija es la que paga, ella tiene la aplicación',
  ]),
  // ------------------------------------------------------------ deceased: positives in the same voices
  // The same relatives, paying, in hospital, thanked for, but dead: the death decides, not the kin.
  f('sg-en-kin-dec-pos-payer', 'en', 'call', DECEASED, [
    '{hi}my husband always paid the bills, he passed away {ago} and I found {bill}.',
    '{hi}my wife handled the portal, she died {ago}, so I\'m calling about her account.',
    '{hi}my dad was the guarantor on this, he passed {ago}.',
    '{hi}my mother paid this every month until she died {ago}.',
    '{hi}{kin} used to drive to every appointment; {kin} passed away {ago}.',
  ]),
  f('sg-en-kin-dec-pos-hospital', 'en', 'chat', DECEASED, [
    'my dad was in the hospital two weeks and he died there {ago}',
    '{hi}my mom was in the ICU and she passed {ago}, this is her bill',
    'my husband never came home from the hospital, he passed on the 3rd',
    '{hi}my grandmother was in hospice and passed away {ago}',
    'my son was in the NICU and we lost him {ago}, now we got this bill',
  ]),
  f('sg-en-kin-dec-pos-thanks', 'en', 'portal', DECEASED, [
    'The nurses were wonderful with my mother in her last days. She passed away {ago}.',
    'Thank you for caring for my father until the end; he died {ago}. Please send his bills to the estate.',
    'Everyone was kind to my wife before she passed. I am her executor.',
    'The staff made my husband comfortable at the end. He died {ago}; what do I do with his account?',
  ]),
  f('sg-en-kin-dec-pos-texting', 'en', 'sms', DECEASED, [
    'my wife passed last week she did all the bills',
    'hubby passed away, he was the one who paid',
    'my moms the patient, she passed {ago}',
    'dad died in the hospital, what happens w his bill',
    'grandpa passed, im his caregiver, who do i send the death cert to',
  ]),
  f('sg-es-kin-dec-pos-paga', 'es', 'call', DECEASED, [
    '{hi_es}mi esposo era el que pagaba las cuentas, falleció {ago_es}.',
    '{hi_es}mi mamá pagaba esta cuenta cada mes hasta que murió {ago_es}.',
    '{hi_es}mi papá era el responsable de la cuenta y ya falleció.',
    '{hi_es}mi esposa manejaba el portal, murió {ago_es} y no sé qué hacer con su cuenta.',
  ]),
  f('sg-es-kin-dec-pos-hospital', 'es', 'chat', DECEASED, [
    'mi papá estuvo internado dos semanas y falleció ahí {ago_es}',
    '{hi_es}mi mamá estaba en terapia intensiva y murió, esta es su factura',
    'mi esposo ya no salió del hospital, falleció el domingo',
    '{hi_es}gracias a las enfermeras que cuidaron a mi abuela hasta el final, falleció {ago_es}',
  ]),
  f('sg-es-kin-dec-pos-voces', 'es', 'sms', DECEASED, [
    'mi viejo falleció {ago_es}, él pagaba todo',
    'se nos fue mi mai {ago_es}, la cuenta es de ella',
    'mi marido ha fallecido, os escribo por sus recibos',
    'mi husband murio, el tenia el bill a su nombre',
    'mi abuelita fallecio en el hospital, yo era su cuidadora',
  ]),
];

/**
 * None shipped. Deceased's families cleared relatives from nearly every plain sentence tried and
 * raised deceased's precision over every development utterance, but its thresholds rose with them
 * and its recall fell on two development sets; the other intents' kin families moved their own
 * figures the wrong way (attorney's hard-negative precision, bankruptcy's and dispute's recall).
 */
export const BATCH_16_SHIPPED: readonly IntentFamily[] = [];
