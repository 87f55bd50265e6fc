/**
 * Template families for the intent training and evaluation set, written for Kindly (Apache-2.0).
 *
 * A family is one way of saying something (or of mentioning a topic without meaning it): a few
 * templates and the slots they share. The generator expands each family into many utterances, so
 * every utterance of a family is a near-duplicate of the others. That is why the split is by
 * family: a phrasing seen in training never shows up again in the held-out test set.
 *
 * `hardNegativeOf` marks families that mention an intent's topic without carrying the intent
 * (negated, hypothetical, quoted, a third party's situation, past and settled, a question about
 * it). Their `intents` are what the utterance does carry (often nothing, sometimes a plan request).
 * `{slot}` names come from SLOTS; a slot name ending in `_es` is Spanish.
 */
import type { Intent } from '../intent-effects.js';

export type Medium = 'call' | 'sms' | 'chat' | 'portal';

export interface IntentFamily {
  id: string;
  language: 'en' | 'es';
  intents: Intent[];
  hardNegativeOf?: Intent;
  /** How it arrives; sms and chat get texting style (lower case, dropped punctuation, typos). */
  medium: Medium;
  templates: string[];
}

export const SLOTS: Record<string, string[]> = {
  hi: ['', '', 'Hi, ', 'Hello. ', 'Look, ', 'Ok so ', 'Listen, ', 'Yeah ', 'Um, ', 'Honestly ', 'Hey ', 'Ma\'am, ', 'Sir, '],
  bill: ['this bill', 'the bill', 'that charge', 'this charge', 'the statement', 'this balance', 'the $450 charge', 'the ER bill', 'this invoice', 'the lab charge', 'what you say I owe', 'this account', 'the ambulance bill', 'the MRI charge'],
  debt: ['this debt', 'this bill', 'the balance', 'this amount', 'the charges', 'this account'],
  lawyer: ['lawyer', 'attorney', 'lawyer', 'attorney', 'legal counsel', 'lawer', 'attorny'],
  rel: ['my brother', 'my sister', 'my neighbor', 'my friend', 'my coworker', 'my cousin', 'my mom', 'my dad', 'a friend of mine', 'my roommate', 'my aunt', 'my boss'],
  kin: ['my husband', 'my wife', 'my mother', 'my father', 'my son', 'my dad', 'my mom', 'my grandmother', 'my brother', 'my daughter', 'my partner'],
  time: ['tomorrow', 'later today', 'after 5', 'next week', 'on Monday', 'this evening', 'in an hour', 'Friday', 'after my shift', 'tomorrow morning'],
  amount: ['$50', '$100', '25 dollars', '$75', 'a hundred bucks', '$40', '$200', '60 dollars'],
  place: ['the hospital', 'the clinic', 'your office', 'Riverbend', 'the ER', 'the billing office', 'you guys'],
  chan: ['calling me', 'texting me', 'emailing me', 'sending me letters', 'calling my cell', 'texting my phone', 'calling my work', 'calling', 'texting', 'leaving voicemails'],
  stopverb: ['stop', 'quit', 'please stop', 'stop', 'no more', 'cease'],
  sup: ['supervisor', 'manager', 'someone in charge', 'your boss', 'supervisor'],
  ins: ['my insurance', 'Medicare', 'Medicaid', 'Blue Cross', 'my insurance company', 'Aetna', 'my plan', 'the insurance'],
  job: ['lost my job', 'got laid off', 'had my hours cut', 'am out of work', 'got fired last month', 'am on disability now', 'lost my job in March'],
  svc: ['that procedure', 'those labs', 'an x-ray', 'that surgery', 'the ambulance ride', 'that visit', 'an MRI', 'that test'],
  bill_es: ['esta factura', 'la cuenta', 'ese cargo', 'este cobro', 'el saldo', 'la factura del hospital', 'lo que dicen que debo', 'este bill', 'la factura de la ambulancia'],
  hi_es: ['', '', 'Hola, ', 'Mire, ', 'Oiga, ', 'Bueno, ', 'Pues ', 'Disculpe, ', 'Señorita, ', 'Buenas, '],
  abogado_es: ['abogado', 'abogada', 'abogado', 'licenciado', 'avogado', 'lawyer'],
  rel_es: ['mi hermano', 'mi vecina', 'mi amigo', 'mi prima', 'mi compadre', 'mi mamá', 'mi cuñado', 'una amiga', 'mi jefe'],
  kin_es: ['mi esposo', 'mi esposa', 'mi mamá', 'mi papá', 'mi hijo', 'mi abuela', 'mi hermano', 'mi hija'],
  time_es: ['mañana', 'más tarde', 'el lunes', 'después de las 5', 'la próxima semana', 'en la noche', 'el viernes', 'en una hora'],
  amount_es: ['50 dólares', '100 dólares', '$25', '$75', 'unos 40 dólares', '$60'],
  chan_es: ['llamando', 'llamándome', 'mandando mensajes', 'escribiendo', 'marcando a mi trabajo', 'mandando textos', 'mandando cartas'],
  ins_es: ['mi seguro', 'Medicaid', 'Medicare', 'la aseguranza', 'el seguro', 'mi aseguranza'],
  svc_es: ['ese procedimiento', 'esos análisis', 'una radiografía', 'esa cirugía', 'esa consulta', 'la ambulancia'],
  // Slots of the training-only families (intent-families-train.ts).
  month: ['March', 'last month', 'in the spring', 'on the 14th', 'in October', 'two weeks ago'],
  ago: ['last week', 'a month ago', 'on Sunday', 'two weeks ago', 'in March', 'recently', 'this summer'],
  longago: ['years ago', 'back in 2009', 'when I was little', 'a decade ago', 'long ago'],
  thing: ['my phone', 'my battery', 'the car', 'my laptop', 'the dog\'s old phone', 'my charger'],
  year: ['2011', '2014', '2016', '2019', '2008'],
  case: ['24-10331', '23-55012', '2024-bk-118'],
  ago_es: ['la semana pasada', 'hace un mes', 'el domingo', 'hace dos semanas', 'en marzo', 'hace poco'],
  longago_es: ['hace muchos años', 'en 2009', 'cuando yo era niña', 'hace diez años'],
};

/** A family of templates that carry `intents` (none: an utterance with no intent). */
export const family = (id: string, language: 'en' | 'es', medium: Medium, intents: Intent[], templates: string[]): IntentFamily => ({ id, language, medium, intents, templates });
const f = family;
/** A family of hard negatives of `of`: they mention it without meaning it (and may carry `intents`). */
export const hardNegative = (id: string, language: 'en' | 'es', medium: Medium, of: Intent, intents: Intent[], templates: string[]): IntentFamily => ({ id, language, medium, intents, hardNegativeOf: of, templates });
const hn = hardNegative;
/** Hard negatives of `of` that carry no other intent (the later training-only batches' kind). */
export const bareHardNegative = (id: string, language: 'en' | 'es', medium: Medium, of: Intent, templates: string[]): IntentFamily => hardNegative(id, language, medium, of, [], templates);

export const FAMILIES: IntentFamily[] = [
  // ---------------------------------------------------------------- dispute
  f('dispute-en-notmine', 'en', 'call', ['dispute'], ['{hi}I don\'t owe {bill}.', '{hi}{bill} is not mine.', '{hi}that\'s not my debt, I don\'t owe you anything', '{hi}I don\'t believe I owe {bill} at all.', 'this isnt my bill i dont owe it']),
  f('dispute-en-formal', 'en', 'portal', ['dispute'], ['I am writing to dispute {debt}.', 'I dispute {debt} and request validation.', 'Please treat this as a formal dispute of {debt}.', 'I formally dispute the validity of {debt}.', 'I am disputing {debt}; please send verification.']),
  f('dispute-en-wrongamount', 'en', 'chat', ['dispute'], ['{hi}the amount on {bill} is wrong', '{hi}you charged me twice for {svc}, that\'s wrong', '{hi}{bill} is incorrect, I was overcharged', 'the total is wrong, I was billed for {svc} I never got', '{hi}this amount is not right, fix it']),
  f('dispute-en-neverhad', 'en', 'call', ['dispute'], ['{hi}I never had {svc} done.', '{hi}I never received {svc} at {place}.', 'I was never even at {place} that day.', '{hi}I never got {svc}, why am I being billed for it?', 'I never went to {place}, this is a mistake.']),
  f('dispute-en-proof', 'en', 'sms', ['dispute'], ['prove I owe this', '{hi}send me proof I owe {bill}', 'i want verification of {debt}', '{hi}show me proof this is my debt before I pay anything', 'validate {debt} first']),
  f('dispute-en-contest', 'en', 'chat', ['dispute'], ['{hi}I want to contest {bill}.', 'I\'m contesting {bill}.', '{hi}I\'m challenging {bill}, it\'s bogus', 'I would like to open a dispute on {bill}', '{hi}I\'m gonna fight {bill}, it\'s not legit']),
  f('dispute-en-alreadycovered', 'en', 'portal', ['dispute'], ['I dispute {bill}: it was part of the package price I already agreed to.', '{bill} should not exist, the visit was free under the screening program. I dispute it.', 'This charge is an error and I dispute it.']),
  f('dispute-es-nodebo', 'es', 'call', ['dispute'], ['{hi_es}yo no debo {bill_es}.', '{hi_es}{bill_es} no es mío.', '{hi_es}esa deuda no es mía, no les debo nada', 'no reconozco {bill_es}', '{hi_es}yo no le debo nada a {place}']),
  f('dispute-es-disputa', 'es', 'portal', ['dispute'], ['Quiero disputar {bill_es}.', 'Disputo {bill_es} y pido que lo verifiquen.', '{hi_es}quiero poner una disputa sobre {bill_es}', 'Estoy disputando {bill_es}.', 'quiero impugnar {bill_es}']),
  f('dispute-es-incorrecto', 'es', 'chat', ['dispute'], ['{hi_es}{bill_es} está mal, me cobraron de más', '{hi_es}me cobraron dos veces por {svc_es}', '{hi_es}el monto no es correcto', 'ese cargo no es correcto, nunca me hicieron {svc_es}', '{hi_es}nunca recibí {svc_es}, es un error']),
  f('dispute-es-prueba', 'es', 'sms', ['dispute'], ['mándeme prueba de que debo {bill_es}', '{hi_es}quiero que me comprueben esa deuda', 'demuestren que esa deuda es mia', '{hi_es}necesito verificación de {bill_es} antes de pagar']),
  // dispute hard negatives
  hn('dispute-en-negated', 'en', 'call', 'dispute', [], ['{hi}I\'m not disputing {bill}, I just had a question.', '{hi}I\'m not saying it\'s wrong.', 'I don\'t want to dispute anything, I know I owe it.', '{hi}no I\'m not contesting {bill}, it\'s fine', 'I\'m not trying to fight {bill}.']),
  hn('dispute-en-negated-plan', 'en', 'chat', 'dispute', ['wants_plan'], ['{hi}I\'m not disputing {bill}, I just need a payment plan', 'I know I owe it, can I pay it over a few months?', 'I won\'t contest it, I just want to set up payments', '{hi}not disputing anything, can we do {amount} a month']),
  hn('dispute-en-thirdparty', 'en', 'call', 'dispute', [], ['{rel} disputed their bill with you guys last year.', '{rel} told me to dispute it but I don\'t think I will.', '{rel} says I should contest {bill}, I said no.', '{hi}{rel} is disputing a charge at another hospital, not me.']),
  hn('dispute-en-question', 'en', 'chat', 'dispute', ['bill_confusion'], ['{hi}how would I dispute a charge if I ever needed to?', 'what happens if someone disputes a bill?', 'is there a form to dispute charges? just asking for later', '{hi}can you explain what the dispute process is? I\'m not saying I want to']),
  hn('dispute-en-past', 'en', 'sms', 'dispute', [], ['i disputed a bill years ago and it got fixed, this one looks fine', 'last year I contested a charge, this time it\'s all correct', '{hi}the dispute from last spring was resolved, thanks', 'the dispute is settled, I\'m good now']),
  hn('dispute-en-correct', 'en', 'portal', 'dispute', [], ['{hi}{bill} looks correct to me.', 'I checked {bill} and it is right.', 'Everything on {bill} is correct, thank you.', 'I owe it, no question about that.']),
  hn('dispute-es-negated', 'es', 'call', 'dispute', [], ['{hi_es}no estoy disputando {bill_es}, solo tengo una pregunta', 'no quiero disputar nada, sé que lo debo', '{hi_es}no digo que esté mal', 'no voy a impugnar {bill_es}']),
  hn('dispute-es-thirdparty', 'es', 'chat', 'dispute', [], ['{rel_es} disputó su factura el año pasado', '{rel_es} me dijo que disputara la cuenta pero no lo voy a hacer', '{hi_es}{rel_es} está peleando un cobro en otro hospital, yo no']),
  hn('dispute-es-plan', 'es', 'sms', 'dispute', ['wants_plan'], ['no estoy disputando nada, solo quiero pagar en partes', '{hi_es}sé que lo debo, ¿puedo pagar {amount_es} al mes?', 'no pongo en duda {bill_es}, quiero un plan de pagos']),

  // ---------------------------------------------------------------- cease_communication
  f('cease-en-stopcalling', 'en', 'call', ['cease_communication'], ['{hi}{stopverb} {chan}.', '{hi}please {stopverb} {chan}!', '{hi}I want you to {stopverb} {chan}.', '{stopverb} {chan}, I mean it', '{hi}just {stopverb} {chan} already']),
  f('cease-en-dontcontact', 'en', 'portal', ['cease_communication'], ['Do not contact me again.', 'Please do not contact me about {bill} anymore.', 'I request that you cease all communication with me.', 'Don\'t contact me again regarding {debt}.', 'I no longer wish to be contacted.']),
  f('cease-en-leavealone', 'en', 'sms', ['cease_communication'], ['leave me alone', '{hi}leave me alone, quit bothering me', 'stop harassing me', 'dont text me anymore', 'quit blowing up my phone', 'lose my number']),
  f('cease-en-removelist', 'en', 'chat', ['cease_communication'], ['{hi}take me off your call list', 'remove my number from your list', '{hi}remove me from your texts', 'unsubscribe me from these emails', '{hi}put me on your do not call list']),
  f('cease-en-bare', 'en', 'sms', ['cease_communication'], ['STOP', 'stop', 'Stop.', 'UNSUBSCRIBE', 'stop please', 'STOP!!', 'Stop texting']),
  f('cease-en-writingonly', 'en', 'portal', ['cease_communication'], ['Don\'t call me anymore, only contact me by mail.', 'No more phone calls please, email only.', 'Stop calling my cell, send letters instead.', 'I don\'t want any more calls.']),
  f('cease-es-dejen', 'es', 'call', ['cease_communication'], ['{hi_es}dejen de {chan_es}', '{hi_es}ya no me estén {chan_es}', '{hi_es}por favor dejen de {chan_es}', 'no me sigan {chan_es}', '{hi_es}ya basta de estar {chan_es}']),
  f('cease-es-nocontacto', 'es', 'portal', ['cease_communication'], ['No me contacten más.', 'No quiero que me contacten otra vez.', 'Les pido que no se comuniquen más conmigo.', 'No me vuelvan a llamar.', 'Ya no me llamen por favor.']),
  f('cease-es-bare', 'es', 'sms', ['cease_communication'], ['BAJA', 'ALTO', 'baja', 'Alto por favor', 'PARA', 'ya no me manden mensajes']),
  f('cease-es-molestar', 'es', 'sms', ['cease_communication'], ['déjenme en paz', 'dejen de molestarme', '{hi_es}ya no me molesten', 'quítenme de su lista', 'borren mi número']),
  // cease hard negatives
  hn('cease-en-question', 'en', 'chat', 'cease_communication', [], ['{hi}will you stop calling once I pay?', 'if I pay today do the calls stop?', '{hi}how do I stop the reminders once I\'m paid up?', 'when will the texts stop, after the last payment?']),
  hn('cease-en-thirdparty', 'en', 'call', 'cease_communication', [], ['{rel} told a collector to stop calling them.', '{rel} keeps calling me, not you guys, it\'s fine', '{hi}{rel} said to tell you to stop calling, but honestly I don\'t mind', '{rel} asked their bank to stop texting them.']),
  hn('cease-en-negated', 'en', 'call', 'cease_communication', [], ['{hi}don\'t stop calling me, I need the reminders', 'you can keep texting me, that\'s fine', '{hi}I\'m not asking you to stop calling', 'it\'s ok to call me, I don\'t mind', 'please keep sending me texts about it']),
  hn('cease-en-otherstop', 'en', 'sms', 'cease_communication', [], ['the bleeding finally stopped', '{hi}I\'ll stop by {place} {time} to pay', 'can I stop autopay and pay by card instead?', 'the pain stopped, thanks for asking', 'i stopped at the pharmacy on the way']),
  hn('cease-en-callback', 'en', 'call', 'cease_communication', ['callback_later'], ['{hi}don\'t call me right now, I\'m at work, call {time}', 'can\'t talk now, call me back {time}', '{hi}not now please, try me {time}', 'I\'m driving, call me {time}']),
  hn('cease-es-negated', 'es', 'call', 'cease_communication', [], ['{hi_es}sí pueden llamarme, no hay problema', 'no dejen de mandarme los recordatorios', '{hi_es}no les estoy pidiendo que dejen de llamar', 'me pueden escribir cuando quieran']),
  hn('cease-es-question', 'es', 'chat', 'cease_communication', [], ['¿si pago hoy dejan de llamar?', '{hi_es}¿cuándo paran los mensajes, después del último pago?', '¿cómo hago para que paren los recordatorios cuando termine de pagar?']),
  hn('cease-es-callback', 'es', 'call', 'cease_communication', ['callback_later'], ['{hi_es}ahorita no puedo, llámeme {time_es}', 'estoy trabajando, márqueme {time_es}', '{hi_es}ahora no, mejor {time_es}']),

  // ---------------------------------------------------------------- attorney
  f('attorney-en-have', 'en', 'call', ['attorney'], ['{hi}I have an {lawyer} now, talk to them.', '{hi}I have a {lawyer} handling this.', 'my {lawyer} is handling {bill}', '{hi}I\'ve hired a {lawyer}.', 'I\'m represented by counsel on this matter.']),
  f('attorney-en-contact', 'en', 'portal', ['attorney'], ['Please contact my {lawyer} from now on.', 'Direct all communication to my {lawyer}.', 'All correspondence should go to my {lawyer}, Jane Ortiz, Esq.', 'You need to speak with my {lawyer}, not me.', 'Call my {lawyer} at 555-0100, not me.']),
  f('attorney-en-willhire', 'en', 'chat', ['attorney'], ['{hi}I\'m getting a {lawyer}.', 'I\'m going to get a {lawyer} for this.', '{hi}I\'m lawyering up', 'I\'ll be hiring an {lawyer} tomorrow', '{hi}I\'m calling my {lawyer} right after this']),
  f('attorney-en-sms', 'en', 'sms', ['attorney'], ['talk to my lawyer', 'my attorney will call u', 'got a lawyer now, deal with them', 'lawyer has all the papers, call him', 'my lawyer said not to talk to you']),
  f('attorney-es-tengo', 'es', 'call', ['attorney'], ['{hi_es}ya tengo {abogado_es}, hable con él', '{hi_es}tengo un {abogado_es} que lleva mi caso', 'mi {abogado_es} se va a encargar de esto', '{hi_es}contraté un {abogado_es}', 'comuníquese con mi {abogado_es}']),
  f('attorney-es-voy', 'es', 'chat', ['attorney'], ['{hi_es}voy a buscar un {abogado_es}', 'voy a contratar a un {abogado_es}', '{hi_es}esto lo voy a ver con un {abogado_es}', 'le voy a pasar esto a mi {abogado_es}']),
  // attorney hard negatives
  hn('attorney-en-notsaying', 'en', 'chat', 'attorney', ['bill_confusion'], ['I\'m not saying I\'ll get a {lawyer}, I just want the itemized bill', '{hi}I don\'t want to get a {lawyer} involved, I just want an itemized bill', 'no need for {lawyer}s, just explain the charges to me', '{hi}I\'m not getting a {lawyer}, I just want to understand {bill}']),
  hn('attorney-en-negated', 'en', 'call', 'attorney', [], ['{hi}I don\'t have a {lawyer}.', 'I\'m not represented by anyone.', '{hi}I don\'t need an {lawyer} for this.', 'no {lawyer}, it\'s just me', 'I can\'t afford an {lawyer} anyway.']),
  hn('attorney-en-thirdparty', 'en', 'call', 'attorney', ['bill_confusion'], ['{rel} is an {lawyer} and said to ask for an itemized bill', 'my {lawyer} friend said to ask for an itemized bill', '{rel} works for a {lawyer} downtown', '{rel} had a {lawyer} for their divorce', '{rel}\'s {lawyer} said hospitals have to itemize']),
  hn('attorney-en-hypothetical', 'en', 'chat', 'attorney', [], ['{hi}do I need a {lawyer} for this or can I just pay?', 'if this goes to court would I need an {lawyer}?', 'should I get a {lawyer}? I hope not', '{hi}I hope I won\'t need a {lawyer}', 'would a {lawyer} even help with something like this?']),
  hn('attorney-en-other', 'en', 'portal', 'attorney', [], ['I saw the attorney general\'s notice about medical debt.', 'my {lawyer} for the house closing needs my address', '{hi}I\'m a paralegal so I work with attorneys all day', 'I\'m a lawyer myself, I just want to pay this']),
  hn('attorney-en-plan', 'en', 'sms', 'attorney', ['wants_plan'], ['no lawyer needed, just set me up on a plan', 'i dont want a lawyer i want a payment plan', 'forget lawyers, can I pay {amount} a month']),
  hn('attorney-es-negated', 'es', 'call', 'attorney', [], ['{hi_es}no tengo {abogado_es}', 'no necesito un {abogado_es} para esto', '{hi_es}no voy a buscar {abogado_es}, solo quiero pagar', 'yo no tengo dinero para un {abogado_es}']),
  hn('attorney-es-thirdparty', 'es', 'chat', 'attorney', ['bill_confusion'], ['{rel_es} es {abogado_es} y me dijo que pidiera la factura detallada', 'el {abogado_es} de {rel_es} dice que me tienen que dar el detalle de los cargos', '{hi_es}{rel_es} trabaja con un {abogado_es}']),
  hn('attorney-es-question', 'es', 'chat', 'attorney', [], ['¿necesito un {abogado_es} para esto?', '{hi_es}¿si esto va a corte necesitaría {abogado_es}?', 'ojalá no necesite {abogado_es}']),

  // ---------------------------------------------------------------- bankruptcy
  f('bankruptcy-en-filed', 'en', 'call', ['bankruptcy'], ['{hi}I filed for bankruptcy.', '{hi}I filed chapter 7 last month.', 'I\'m in chapter 13 right now', '{hi}I declared bankruptcy in {time}', 'I filed bankruptcy and this debt is included']),
  f('bankruptcy-en-willfile', 'en', 'chat', ['bankruptcy'], ['{hi}I\'m filing for bankruptcy.', 'I\'m going to file bankruptcy.', '{hi}I\'m about to declare bankruptcy', 'I\'m filing chapter 7 next week', '{hi}I have a bankruptcy case open']),
  f('bankruptcy-en-formal', 'en', 'portal', ['bankruptcy'], ['This debt was discharged in bankruptcy.', 'My bankruptcy case number is 24-10532, please note it.', 'You are listed as a creditor in my bankruptcy.', 'I am under bankruptcy protection; the automatic stay applies.', 'My bankruptcy trustee will contact you.']),
  f('bankruptcy-en-sms', 'en', 'sms', ['bankruptcy'], ['filed bk', 'im in bankruptcy', 'going bankrupt, filed already', 'bankrupcy filed last wk', 'this is in my bk']),
  f('bankruptcy-es', 'es', 'call', ['bankruptcy'], ['{hi_es}me declaré en bancarrota', '{hi_es}estoy en bancarrota, ya lo presenté', 'voy a declararme en quiebra', '{hi_es}me declaré en quiebra el mes pasado', 'mi abogado ya metió la bancarrota']),
  f('bankruptcy-es-chat', 'es', 'chat', ['bankruptcy'], ['{hi_es}estoy en capítulo 7', 'ya presenté la bancarrota', 'esa deuda entró en mi bancarrota', '{hi_es}tengo un caso de bancarrota abierto']),
  // bankruptcy hard negatives
  hn('bankruptcy-en-negated', 'en', 'call', 'bankruptcy', ['wants_plan'], ['{hi}I\'m not filing for bankruptcy, I just need more time', 'I don\'t want to declare bankruptcy, can we work out payments?', '{hi}I\'m not going bankrupt, I just need a plan', 'not filing bk, just need {amount} a month']),
  hn('bankruptcy-en-hyperbole', 'en', 'chat', 'bankruptcy', ['hardship'], ['{bill} is going to bankrupt me', '{hi}this is bankrupting me', 'at this rate I\'ll be bankrupt', '{hi}these bills will put me in bankruptcy one day']),
  hn('bankruptcy-en-thirdparty', 'en', 'call', 'bankruptcy', [], ['{rel} filed for bankruptcy last year.', '{rel} went bankrupt, I didn\'t.', '{hi}{rel} is in chapter 7, not me', 'the company {rel} works for went bankrupt']),
  hn('bankruptcy-en-question', 'en', 'chat', 'bankruptcy', [], ['{hi}would bankruptcy even cover medical bills?', 'does bankruptcy wipe out hospital debt?', 'should I consider bankruptcy? I really hope not', '{hi}what happens to {bill} if someone files bankruptcy?']),
  hn('bankruptcy-en-past', 'en', 'portal', 'bankruptcy', [], ['My bankruptcy was discharged in 2015, this is a new bill.', 'I went through bankruptcy ten years ago, this is unrelated.', 'Years ago I filed bankruptcy, but I\'m back on my feet now.']),
  hn('bankruptcy-es-negated', 'es', 'call', 'bankruptcy', ['wants_plan'], ['{hi_es}no me voy a declarar en bancarrota, solo necesito más tiempo', 'no estoy en quiebra, quiero pagar en partes', '{hi_es}no quiero declararme en quiebra']),
  hn('bankruptcy-es-hyper', 'es', 'chat', 'bankruptcy', ['hardship'], ['{bill_es} me va a dejar en la quiebra', '{hi_es}con estas cuentas voy a quedar en bancarrota', 'me están dejando en la ruina']),
  hn('bankruptcy-es-thirdparty', 'es', 'chat', 'bankruptcy', [], ['{rel_es} se declaró en bancarrota, yo no', '{hi_es}la empresa de {rel_es} quebró', '¿la bancarrota cubre las deudas médicas?']),

  // ---------------------------------------------------------------- deceased
  f('deceased-en-passed', 'en', 'call', ['deceased'], ['{hi}{kin} passed away.', '{hi}{kin} passed away last month.', '{kin} died in March.', '{hi}{kin} is deceased.', 'The patient died, I\'m the family.']),
  f('deceased-en-estate', 'en', 'portal', ['deceased'], ['I am the executor of {kin}\'s estate; {kin} died on June 3.', 'Please send bills to the estate, the patient has passed.', 'This account belongs to {kin}, who is now deceased.', 'I\'m handling the estate of {kin}, who recently passed.']),
  f('deceased-en-lost', 'en', 'chat', ['deceased'], ['{hi}we lost {kin} two weeks ago', '{hi}{kin} is no longer with us', '{kin} didn\'t make it after the surgery', '{hi}{kin} died and I don\'t know what to do with these bills', 'we buried {kin} last week']),
  f('deceased-en-sms', 'en', 'sms', ['deceased'], ['he passed', 'she passed away', 'my dad died', 'pt is deceased', 'mom passed last nite']),
  f('deceased-es', 'es', 'call', ['deceased'], ['{hi_es}{kin_es} falleció', '{hi_es}{kin_es} murió el mes pasado', '{kin_es} ya no está con nosotros', '{hi_es}{kin_es} falleció en marzo', 'el paciente falleció']),
  f('deceased-es-chat', 'es', 'chat', ['deceased'], ['{hi_es}perdimos a {kin_es} hace dos semanas', 'soy la albacea, {kin_es} falleció', '{hi_es}enterramos a {kin_es} la semana pasada', 'mi papá se murió']),
  // deceased hard negatives
  hn('deceased-en-hyperbole', 'en', 'chat', 'deceased', [], ['{hi}I almost died when I saw {bill}', 'this bill is killing me lol', '{hi}I nearly had a heart attack at that number', 'I\'m dead tired of these calls', 'I\'m dying to know what this charge is']),
  hn('deceased-en-thirdparty-old', 'en', 'call', 'deceased', [], ['{kin} passed away years ago, this is my own bill', '{hi}since {kin} died in 2010 I do my own bills', 'the dog died last week, sorry I missed your call']),
  hn('deceased-en-alive', 'en', 'call', 'deceased', [], ['{hi}{kin} is alive and well, you have the wrong information', '{kin} didn\'t pass away, that was a mistake in your records', '{hi}{kin} survived the surgery, thank god']),
  hn('deceased-en-question', 'en', 'chat', 'deceased', [], ['{hi}what happens to a bill if the patient dies?', 'if I died would my kids owe this?', '{hi}do families have to pay when someone passes away?']),
  hn('deceased-es-hyper', 'es', 'chat', 'deceased', [], ['casi me muero cuando vi {bill_es}', '{hi_es}me muero de la pena, no he pagado', 'esta cuenta me está matando']),
  hn('deceased-es-question', 'es', 'chat', 'deceased', [], ['¿qué pasa con la cuenta si el paciente fallece?', '{hi_es}si yo me muero, ¿mis hijos tendrían que pagar?', '{kin_es} está vivo, tienen mal la información']),

  // ---------------------------------------------------------------- hardship
  f('hardship-en-afford', 'en', 'call', ['hardship'], ['{hi}I can\'t afford {bill}.', '{hi}I just can\'t pay this right now.', 'there\'s no way I can afford this', '{hi}I don\'t have the money for this', 'I can barely pay rent, let alone {bill}']),
  f('hardship-en-job', 'en', 'chat', ['hardship'], ['{hi}I {job}.', '{hi}I {job} and money is really tight', 'I {job}, I have nothing left', '{hi}we\'re struggling since I {job}']),
  f('hardship-en-crisis', 'en', 'sms', ['hardship'], ['im broke till payday', 'money is super tight rn', 'living paycheck to paycheck, cant do this', 'my kid is sick and I\'m behind on everything', 'i\'m on a fixed income and can\'t keep up']),
  f('hardship-es', 'es', 'call', ['hardship'], ['{hi_es}no puedo pagar {bill_es}', '{hi_es}no me alcanza el dinero', 'perdí mi trabajo', '{hi_es}me quedé sin chamba', 'estoy muy apretada de dinero este mes']),
  hn('hardship-en-negated', 'en', 'call', 'hardship', [], ['{hi}money isn\'t the problem, I just forgot', 'I can afford it, I just need the right account number', '{hi}I\'m fine financially, just busy']),
  // ---------------------------------------------------------------- already_paid
  f('paid-en', 'en', 'call', ['already_paid'], ['{hi}I already paid {bill}.', '{hi}I paid that last week.', 'I paid it online on the 3rd', '{hi}that was paid in full already', 'I sent a check for it already']),
  f('paid-en-sms', 'en', 'sms', ['already_paid'], ['already paid', 'paid it yesterday', 'i paid that already check again', 'pd in full last month', 'my payment went thru on friday']),
  f('paid-es', 'es', 'call', ['already_paid'], ['{hi_es}ya pagué {bill_es}', 'ya lo pagué la semana pasada', '{hi_es}ya está pagado', 'yo ya mandé el pago']),
  hn('paid-en-question', 'en', 'chat', 'already_paid', [], ['{hi}did my payment go through?', 'can I pay online?', '{hi}where do I send the payment?', 'how much have I paid so far?']),
  // ---------------------------------------------------------------- wrong_person
  f('wrong-en', 'en', 'call', ['wrong_person'], ['{hi}you have the wrong number.', '{hi}I\'m not that person.', 'wrong person, I don\'t know who that is', '{hi}no one by that name lives here', 'you got the wrong guy']),
  f('wrong-en-sms', 'en', 'sms', ['wrong_person'], ['wrong number', 'who is this? wrong #', 'not me, wrong person', 'i dont know any maria']),
  f('wrong-es', 'es', 'call', ['wrong_person'], ['{hi_es}número equivocado', '{hi_es}se equivocó de persona', 'aquí no vive nadie con ese nombre', '{hi_es}yo no soy esa persona']),
  // ---------------------------------------------------------------- wants_plan
  f('plan-en', 'en', 'chat', ['wants_plan'], ['{hi}can I set up a payment plan?', '{hi}can I pay {amount} a month?', 'I\'d like to pay it off in installments', '{hi}can we split {bill} into monthly payments?', 'is there a way to pay a little at a time?']),
  f('plan-en-sms', 'en', 'sms', ['wants_plan'], ['can i do payments', 'payment plan pls', 'can i pay {amount} every 2 weeks', 'i can do {amount} a month']),
  f('plan-es', 'es', 'call', ['wants_plan'], ['{hi_es}¿puedo pagar en partes?', '{hi_es}quiero un plan de pagos', '¿puedo pagar {amount_es} al mes?', '{hi_es}¿me dejan pagar en abonos?']),
  // ---------------------------------------------------------------- wants_assistance
  f('assist-en', 'en', 'portal', ['wants_assistance'], ['{hi}do you have financial assistance?', 'Can I apply for charity care?', '{hi}is there a program that helps with medical bills?', 'I\'d like to apply for financial aid for {bill}.', 'Do I qualify for a discount based on income?']),
  f('assist-es', 'es', 'chat', ['wants_assistance'], ['{hi_es}¿tienen ayuda financiera?', '¿hay algún programa de asistencia?', '{hi_es}quiero aplicar para la ayuda de caridad', '¿califico para un descuento?']),
  // ---------------------------------------------------------------- bill_confusion
  f('confusion-en', 'en', 'chat', ['bill_confusion'], ['{hi}I don\'t understand {bill}.', '{hi}what is this charge for?', 'can you explain {bill} to me?', '{hi}I want an itemized bill', 'why is {bill} so high? what am I paying for?']),
  f('confusion-es', 'es', 'call', ['bill_confusion'], ['{hi_es}no entiendo {bill_es}', '{hi_es}¿de qué es este cargo?', '¿me puede explicar {bill_es}?', 'quiero la factura detallada']),
  // ---------------------------------------------------------------- insurance_should_pay
  f('insurance-en', 'en', 'call', ['insurance_should_pay'], ['{hi}{ins} should have covered this.', '{hi}did you bill {ins}?', 'this should go to {ins}, not me', '{hi}{ins} is supposed to pay for that', 'send it to {ins} first']),
  f('insurance-es', 'es', 'chat', ['insurance_should_pay'], ['{hi_es}{ins_es} debería cubrir esto', '¿ya le cobraron a {ins_es}?', '{hi_es}eso lo tiene que pagar {ins_es}', 'mándenlo a {ins_es} primero']),
  // ---------------------------------------------------------------- callback_later
  f('callback-en', 'en', 'call', ['callback_later'], ['{hi}can you call me back {time}?', '{hi}I\'m at work, call me {time}', 'bad time, call back {time}', '{hi}I can\'t talk right now', 'i\'m busy rn, try {time}']),
  f('callback-es', 'es', 'call', ['callback_later'], ['{hi_es}¿me puede llamar {time_es}?', '{hi_es}ahorita no puedo hablar', 'llámeme {time_es} por favor', 'estoy ocupada, márqueme {time_es}']),
  // ---------------------------------------------------------------- complaint
  f('complaint-en', 'en', 'call', ['complaint'], ['{hi}I want to speak to a {sup}.', '{hi}get me your {sup}', 'I\'m filing a complaint about this', '{hi}I\'m reporting you to the CFPB', 'this is ridiculous, let me talk to your {sup}']),
  f('complaint-es', 'es', 'call', ['complaint'], ['{hi_es}quiero hablar con un supervisor', 'páseme a su gerente', '{hi_es}voy a poner una queja', 'los voy a reportar']),

  // ---------------------------------------------------------------- more voices (second pass)
  f('dispute-en-insurance-wrong', 'en', 'call', ['dispute'], ['{hi}this was billed wrong, I\'m not paying {bill} until it\'s corrected', '{hi}I refuse to pay {bill}, it\'s an error', 'I\'m not paying for something I never got', '{hi}you billed the wrong person for {svc}, not paying it']),
  f('dispute-en-identity', 'en', 'portal', ['dispute'], ['Someone used my identity at {place}; {bill} is fraud.', 'This is identity theft. I did not receive these services.', 'I was not the patient for {svc}; please remove {bill}.']),
  f('dispute-es-fraude', 'es', 'portal', ['dispute'], ['Alguien usó mi identidad, {bill_es} es un fraude.', '{hi_es}yo no fui a esa consulta, es un error', 'no voy a pagar algo que no recibí', '{hi_es}me cobraron algo que nunca me hicieron']),
  hn('dispute-en-understand', 'en', 'chat', 'dispute', ['bill_confusion'], ['{hi}I\'m not saying it\'s wrong, I just don\'t understand {bill}', 'not arguing, just confused about {bill}', '{hi}is {bill} right? just want to make sure before I pay', 'I\'m sure it\'s correct, I just want the breakdown']),
  hn('dispute-es-past', 'es', 'call', 'dispute', [], ['{hi_es}la disputa del año pasado ya se resolvió, gracias', 'ya está corregido, todo bien con {bill_es}', '{hi_es}{bill_es} está bien, sí lo debo']),
  hn('dispute-es-question', 'es', 'chat', 'dispute', ['bill_confusion'], ['{hi_es}¿cómo se disputa un cargo si algún día lo necesito?', '¿qué pasa si alguien disputa una factura?', '{hi_es}no digo que esté mal, solo quiero entender {bill_es}']),
  f('cease-en-harassment', 'en', 'call', ['cease_communication'], ['{hi}this is harassment, never call this number again', 'I\'ve asked three times, do not call me again', '{hi}I don\'t want to hear from you people ever again', 'you can send mail but no more calls', '{hi}no more calls or texts, period']),
  f('cease-en-portal', 'en', 'portal', ['cease_communication'], ['Please stop all phone calls and text messages to me.', 'I revoke my consent to be called or texted.', 'Cease and desist all communication regarding {debt}.', 'Stop contacting my workplace.']),
  f('cease-es-revoke', 'es', 'portal', ['cease_communication'], ['Retiro mi permiso para que me llamen o me manden mensajes.', 'No quiero recibir más llamadas de ustedes.', 'Dejen de comunicarse conmigo, por favor.', 'No me marquen al trabajo nunca más.']),
  hn('cease-en-past', 'en', 'sms', 'cease_communication', [], ['you guys stopped calling after I paid, thanks', '{hi}the calls stopped, all good now', 'i asked my old bank to stop calling, not you', 'last year I told someone to stop calling, different company']),
  hn('cease-en-quoted', 'en', 'portal', 'cease_communication', [], ['The message said "reply STOP to unsubscribe". I want to keep getting them.', 'What happens if I reply "stop"? I don\'t want to lose the reminders.', 'My daughter told me to text "stop" but I\'d rather keep the texts.']),
  hn('cease-es-past', 'es', 'sms', 'cease_communication', [], ['ya dejaron de llamar cuando pagué, gracias', '{hi_es}las llamadas pararon, todo bien', 'le dije a mi banco que dejara de llamar, no a ustedes']),
  f('attorney-en-referral', 'en', 'call', ['attorney'], ['{hi}my {lawyer}\'s name is Dana Kim, please deal with her', 'I retained counsel, here is their number', '{hi}I have legal representation for this debt', 'the law office of Reyes and Park represents me now', '{hi}I\'m being represented, send everything to my {lawyer}']),
  f('attorney-en-soon', 'en', 'sms', ['attorney'], ['hiring a lawyer tmrw', 'my lawyer will handle it from now on', 'gonna have my attorney call u', 'talk 2 my lawyer', 'lawyer is dealing with it now']),
  f('attorney-es-rep', 'es', 'portal', ['attorney'], ['Un abogado me representa en este asunto.', 'Por favor hablen con mi abogada, la licenciada Ruiz.', 'Ya contraté abogado para esta deuda.', 'Mi abogado les va a llamar.']),
  hn('attorney-en-past', 'en', 'call', 'attorney', [], ['{hi}I had a {lawyer} for my car accident years ago, that\'s over', 'my old {lawyer} retired, I don\'t have one now', '{hi}the {lawyer} I used for my divorce is not involved in this']),
  hn('attorney-en-threatless', 'en', 'chat', 'attorney', ['wants_plan'], ['{hi}I don\'t want to make this a legal thing, can we just do payments?', 'no need to get lawyers involved, I\'ll pay {amount} a month', '{hi}I\'m not looking for a fight or a {lawyer}, just a plan']),
  hn('attorney-es-past', 'es', 'call', 'attorney', [], ['{hi_es}tuve abogado para mi divorcio, pero ya no', 'el {abogado_es} de mi accidente ya no tiene nada que ver', '{hi_es}no quiero meter abogados, solo quiero pagar']),
  f('bankruptcy-en-case', 'en', 'call', ['bankruptcy'], ['{hi}I\'m in an active bankruptcy, you\'re listed as a creditor', 'my chapter 13 plan includes {bill}', '{hi}I filed a bankruptcy petition on Monday', 'we filed for bankruptcy, my husband and I', '{hi}this should be in my bankruptcy, I filed in {time}']),
  f('bankruptcy-es-case', 'es', 'portal', ['bankruptcy'], ['Estoy en un proceso de bancarrota; ustedes aparecen como acreedores.', 'Presenté la quiebra la semana pasada.', 'Mi caso de bancarrota incluye esta deuda.', 'Nos declaramos en bancarrota mi esposo y yo.']),
  hn('bankruptcy-en-fear', 'en', 'call', 'bankruptcy', ['hardship'], ['{hi}I\'m trying really hard not to go bankrupt', 'I\'m scared I\'ll have to file bankruptcy if this keeps up', '{hi}I\'m one bill away from bankruptcy', 'I don\'t want to end up in bankruptcy over a hospital bill']),
  hn('bankruptcy-es-question', 'es', 'chat', 'bankruptcy', [], ['¿la bancarrota borra las deudas del hospital?', '{hi_es}¿debería declararme en quiebra? espero que no', '¿qué pasa con {bill_es} si alguien se declara en bancarrota?']),
  hn('bankruptcy-es-past', 'es', 'portal', 'bankruptcy', [], ['Mi bancarrota terminó en 2016, esta cuenta es nueva.', 'Hace años me declaré en quiebra, pero ya me recuperé.', 'La bancarrota fue hace mucho, esta factura no tiene nada que ver.']),
  f('deceased-en-call', 'en', 'call', ['deceased'], ['{hi}I\'m calling about {kin}\'s bill, {kin} passed on Sunday', 'The patient is my father and he died last week', '{hi}{kin} lost the fight with cancer in May', 'I\'m the widow, my husband died in the ICU', '{hi}{kin} passed, I\'m handling the bills now']),
  f('deceased-es-portal', 'es', 'portal', ['deceased'], ['El paciente falleció el 3 de junio; soy su hija.', 'Mi esposo murió, yo me encargo de sus cuentas.', 'Les informo que {kin_es} ya falleció.', '{kin_es} se nos fue el mes pasado.']),
  hn('deceased-en-thirdparty-notpatient', 'en', 'chat', 'deceased', ['hardship'], ['{hi}{kin} passed away so money is tight, but this bill is mine', 'since {kin} died I\'m on one income', '{hi}{kin}\'s funeral took all our savings, I need time on my bill']),
  hn('deceased-es-alive', 'es', 'call', 'deceased', [], ['{hi_es}{kin_es} está vivo, es un error en sus registros', '{kin_es} no falleció, salió bien de la operación', '{hi_es}yo sigo vivo, aquí estoy']),
  hn('deceased-es-thirdparty', 'es', 'chat', 'deceased', ['hardship'], ['desde que falleció {kin_es} estoy sola con los gastos, esta cuenta es mía', '{hi_es}el funeral de {kin_es} se llevó todo, necesito tiempo']),
  f('mix-en-cease-attorney', 'en', 'call', ['cease_communication', 'attorney'], ['{hi}don\'t call me anymore, talk to my {lawyer}', 'stop contacting me, my {lawyer} handles this now', '{hi}I have a {lawyer}, stop calling me', 'leave me alone, my {lawyer} will deal with you', '{hi}no more calls, call my {lawyer} instead']),
  f('mix-es-cease-attorney', 'es', 'call', ['cease_communication', 'attorney'], ['{hi_es}ya no me llamen, hablen con mi {abogado_es}', 'dejen de llamarme, tengo {abogado_es}', '{hi_es}no me contacten, mi {abogado_es} se encarga']),
  f('mix-en-cease-dispute', 'en', 'sms', ['cease_communication', 'dispute'], ['stop texting me, i dont owe this', '{hi}I don\'t owe {bill}, stop calling me', 'this isn\'t my debt so quit calling', '{hi}{bill} is wrong and I want the calls to stop']),
  f('mix-en-hardship-cease', 'en', 'call', ['cease_communication', 'hardship'], ['{hi}I {job}, please stop calling me', 'I can\'t afford this, stop calling me!', '{hi}I have no money, quit texting me']),
  f('complaint-en-threat', 'en', 'sms', ['complaint'], ['im going to report you', '{hi}I\'m reporting this to the state', 'I\'ll file a complaint with the attorney general', '{hi}I\'m going to report you to the BBB', 'you\'ll be hearing from the CFPB']),
  f('mix-en-wrong-complaint', 'en', 'call', ['wrong_person', 'complaint'], ['wrong number, and I\'m reporting you if you call again', '{hi}I\'m not that person, let me talk to your {sup}', 'you have the wrong guy and I\'m filing a complaint']),
  f('complaint-es-threat', 'es', 'sms', ['complaint'], ['los voy a reportar', '{hi_es}voy a poner una queja con el estado', 'quiero hablar con su supervisor ahora']),
  // ---------------------------------------------------------------- none
  f('none-en', 'en', 'chat', [], ['{hi}ok thanks', 'got it, thank you', '{hi}what\'s my balance?', 'sounds good', '{hi}I\'ll look at it tonight', 'thanks for explaining', 'what are your office hours?']),
  f('none-es', 'es', 'chat', [], ['{hi_es}ok gracias', 'entendido, gracias', '{hi_es}¿cuánto debo?', 'está bien', '¿a qué hora abren?']),
];

/**
 * Hand-written families used only in the held-out test: mixes, code-switching, sarcasm and
 * phrasings no template above uses. They are never trained or tuned on.
 */
export const HELD_OUT_FAMILIES: IntentFamily[] = [
  f('x-en-mix-cease-attorney', 'en', 'call', ['cease_communication', 'attorney'], ['Stop calling me, I have a {lawyer}.', 'Quit calling, my {lawyer} will be in touch.', 'I retained an {lawyer}, do not call me again.']),
  f('x-en-mix-dispute-plan', 'en', 'chat', ['dispute'], ['Half of {bill} is wrong and I won\'t pay a penny until it\'s fixed.', 'These charges are bogus, I was never seen that day.', 'I\'m disputing the part for {svc}, I never got it.']),
  f('x-codeswitch', 'es', 'sms', ['attorney'], ['ya tengo lawyer, hablen con él', 'my abogado se va a encargar', 'tengo attorney ahora, llámenle a él']),
  f('x-codeswitch-cease', 'es', 'sms', ['cease_communication'], ['stop de llamar porfa', 'ya no me llamen, stop', 'dejen de textear please']),
  f('x-deceased-mixed', 'en', 'call', ['deceased'], ['Mi mamá passed away last month, I\'m calling about her bill.', 'My husband died on the 3rd. I don\'t know what to do.', 'She\'s gone, she passed on Sunday.']),
  f('x-bk-mixed', 'en', 'portal', ['bankruptcy'], ['Please update your records: chapter 7 petition filed 11/02.', 'I\'m in the middle of a bankruptcy, the trustee is Sam Lee.']),
  hn('x-sarcasm-attorney', 'en', 'chat', 'attorney', [], ['Oh sure, let me just hire a {lawyer} for a $40 bill.', 'Yeah right, like I can afford a {lawyer}.']),
  hn('x-quoted', 'en', 'portal', 'cease_communication', [], ['Your letter says "stop calling us" on the back, what does that mean?', 'The text said "reply STOP to opt out", I don\'t want to opt out.']),
  hn('x-quoted-attorney', 'en', 'chat', 'attorney', ['bill_confusion'], ['The letter says "if you are represented by an attorney, tell us". I\'m not. What is this charge?', 'What does "attorney review" mean on my statement?']),
];
