/**
 * A fourth held-out set, the "blind" set (Apache-2.0, written for Kindly): template families
 * written in one sitting and committed before any training run of the pass that added them, in
 * voices none of the other families use (line cooks and restaurant staff, college students, a
 * retired teacher, caregivers, voicemail transcripts without punctuation, formal emails; Cuban,
 * Peruvian, Venezuelan and Guatemalan Spanish, Spanglish texts), with hard negatives for every
 * critical intent (negated, hypothetical, quoted, someone else's, past and settled, asked).
 * Always test, never trained or tuned on, never edited after its first run; reported apart from
 * the other held-out sets. Expanded with its own seeded generator (generate-intent-data.ts), so
 * its utterances do not depend on which training families are emitted.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';


export const BLIND_HELD_OUT_FAMILIES: IntentFamily[] = [
  // ------------------------------------------------------------ critical positives
  f('k-en-dispute-cook', 'en', 'call', ['dispute'], [
    'Uh, yeah, so I work the line at a diner and I was on shift the night you say I was in the ER. I have the timecard. That charge is not mine.',
    'I mean, I went in for stitches, fine, but they billed me for a CT scan I never had. I am disputing that part.',
    'That is not my bill. Somebody else\'s visit got put on my account and I want it looked into.',
    'No, I do not agree with that amount at all. I am formally contesting it.',
  ]),
  f('k-en-dispute-student', 'en', 'sms', ['dispute'], [
    'that charge is wrong, i was at school in ohio that week, not my visit',
    'i never got that xray so why am i being charged? i dispute this',
    'this isnt my debt, never been to that hospital in my life',
    'this bill is bogus, not paying for something i never got',
  ]),
  f('k-es-dispute-cu', 'es', 'call', ['dispute'], [
    'Oye, esa cuenta no es mía, yo no estuve en ese hospital, eso es un error de ustedes.',
    'Me cobraron una consulta que nunca tuve, no estoy de acuerdo y quiero reclamar.',
    'Ese monto está mal, chico, quiero que lo revisen porque no lo reconozco.',
  ]),
  f('k-es-dispute-pe', 'es', 'portal', ['dispute'], [
    'Por medio de la presente impugno el cobro de la emergencia del 12 de mayo; yo no fui atendido ese día.',
    'No reconozco esta deuda. Solicito que la investiguen y me envíen el sustento.',
    'El cargo está duplicado: recibí una sola atención y me cobran dos. Lo estoy disputando.',
  ]),
  f('k-en-cease-voicemail', 'en', 'call', ['cease_communication'], [
    'hi this is about the account ending in 4411 please stop calling this number i do not want any more calls',
    'yeah i am returning your call to tell you to take me off your call list',
    'please do not call me anymore you can send mail if you need to',
    'i am revoking my consent for calls and texts to my cell phone',
  ]),
  f('k-en-cease-email', 'en', 'portal', ['cease_communication'], [
    'Please cease all communication with me regarding this account.',
    'I no longer wish to receive emails or text messages from your office.',
    'Do not contact me at my workplace again. Any further contact should be by mail only.',
  ]),
  f('k-es-cease-ve', 'es', 'sms', ['cease_communication'], [
    'Por favor dejen de llamarme, chamo, ya basta',
    'no me escriban más a este número',
    'quiero que me saquen de su lista de llamadas',
    'no quiero que me contacten más por ningún medio',
  ]),
  f('k-mix-cease-spanglish', 'es', 'sms', ['cease_communication'], [
    'please ya no me llamen, stop con las llamadas',
    'no more texts porfa, ya no quiero mensajes',
    'dejen de textearme, I mean it',
  ]),
  f('k-en-attorney-retired', 'en', 'call', ['attorney'], [
    'I have hired an attorney to handle this. Please direct everything to her office from now on.',
    'My lawyer\'s name is on the letter I mailed you. He is representing me, so I will not be discussing it.',
    'Legal aid took my case and they represent me now. Call them, not me.',
    'Any questions about this account go through my attorney. I have been told not to talk about it.',
  ]),
  f('k-en-attorney-sms', 'en', 'sms', ['attorney'], [
    'got a lawyer now, talk to him',
    'my attorney is handling this, dont call me about it',
    'im represented, contact my lawyer',
    'my lawyer has my case, reach out to her office',
  ]),
  f('k-es-attorney-gt', 'es', 'call', ['attorney'], [
    'Ya contraté a un abogado, él se va a comunicar con ustedes.',
    'Mi caso lo lleva una abogada de la asistencia legal, hablen con ella.',
    'Tengo representación legal, no voy a hablar de esta cuenta con usted.',
  ]),
  f('k-en-bankruptcy-teacher', 'en', 'portal', ['bankruptcy'], [
    'I am a retired teacher and I filed for Chapter 7 bankruptcy last month. Your clinic is listed among my creditors.',
    'Please note that I am currently under bankruptcy protection; the automatic stay applies to this account.',
    'We filed Chapter 13 in March and this bill is included in our case with the trustee.',
    'My bankruptcy case is open and this debt is part of it. The case number is 25-40112.',
  ]),
  f('k-en-bankruptcy-sms', 'en', 'sms', ['bankruptcy'], [
    'filed bankruptcy, this is included',
    'im in chapter 7 right now, talk to my trustee',
    'we declared bankruptcy in june, this balance is in it',
  ]),
  f('k-es-bankruptcy-gt', 'es', 'call', ['bankruptcy'], [
    'Me declaré en bancarrota en abril, esta deuda está incluida.',
    'Estoy en un proceso de quiebra, el síndico tiene toda la información.',
    'Ya presenté la bancarrota, capítulo 7, les va a llegar la notificación de la corte.',
  ]),
  f('k-en-deceased-caregiver', 'en', 'call', ['deceased'], [
    'I am calling about my aunt\'s bill. She passed away last Thursday; I was her caregiver.',
    'The patient, my husband, died on the fourth. Please update your records.',
    'My mother is deceased and I am the one handling her estate now.',
    'Grandpa passed in his sleep two weeks ago and the mail keeps coming for him.',
  ]),
  f('k-en-deceased-sms', 'en', 'sms', ['deceased'], [
    'my dad passed away, this is his phone',
    'she died last month, this was her account',
    'he passed on sunday, im his son',
  ]),
  f('k-es-deceased-cu', 'es', 'call', ['deceased'], [
    'Mi mamá falleció el martes, yo soy su hija y estoy viendo sus cosas.',
    'El paciente murió, era mi esposo. ¿Qué tengo que hacer?',
    'Mi abuelo falleció en el hospital en septiembre y siguen llegando cuentas a su nombre.',
  ]),
  f('k-en-mix-cease-attorney', 'en', 'call', ['cease_communication', 'attorney'], [
    'Stop calling me. I have an attorney, talk to him.',
    'My lawyer is handling this and I do not want any more calls from you.',
  ]),
  f('k-es-mix-deceased-cease', 'es', 'sms', ['deceased', 'cease_communication'], [
    'Mi esposo falleció, por favor ya no llamen a este número',
    'mi papá murió, no manden más mensajes aquí',
  ]),
  // ------------------------------------------------------------ critical hard negatives
  hn('k-en-dispute-neg', 'en', 'chat', 'dispute', [], [
    'I am not contesting the bill, it is correct.',
    'Is it even possible to dispute a charge after 90 days? Asking for the future, this one is fine.',
    'My coworker said "just dispute it", but it was my visit and I will pay it.',
    'I disputed a charge with you back in 2021 and you fixed it. This one looks right.',
    'If the amount were wrong I would dispute it, but it checks out.',
  ]),
  hn('k-es-dispute-neg', 'es', 'chat', 'dispute', [], [
    'No estoy peleando la cuenta, está correcta.',
    '¿Se puede reclamar un cargo? Pregunto nada más, este está bien.',
    'Mi hermana reclamó su factura, yo no tengo problema con la mía.',
    'Si estuviera mal lo reclamaría, pero está bien.',
  ]),
  hn('k-en-cease-neg', 'en', 'sms', 'cease_communication', [], [
    'you can keep calling me, thats fine',
    'i never said stop calling, please keep reaching out',
    'please dont stop the texts, i need the reminders',
    'did i ask you to stop contacting me? no i didnt',
    'my old number stopped working, use this one instead',
  ]),
  hn('k-es-cease-neg', 'es', 'sms', 'cease_communication', [], [
    'pueden seguir llamándome, no hay problema',
    'no dejen de mandarme recordatorios',
    '¿yo dije que no me llamaran? no, sigan llamando',
    'mi otro número ya no sirve, llamen a este',
  ]),
  hn('k-en-attorney-neg', 'en', 'chat', 'attorney', [], [
    'I do not have a lawyer, I just want to set this right.',
    'My son is a lawyer, but he is not involved in this at all.',
    'If I had to get an attorney I would, but I would rather not.',
    'The lady at the front desk said "talk to a lawyer", which was not helpful.',
    'I used a lawyer for my divorce years ago, that is long over.',
    'Do people usually need an attorney for stuff like this?',
  ]),
  hn('k-es-attorney-neg', 'es', 'chat', 'attorney', [], [
    'No tengo abogado, solo quiero arreglar esto.',
    'Mi primo es abogado, pero no tiene nada que ver con esta cuenta.',
    '¿Hace falta un abogado para esto?',
    'Si tuviera que buscar abogado lo haría, pero no creo.',
  ]),
  hn('k-en-bankruptcy-neg', 'en', 'call', 'bankruptcy', [], [
    'I am not filing for bankruptcy, I will pay this.',
    'The restaurant I worked at went bankrupt in the spring.',
    'My brother filed chapter 7, I did not. This account is mine.',
    'What would happen to a hospital bill in bankruptcy? I am just curious.',
    'I went through bankruptcy back in 2010, it was all discharged, and this is a new bill.',
    'Honestly this bill could bankrupt a small country.',
  ]),
  hn('k-es-bankruptcy-neg', 'es', 'call', 'bankruptcy', [], [
    'No me voy a declarar en bancarrota, voy a pagar.',
    'La fábrica donde trabajaba se fue a la quiebra.',
    'Mi cuñado se declaró en quiebra, yo no.',
    '¿Qué pasa con una cuenta médica si uno se declara en quiebra? Es solo una pregunta.',
    'Mi bancarrota fue en 2009 y ya se cerró, esta cuenta es nueva.',
  ]),
  hn('k-en-deceased-neg', 'en', 'sms', 'deceased', [], [
    'my laptop died so i couldnt log in to pay',
    'that total nearly killed me lol',
    'my dog passed away last week, sorry for the late reply',
    'im dying to get this paid off',
    'is it true bills get forgiven if someone dies? just wondering',
  ]),
  hn('k-es-deceased-neg', 'es', 'sms', 'deceased', [], [
    'se me murió la batería, perdón',
    'me muero de hambre, luego pago',
    '¿qué pasa con las deudas cuando alguien fallece? solo pregunto',
    'mi compañero de trabajo perdió a su papá y cubrí su turno, por eso no contesté',
  ]),
  // ------------------------------------------------------------ non-critical intents
  f('k-en-hardship-cook', 'en', 'call', ['hardship'], [
    'The restaurant cut my shifts to two a week. I can barely buy groceries, I cannot pay this right now.',
    'I am living on my Social Security and there is nothing left at the end of the month.',
    'After the surgery I could not work for three months and I am behind on everything.',
  ]),
  f('k-es-hardship', 'es', 'call', ['hardship'], [
    'Estoy sin trabajo desde enero y no tengo con qué pagar.',
    'Con lo que gano no me alcanza ni para la renta.',
  ]),
  f('k-en-plan', 'en', 'chat', ['wants_plan'], [
    'Could I pay this off in monthly installments?',
    'Is there any way to spread this out over six months?',
    'I can do about 40 a month if that works for you.',
  ]),
  f('k-es-plan', 'es', 'chat', ['wants_plan'], [
    '¿Puedo pagarlo en mensualidades?',
    '¿Me lo pueden dividir en pagos pequeños?',
    'Puedo dar 30 dólares cada quincena, ¿se puede?',
  ]),
  f('k-en-paid', 'en', 'sms', ['already_paid'], [
    'i already paid this last friday, the confirmation is in my bank app',
    'this was paid in full in august',
    'my payment went through on the 3rd, check again',
  ]),
  f('k-es-paid', 'es', 'sms', ['already_paid'], [
    'ya lo pagué la semana pasada',
    'eso ya está pagado, tengo el recibo',
  ]),
  f('k-en-wrong', 'en', 'call', ['wrong_person'], [
    'You have the wrong number, there is no one here by that name.',
    'I am not Maria Lopez. I just got this number last month.',
  ]),
  f('k-es-wrong', 'es', 'call', ['wrong_person'], [
    'Número equivocado, aquí no vive nadie con ese nombre.',
    'Yo no soy esa persona, este número es nuevo.',
  ]),
  f('k-en-confusion', 'en', 'portal', ['bill_confusion'], [
    'I do not understand why my statement shows two different balances.',
    'What is this "professional fee"? I already got a bill from the hospital.',
    'Can you explain what the adjustment line on my bill means?',
  ]),
  f('k-es-confusion', 'es', 'chat', ['bill_confusion'], [
    'No entiendo por qué cambió el saldo.',
    '¿Qué significa este código en mi factura?',
  ]),
  f('k-en-insurance', 'en', 'call', ['insurance_should_pay'], [
    'This should have been billed to my Medicare supplement.',
    'My insurance already approved this, you need to send it to them.',
    'Why am I getting billed? My employer plan covers ER visits.',
  ]),
  f('k-es-insurance', 'es', 'call', ['insurance_should_pay'], [
    'Eso lo tiene que pagar mi seguro, mándenselo a ellos.',
    'Tengo Medicaid, no me deberían cobrar a mí.',
  ]),
  f('k-en-callback', 'en', 'sms', ['callback_later'], [
    'im at work, call me back after 6',
    'can you call tomorrow morning instead?',
    'busy right now, try me later this week',
  ]),
  f('k-es-callback', 'es', 'call', ['callback_later'], [
    'Estoy manejando, llámeme más tarde.',
    '¿Me puede llamar mañana en la mañana?',
  ]),
  f('k-en-complaint', 'en', 'call', ['complaint'], [
    'Your collector hung up on me twice. I want to file a formal complaint.',
    'I want to speak to a supervisor about how I was treated.',
    'I am going to report this to the Better Business Bureau.',
  ]),
  f('k-es-complaint', 'es', 'call', ['complaint'], [
    'Quiero hablar con un supervisor, me trataron muy mal.',
    'Voy a poner una queja formal por cómo me hablaron.',
  ]),
  f('k-en-assistance', 'en', 'portal', ['wants_assistance'], [
    'Do you have a charity care program I could apply for?',
    'How do I apply for financial assistance with this hospital bill?',
  ]),
  f('k-es-assistance', 'es', 'portal', ['wants_assistance'], [
    '¿Tienen algún programa de ayuda financiera?',
    '¿Cómo solicito la asistencia para pagar la cuenta del hospital?',
  ]),
];
