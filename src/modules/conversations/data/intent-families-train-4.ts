/**
 * A fourth batch of training-only template families (Apache-2.0, written for Kindly), always
 * train, emitted after every earlier family so no earlier utterance changes. For the weakest
 * non-critical intents out of fold on the train families (hardship above all, then bill
 * confusion and complaint), and for the kinds of phrasing the critical intents trip on (negated,
 * hypothetical, asked, quoted, a third party's, settled in the past, typos, Spanglish). Written
 * without opening any held-out family; their author had written the check set
 * (intent-families-check.ts) earlier in the same session and did not copy or paraphrase it.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';


export const TRAIN_ONLY_FAMILIES_4: IntentFamily[] = [
  // ------------------------------------------------------------ hardship
  f('w-en-hardship-fixed-income', 'en', 'call', ['hardship'], [
    '{hi}I live on social security, after rent and my pills there is nothing left for {bill}.',
    '{hi}I am on a fixed income and I just cannot stretch it any further this month.',
    '{hi}my disability check does not even cover the basics, I really cannot pay this.',
    '{hi}we are a one income house now and it is rough, I do not have it.',
    '{hi}money is really tight since my surgery, I have been out of work for weeks.',
    '{hi}I am behind on rent and the lights, this bill is just not possible right now.',
  ]),
  f('w-en-hardship-sms', 'en', 'sms', ['hardship'], [
    'i literally have 12 dollars in my account',
    'cant pay anything till i find work',
    'im a single mom and money is gone by the 10th every month',
    'no income right now, sorry',
    'i got evicted last month, i cant deal with this bill',
    'between jobs and flat broke',
  ]),
  f('w-en-hardship-medical', 'en', 'chat', ['hardship'], [
    '{hi}I have been on unpaid medical leave since {month} and there is no money coming in.',
    '{hi}chemo wiped out our savings, we have nothing left to pay with.',
    '{hi}my husband got laid off and we are living off credit cards now.',
    '{hi}I had to choose between groceries and this bill and I chose groceries.',
  ]),
  f('w-es-hardship-voices', 'es', 'call', ['hardship'], [
    '{hi_es}estoy sin trabajo desde {ago_es} y no tengo con qué pagar.',
    '{hi_es}con lo que gano no me alcanza ni para la renta.',
    '{hi_es}ando muy corta de dinero, no puedo pagar {bill_es} ahorita.',
    '{hi_es}mi esposo perdió el trabajo y estamos viviendo con lo mínimo.',
    '{hi_es}vivo de mi pensión y ya no me queda nada a fin de mes.',
  ]),
  hn('w-en-hardship-none', 'en', 'chat', 'hardship', ['wants_plan'], [
    '{hi}money is fine, I just like spreading payments out, can we do monthly?',
    '{hi}I can afford it, I would just rather pay it over three months.',
    '{hi}it is not a money problem, I just want a plan so I do not forget.',
  ]),
  // ------------------------------------------------------------ bill confusion
  f('w-en-confusion-codes', 'en', 'portal', ['bill_confusion'], [
    'I do not understand the line that says "facility fee". What is that for?',
    'My explanation of benefits says one amount and your statement says another. Which one is right?',
    'Why did I get two separate bills for one visit?',
    'What does "patient responsibility" mean on this statement?',
    'Can you tell me what each of these codes is? I cannot make sense of it.',
    'What is the adjustment on the second page?',
  ]),
  f('w-en-confusion-chat', 'en', 'chat', ['bill_confusion'], [
    '{hi}what exactly am I being charged for here',
    '{hi}I am confused, I thought I already had a zero balance',
    '{hi}this statement makes no sense to me, can someone walk me through it',
    '{hi}why is the amount different from last month',
    '{hi}what is this $12 charge at the bottom',
  ]),
  f('w-es-confusion-voices', 'es', 'chat', ['bill_confusion'], [
    '{hi_es}no entiendo por qué me llegaron dos facturas por la misma cita.',
    '{hi_es}¿qué significa este código en mi estado de cuenta?',
    '{hi_es}no me queda claro cuánto tengo que pagar, ¿me explica?',
    '{hi_es}¿este cargo de qué es?',
  ]),
  // ------------------------------------------------------------ complaint
  f('w-en-complaint-voices', 'en', 'call', ['complaint'], [
    '{hi}your agent hung up on me twice, I want this on record as a complaint.',
    '{hi}I am going to leave a review about how I have been treated.',
    '{hi}this is harassment and I am reporting it to the CFPB.',
    '{hi}get me a {sup} right now, I am done with this runaround.',
    '{hi}the way your office talks to patients is disgraceful.',
  ]),
  f('w-es-complaint-voices', 'es', 'call', ['complaint'], [
    '{hi_es}voy a poner una queja formal por cómo me trataron.',
    '{hi_es}quiero hablar con el gerente, esto es una falta de respeto.',
    '{hi_es}los voy a reportar, no pueden tratar así a la gente.',
  ]),
  // ------------------------------------------------------------ critical intents: kinds of phrasing
  hn('w-en-attorney-quoted', 'en', 'chat', 'attorney', [], [
    'the letter says "contact your attorney if you have questions", do I have to?',
    'my friend told me "just get a lawyer", but I would rather sort it out with you',
    'someone online said "lawyer up", is that really necessary for a hospital bill?',
    'the form asks "are you represented by counsel" and the answer is no',
  ]),
  hn('w-en-attorney-past', 'en', 'call', 'attorney', [], [
    '{hi}I used a lawyer for my divorce {longago}, that has nothing to do with this.',
    '{hi}I had an attorney for a car accident once, not for this.',
    '{hi}the lawyer who did my will retired, anyway, about {bill}.',
  ]),
  f('w-en-attorney-typos', 'en', 'sms', ['attorney'], [
    'talk to my atty',
    'i got a lawer now, call them not me',
    'my attorneys office will reach out, dont call me',
    'im repped by counsel on this',
  ]),
  hn('w-en-deceased-quoted', 'en', 'chat', 'deceased', [], [
    'your letter said "estate of" on it but I am alive and this is my bill',
    'the system says "deceased" next to my name, that is a mistake, I am right here',
    'my phone autocorrected to "died", I meant I am tired of these calls',
  ]),
  hn('w-es-deceased-past', 'es', 'chat', 'deceased', [], [
    '{hi_es}mi abuelo falleció {longago_es}, pero la cuenta es mía y la voy a pagar.',
    '{hi_es}casi me muero del susto cuando vi el total.',
    '{hi_es}se murió la batería del carro y no pude llegar.',
  ]),
  hn('w-en-bankruptcy-quoted', 'en', 'chat', 'bankruptcy', [], [
    'the notice says "if you have filed bankruptcy, ignore this", I have not, so what now',
    'a coworker said "just file chapter 7", I am not doing that',
    'is "bankruptcy" even something people do for medical bills? just curious',
  ]),
  hn('w-es-bankruptcy-mentions', 'es', 'chat', 'bankruptcy', [], [
    '{hi_es}no pienso declararme en bancarrota, solo necesito tiempo.',
    '{hi_es}la tienda donde trabajaba se fue a la quiebra.',
    '{hi_es}¿si me declaro en quiebra se borra esto? solo pregunto.',
  ]),
  hn('w-en-cease-questions', 'en', 'chat', 'cease_communication', [], [
    '{hi}will you stop calling once I pay?',
    '{hi}if I set up the plan, do the reminder texts stop?',
    '{hi}can you call my cell instead of my work?',
    '{hi}my sister told them to stop calling her, can you still text me?',
  ]),
  f('w-mix-cease-spanglish', 'es', 'sms', ['cease_communication'], [
    'ya no me textee please, stop',
    'no me llamen al work, gracias',
    'stop con los mensajes, ya',
    'remove mi número de su lista por favor',
  ]),
  hn('w-en-dispute-hypothetical', 'en', 'chat', 'dispute', [], [
    '{hi}if this turns out wrong can I dispute it later?',
    '{hi}how would I even dispute something, just asking for the future',
    '{hi}my brother is disputing his bill with you, mine is fine',
    '{hi}I disputed a charge {longago} and it got fixed, this one looks ok',
  ]),
  f('w-en-dispute-typos', 'en', 'sms', ['dispute'], [
    'this aint mine i never went there',
    'i dispuet this whole thing',
    'wrong amout, i want it fixed',
    'never recieved that service, not paying it',
  ]),
];
