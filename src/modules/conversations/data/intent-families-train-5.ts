/**
 * A fifth batch of training-only template families (Apache-2.0, written for Kindly), always
 * train, emitted after every earlier family so no earlier utterance changes. Written from the
 * out-of-fold misses of the train families (representation said in ways the earlier families
 * reach only through the word "lawyer": handing the matter over, a firm or a clinic, "counsel",
 * "my rep", learner English, Spanish "licenciado", "bufete", "despacho"), and hard negatives where
 * out-of-fold precision binds: bankruptcy as a figure of speech, a company's or a relative's
 * filing, a question about it; "power of attorney" and other legal words that are not
 * representation; deaths and "stop" that are not about the account; disagreement that is not a
 * dispute. Written without opening any held-out family (fixed test, fresh or check set).
 *
 * Not emitted by the generator, so not in the shipped model: the candidate trained with it (and the
 * verifier features of the unshipped candidate C, a trust level, higher recall targets) lost
 * deceased recall on the fixed split (0.995 -> 0.949; docs/conversations.md, what was tried and
 * not kept). scripts/compare-intent-variants.ts `--batch-5` evaluates it out of fold.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';


export const TRAIN_ONLY_FAMILIES_5: IntentFamily[] = [
  // ------------------------------------------------------------ attorney: representation in new voices
  f('r-en-attorney-handover', 'en', 'call', ['attorney'], [
    '{hi}I have turned {bill} over to my {lawyer}, so any questions go to them.',
    '{hi}from here on my {lawyer} speaks for me on this.',
    '{hi}everything about {debt} goes through my {lawyer} now.',
    '{hi}please reach out to my {lawyer} instead of me from now on.',
    '{hi}I put this in my {lawyer}\'s hands, you will need to call her office.',
    '{hi}my {lawyer} is reviewing {bill}, please contact his office, not my phone.',
    '{hi}this account is being handled by my {lawyer}, I was told not to discuss it.',
  ]),
  f('r-en-attorney-firm', 'en', 'portal', ['attorney'], [
    'I have engaged a law firm regarding {debt}. Please send all notices to them.',
    'A consumer protection attorney represents me on this account; her card is attached.',
    'Please note that Hale & Brandt LLP represents me. Contact their office about {bill}.',
    'I now have counsel. Any further contact about {debt} should be with my counsel.',
    'My attorney, Mr. Okafor, asked that you call his office rather than me.',
    'The legal clinic at the university is representing me on {bill}.',
  ]),
  f('r-en-attorney-plain', 'en', 'sms', ['attorney'], [
    'my lawyer has it',
    'i have counsel now',
    'reach my attorney not me',
    'got representation, call them',
    'my atty will contact u',
    'lawyer is on it now, call him',
    'a law firm reps me now',
  ]),
  f('r-en-attorney-learner', 'en', 'call', ['attorney'], [
    '{hi}I have now a lawyer for this, please you talk to him.',
    '{hi}the attorney take my case, no more call to me please.',
    '{hi}my lawyer she say you must to call her, not me.',
    '{hi}lawyer is help me with {debt}, I give you his number.',
    '{hi}I am with lawyer now about this, please call the office of him.',
    '{hi}for this bill I have attorney, he will answer to you.',
  ]),
  f('r-en-attorney-voices', 'en', 'chat', ['attorney'], [
    '{hi}my union lawyer is handling {bill}, please deal with him.',
    '{hi}I went to legal aid and they are representing me now.',
    '{hi}I have a lawyer on this one, contact her please.',
    '{hi}just so you know, I am represented, you should talk to my lawyer.',
    '{hi}my {lawyer} told me to give you her number and stop talking to you directly.',
    '{hi}I already have an {lawyer}, he has all the paperwork on {bill}.',
  ]),
  f('r-es-attorney-voices', 'es', 'call', ['attorney'], [
    '{hi_es}ya puse este asunto en manos de mi {abogado_es}, hable con él.',
    '{hi_es}un bufete me representa, mándeles todo a ellos.',
    '{hi_es}el despacho de mi {abogado_es} se va a comunicar con ustedes.',
    '{hi_es}tengo representación legal, cualquier cosa con mi {abogado_es}.',
    '{hi_es}le doy el número de mi {abogado_es}, de ahora en adelante llame ahí.',
    '{hi_es}mi licenciada lleva {bill_es}, diríjase a ella.',
  ]),
  f('r-es-attorney-sms', 'es', 'sms', ['attorney'], [
    'todo con mi abogado',
    'ya tengo quien me represente, llamen a mi abogada',
    'mi licenciado ve esto, no yo',
    'el bufete me representa',
    'contacten a mi abogado x favor',
  ]),
  // ------------------------------------------------------------ attorney: legal words that are not representation
  hn('r-en-attorney-poa', 'en', 'call', 'attorney', [], [
    '{hi}I have power of attorney for my mother, can I set up a plan for her bill?',
    '{hi}my son has power of attorney, he can talk to you about {bill}.',
    '{hi}I am her power of attorney, what does she owe?',
    '{hi}do you need a copy of the power of attorney before we talk about {bill}?',
    '{hi}the power of attorney papers are signed, I can pay {bill} for him now.',
  ]),
  hn('r-en-attorney-other', 'en', 'chat', 'attorney', [], [
    '{hi}the attorney general has a page about medical bills, I read it, so what is the total?',
    '{hi}I do estate planning with a lawyer next week, unrelated, what is my balance?',
    '{hi}my lawyer is for my immigration case, this bill I will pay myself.',
    '{hi}I am not going to a lawyer over {bill}, just tell me how to pay it.',
    '{hi}a lawyer on the radio said medical debt is common, anyway, what is my balance?',
    '{hi}my {lawyer} cousin looked at {bill} and said it seems fine.',
  ]),
  hn('r-es-attorney-other', 'es', 'call', 'attorney', [], [
    '{hi_es}tengo poder notarial de mi mamá, quiero pagar {bill_es} por ella.',
    '{hi_es}mi sobrino es abogado y me ayuda a leer las cartas, ¿cuánto debo?',
    '{hi_es}no voy a buscar abogado por esto, nomás dígame cuánto debo.',
    '{hi_es}el abogado de mi divorcio no tiene nada que ver con esta cuenta.',
    '{hi_es}¿hace falta un abogado para aclarar esto? espero que no.',
  ]),
  // ------------------------------------------------------------ bankruptcy: figures, companies, others, questions
  hn('r-en-bk-figure', 'en', 'call', 'bankruptcy', ['hardship'], [
    '{hi}{bill} is going to bankrupt me, I do not have that kind of money.',
    '{hi}these copays will have me bankrupt by spring, I really cannot pay all of it.',
    '{hi}these bills are going to bankrupt us, we are barely making rent.',
    '{hi}one more hospital visit and I am bankrupt, money is that tight.',
  ]),
  hn('r-en-bk-company', 'en', 'portal', 'bankruptcy', [], [
    'The billing company you used before went bankrupt. Who do I pay for {bill} now?',
    'My employer filed chapter 11 and my insurance lapsed, that is why this was not covered.',
    'The pharmacy chain near me is in bankruptcy, so I switched. Unrelated, what is my balance?',
    'The ambulance company declared bankruptcy; is {bill} still owed to you?',
  ]),
  hn('r-en-bk-others', 'en', 'chat', 'bankruptcy', [], [
    '{hi}{rel} filed for bankruptcy {ago}, but this account is mine and I am fine.',
    '{hi}my parents went through bankruptcy when I was young, I never want that.',
    '{hi}{kin} is in chapter 13, I am not, please keep my account separate.',
    '{hi}is it true bankruptcy clears hospital bills? asking for a friend.',
    '{hi}I am not in bankruptcy, nobody filed anything, I just had questions about {bill}.',
  ]),
  hn('r-es-bk-mentions', 'es', 'chat', 'bankruptcy', [], [
    '{hi_es}la compañía que me cobraba antes quebró, ¿a quién le pago ahora?',
    '{hi_es}con tantas cuentas voy a terminar en la quiebra, ja, ¿cuánto es?',
    '{hi_es}mi cuñado se declaró en bancarrota, yo no, esta cuenta es mía.',
    '{hi_es}¿es cierto que la bancarrota borra las deudas del hospital? solo pregunto.',
    '{hi_es}la fábrica donde trabajaba se declaró en quiebra y perdí el seguro.',
  ]),
  // ------------------------------------------------------------ cease: mentions that are not a request
  hn('r-en-cease-mentions', 'en', 'sms', 'cease_communication', [], [
    'pls keep texting me the reminders, they help',
    'dont stop sending me the statements, i need them for taxes',
    'i never said stop, keep the reminders coming',
    'i stopped getting your emails, can you resend',
    'stop by the office? what are your hours',
    'my old number stopped working, use this one',
  ]),
  hn('r-es-cease-mentions', 'es', 'sms', 'cease_communication', [], [
    'sí me pueden seguir mandando mensajes',
    'no dejen de mandarme los recordatorios porfa',
    'nunca dije que pararan, los mensajes me ayudan',
    'ya no me llegan sus correos, me los reenvía',
    'mi número viejo dejó de funcionar, usen este',
  ]),
  // ------------------------------------------------------------ deceased: deaths that are not the account holder's
  hn('r-en-deceased-mentions', 'en', 'chat', 'deceased', [], [
    '{hi}sorry for the delay, my cat died last week and it has been rough.',
    '{hi}my car died on the highway so I missed the appointment.',
    '{hi}I almost died of shock when I saw {bill}.',
    '{hi}the funeral for my coworker was yesterday, I can pay {bill} today.',
    '{hi}my grandfather passed {longago}, I am the patient and I am alive and well.',
  ]),
  hn('r-es-deceased-mentions', 'es', 'call', 'deceased', [], [
    '{hi_es}se me murió el celular, por eso no contesté.',
    '{hi_es}casi me muero cuando vi {bill_es}.',
    '{hi_es}fui al velorio de un vecino, por eso no pude pagar ayer.',
    '{hi_es}mi abuelo murió {longago_es}, la cuenta es mía y estoy bien.',
  ]),
  // ------------------------------------------------------------ dispute: disagreement that is not a dispute
  hn('r-en-dispute-mentions', 'en', 'call', 'dispute', [], [
    '{hi}I am not disputing anything, I just want to know when it is due.',
    '{hi}I had a dispute with my insurance {ago} but it is settled, what do I owe you?',
    '{hi}the amount looks right to me, I just wanted to confirm it.',
    '{hi}I do not disagree with the charge, where do I send the check?',
  ]),
];
