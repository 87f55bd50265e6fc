/**
 * A third batch of training-only template families (Apache-2.0, written for Kindly), always
 * train, emitted after every earlier family so no earlier utterance changes. Mostly hard
 * negatives of the critical intents with more templates per family than the earlier batches
 * (a family of three templates teaches three phrasings, however many slot fillings it gets):
 * a legal word used for something else, bankruptcy as a figure of speech or someone else's
 * matter, deaths that are not the account holder's or are long settled, "stop" that is not about
 * contact, disagreement that is not a dispute; each with a few positives in new voices so recall
 * holds. Written without opening any held-out family.
 *
 * Not emitted by the generator, so not in the shipped model: trained with it (and 6,000 weights,
 * hard negatives weighing 2x, a settled-past scope), the fixed split's dispute recall fell from
 * 0.94 to 0.90 (docs/conversations.md, what was tried and not kept). scripts/compare-intent-variants.ts
 * `--extra-families` evaluates it out of fold.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';


export const TRAIN_ONLY_FAMILIES_3: IntentFamily[] = [
  // ------------------------------------------------------------ bankruptcy
  hn('v-en-bk-figure', 'en', 'chat', 'bankruptcy', [], [
    '{hi}one more bill like this and I will be bankrupt, I swear',
    '{hi}these copays are bankrupting my whole family lol',
    'this hospital is gonna make me go broke, anyway what is the total',
    '{hi}I feel morally bankrupt paying this much for a ten minute visit',
    'bankrupt? me? no, just annoyed at {bill}',
    '{hi}medical debt bankrupts people, I read about it, what do I owe exactly',
    '{hi}I could go bankrupt from this, but I am paying it',
  ]),
  hn('v-en-bk-others', 'en', 'call', 'bankruptcy', [], [
    '{hi}the clinic I used to go to went bankrupt, so who owns {bill} now?',
    '{hi}my landlord filed for bankruptcy and the building is a mess',
    '{hi}the airline I work for is in chapter 11, my hours are uncertain',
    '{hi}{rel} went through a bankruptcy, it ruined their credit, I do not want that',
    '{hi}my ex filed bankruptcy during the divorce, this bill is only in my name',
    '{hi}I read that the hospital chain is near bankruptcy, is my payment safe?',
  ]),
  hn('v-en-bk-considering', 'en', 'chat', 'bankruptcy', [], [
    '{hi}is bankruptcy the only way out of this? I hope not',
    '{hi}I do not want to file bankruptcy, that is why I am calling',
    '{hi}a friend said I should declare bankruptcy, I said no way',
    '{hi}I am trying to avoid bankruptcy, can we talk about {bill}?',
    '{hi}what happens with medical bills in a bankruptcy, just curious',
    '{hi}I have never filed for bankruptcy in my life',
    '{hi}I looked into chapter 7 but I do not qualify and I do not want it anyway',
  ]),
  hn('v-en-bk-settled', 'en', 'portal', 'bankruptcy', [], [
    'My bankruptcy was closed in {year}; this charge is from this year and I will pay it.',
    'I had a chapter 13 a long time ago, it is finished, this is a new bill.',
    'The bankruptcy you see on my credit is from {year} and has nothing to do with this visit.',
    'Years ago I went through bankruptcy. Today I just need the balance for {bill}.',
    'That old bankruptcy is done; please just send me the current statement.',
  ]),
  f('v-en-bk-positive', 'en', 'call', ['bankruptcy'], [
    '{hi}I filed chapter 7 {ago}, my case number is {case}, you need to stop.',
    '{hi}I am in an active bankruptcy, please send this to my trustee.',
    '{hi}we filed for bankruptcy and {bill} is listed in it.',
    '{hi}my bankruptcy attorney says there is an automatic stay, so no more collection.',
    '{hi}I am going through chapter 13 right now, this debt is included.',
    '{hi}I declared bankruptcy {ago}, you should have gotten the notice.',
  ]),
  hn('v-es-bk-mentions', 'es', 'call', 'bankruptcy', [], [
    '{hi_es}con {bill_es} me van a dejar en la quiebra, pero lo voy a pagar.',
    '{hi_es}la empresa donde trabajo se fue a la quiebra y ando buscando trabajo.',
    '{hi_es}{rel_es} se declaró en bancarrota, yo no.',
    '{hi_es}no quiero declararme en bancarrota, por eso le llamo.',
    '{hi_es}me declaré en quiebra hace muchos años, esta cuenta es nueva.',
    '{hi_es}¿la bancarrota cubre cuentas médicas? solo pregunto.',
  ]),
  f('v-es-bk-positive', 'es', 'chat', ['bankruptcy'], [
    'me declaré en bancarrota {ago_es}, tengo número de caso',
    'estoy en bancarrota ahora, hablen con el síndico',
    '{hi_es}ya presenté la quiebra y {bill_es} está incluida',
    '{hi_es}estamos en capítulo 7, ya no pueden cobrarme',
  ]),
  // ------------------------------------------------------------ attorney
  hn('v-en-attorney-other-uses', 'en', 'call', 'attorney', [], [
    '{hi}my daughter has power of attorney for my medical decisions, not for bills.',
    '{hi}I am a paralegal myself, so I read the statement closely, it looks fine.',
    '{hi}I work at a law firm and I get paid Friday, I can pay then.',
    '{hi}the lawyer on TV said to always ask for an itemized bill, so I am asking.',
    '{hi}my divorce lawyer is a different thing, this bill I handle myself.',
    '{hi}I had a lawyer for my car accident {longago}, this is unrelated.',
    '{hi}my son is studying to be an attorney, he helps me read letters.',
  ]),
  hn('v-en-attorney-not-yet', 'en', 'chat', 'attorney', [], [
    '{hi}I do not have a lawyer and I do not want one, I just want this fixed',
    '{hi}no attorney, just me, can we figure out {bill}?',
    '{hi}I thought about calling a lawyer but that costs more than the bill',
    '{hi}do I need a lawyer for this? I hope not',
    '{hi}should I get an attorney? I would rather just talk to you',
    '{hi}nobody is representing me, I am handling {bill} on my own',
    '{hi}I am not lawyering up over {amount}, relax',
  ]),
  f('v-en-attorney-positive', 'en', 'call', ['attorney'], [
    '{hi}I have an attorney handling this now, please contact her.',
    '{hi}my {lawyer} is dealing with {bill}, all calls go to him.',
    '{hi}I hired a {lawyer} last week, I am not discussing this anymore.',
    '{hi}I am represented, you have my attorney\'s number.',
    '{hi}please direct everything about {debt} to my {lawyer}.',
    '{hi}this is with my lawyer now, talk to his office.',
  ]),
  hn('v-es-attorney-mentions', 'es', 'chat', 'attorney', [], [
    'no tengo {abogado_es} y no quiero uno, solo quiero arreglar esto',
    '{hi_es}mi hija es abogada pero yo me encargo de mis cuentas',
    '{hi_es}¿necesito un abogado para esto? ojalá que no',
    '{hi_es}pensé en buscar un abogado pero sale más caro que la cuenta',
    '{hi_es}tuve abogado para mi accidente hace años, esto no tiene que ver',
    '{hi_es}nadie me representa, yo pago {bill_es}',
  ]),
  // ------------------------------------------------------------ deceased
  hn('v-en-deceased-others', 'en', 'call', 'deceased', [], [
    '{hi}my neighbor passed away last week so I have been busy, sorry I missed your call.',
    '{hi}my dog died and I have been a wreck, can we talk about {bill} later this week?',
    '{hi}I was at a funeral for a coworker, that is why I did not answer.',
    '{hi}my uncle died {longago} and left me nothing, so this bill is mine to pay.',
    '{hi}after my friend died I moved, please update my address.',
    '{hi}my grandmother passed when I was a kid, I am the one on this account.',
  ]),
  hn('v-en-deceased-alive', 'en', 'chat', 'deceased', [], [
    '{hi}no, my husband is alive, he is just in the hospital',
    '{hi}I am not dead, I have just been busy lol',
    '{hi}my mom is still alive, she is in a nursing home and I pay her bills',
    '{hi}rumors of my death are exaggerated, what do I owe',
    '{hi}I thought I was going to die when I saw {bill}',
    '{hi}I would rather die than call your office again, but here I am',
    '{hi}my laptop died so I could not pay online',
  ]),
  f('v-en-deceased-positive', 'en', 'portal', ['deceased'], [
    'I am writing for my late father. He passed away {ago} and this bill is in his name.',
    '{kin} died {ago}. Please send future statements to the estate.',
    'The patient on this account has passed away. I am the executor.',
    'This is to let you know that {kin} is deceased. How do we handle the balance?',
    '{kin} passed {ago}, I have the death certificate if you need it.',
  ]),
  hn('v-es-deceased-mentions', 'es', 'call', 'deceased', [], [
    '{hi_es}mi perro se murió y he estado muy triste, hablamos después.',
    '{hi_es}mi tío falleció hace muchos años, esta cuenta es mía.',
    '{hi_es}casi me da un infarto con {bill_es}, pero aquí sigo.',
    '{hi_es}no, mi mamá está viva, solo está enferma.',
    '{hi_es}se me murió el celular, por eso no contesté.',
    '{hi_es}estuve en un funeral de un compañero de trabajo, perdone.',
  ]),
  // ------------------------------------------------------------ cease_communication
  hn('v-en-cease-not-contact', 'en', 'chat', 'cease_communication', [], [
    '{hi}can you stop the late fees? I can pay {amount} today',
    '{hi}stop by the front desk? where do I pay in person',
    '{hi}I will stop at the billing office tomorrow to pay',
    '{hi}the payments stopped because my card expired, here is the new one',
    '{hi}I want the autopay to stop after this month',
    '{hi}stop, wait, I found the statement, never mind',
  ]),
  hn('v-en-cease-prefer', 'en', 'sms', 'cease_communication', [], [
    'texting is better than calling for me, thx',
    'you can keep emailing me, i check it daily',
    'dont worry about calling, text is fine too',
    'please keep me posted by text',
    'its ok to call, i wasnt ignoring you',
  ]),
  f('v-en-cease-positive', 'en', 'call', ['cease_communication'], [
    '{hi}I do not want any more calls about {bill}, put it in writing.',
    '{hi}take my number off your list, no more contact.',
    '{hi}I am asking you to cease all communication with me.',
    '{hi}please do not contact me again about {debt}.',
    '{hi}quit {chan}, I mean it.',
    '{hi}no more phone calls, mail only.',
  ]),
  hn('v-es-cease-mentions', 'es', 'sms', 'cease_communication', [], [
    'pueden seguir mandando mensajes, así me acuerdo',
    'mejor mándenme texto que llamada, gracias',
    'no dejen de avisarme cuando llegue la factura',
    '¿pueden parar los cargos por atraso? pago {amount_es} hoy',
    'ya no me llegan las cartas, ¿me las pueden mandar otra vez?',
  ]),
  f('v-es-cease-positive', 'es', 'call', ['cease_communication'], [
    '{hi_es}ya no me llamen, por favor, mándenme todo por correo.',
    '{hi_es}dejen de {chan_es}, no quiero más contacto.',
    '{hi_es}no quiero que me vuelvan a contactar por {bill_es}.',
    '{hi_es}quítenme de su lista, ya no me marquen.',
  ]),
  // ------------------------------------------------------------ dispute
  hn('v-en-dispute-questions', 'en', 'chat', 'dispute', ['bill_confusion'], [
    '{hi}can you tell me what {bill} is for? I do not recognize the code',
    '{hi}why is {bill} higher than last time?',
    '{hi}I am confused by the statement, what is this line item?',
    '{hi}what does adjustment mean on {bill}?',
  ]),
  hn('v-en-dispute-accept', 'en', 'call', 'dispute', [], [
    '{hi}I checked {bill} against my records and it is right.',
    '{hi}I am not disputing anything, I just wanted to check.',
    '{hi}the amount is correct, I owe it and I will pay it.',
    '{hi}I was going to dispute it but my insurance explained it, so it is fine.',
    '{hi}my sister disputed her bill, mine looks okay though.',
    '{hi}no complaints about the charges, they are mine.',
  ]),
  f('v-en-dispute-positive', 'en', 'portal', ['dispute'], [
    'I do not owe {debt}. I was never treated there.',
    'This charge is an error; I was billed for {svc} I did not receive.',
    'I dispute {debt}. Please send me validation.',
    'The balance is wrong. My insurance already covered this visit in full and I owe nothing.',
    'I am contesting {bill}; it is not my account.',
  ]),
  hn('v-es-dispute-accept', 'es', 'chat', 'dispute', [], [
    'ya revisé {bill_es} y está bien, gracias',
    'no estoy disputando nada, la cuenta es mía',
    'el cargo es correcto, lo voy a pagar',
    'mi hermana disputó su cuenta pero la mía está bien',
  ]),
  // ------------------------------------------------------------ weaker non-critical intents
  f('v-en-confusion-voices', 'en', 'call', ['bill_confusion'], [
    '{hi}I do not understand what {bill} is for, can you walk me through it?',
    '{hi}what am I actually paying for here? the statement makes no sense to me',
    '{hi}I got two statements with different amounts, which one is right?',
    '{hi}can someone explain the codes on {bill}?',
    '{hi}I need an itemized statement so I can see what {bill} covers.',
    '{hi}why does it say I owe when I thought insurance paid?',
  ]),
  f('v-en-complaint-voices', 'en', 'chat', ['complaint'], [
    '{hi}I want to speak to your {sup}, the last person hung up on me',
    '{hi}this is the worst billing office I have dealt with, I am filing a complaint',
    '{hi}I am going to report you to the attorney general',
    '{hi}your staff was rude and I want it on record',
    '{hi}I have called five times and nobody helps, get me a {sup}',
    '{hi}I will leave a review about how I was treated',
  ]),
  f('v-en-hardship-voices', 'en', 'call', ['hardship'], [
    '{hi}I {job} and I can barely cover rent right now.',
    '{hi}money is really tight, I am a single mom and my car broke down.',
    '{hi}I am on a fixed income and {bill} is more than I get in a month.',
    '{hi}we are behind on everything since my husband got sick.',
    '{hi}I just cannot afford {bill} right now, I have nothing left after groceries.',
  ]),
  hn('v-en-hardship-none', 'en', 'chat', 'hardship', [], [
    '{hi}money is fine, I just forgot to pay {bill}',
    '{hi}I can afford it, I just want to know the total first',
    '{hi}my job is going great, I will pay on Friday',
    '{hi}I got a raise so I can pay the whole thing',
  ]),
];
