/**
 * Training-only batch 15 (`sf-` families): critical intents said on someone else's behalf (a
 * caregiver, relative, pastor or interpreter speaking for the patient), with hard negatives in the
 * same voices; always train, teaching only their own intents (teachesOnlyOwnIntents).
 * `BATCH_15_SHIPPED` (the attorney families) is emitted by default after every earlier training
 * family; `npm run train:intents -- --batch-15` emits the rest, for evaluation.
 *
 * A proxy speaks of the patient as "he", "she", "my mom" or "Mr. ...": the words the features mark
 * as a third party, which is right for "my brother has a lawyer" (not the patient's) and wrong when
 * the speaker is passing on the patient's own message ("I'm calling for my father, he has a lawyer
 * now"). Voices: adult children, grandchildren typing, spouses, caregivers and home aides, church
 * members, interpreters, neighbours who help, guardians and powers of attorney, social workers and
 * case managers; calls, texts and portal notes; English and Spanish (Mexico, the Caribbean, Spain,
 * Colombia, Argentina). Hard negatives in the same voices: the lawyer, bankruptcy, death or dispute
 * is the proxy's own, another relative's, a hypothetical or denied; a power of attorney is not a
 * lawyer; and proxies asking for plans, itemized bills or a callback. Hard negatives carry no intent.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without copying any held-out family.
 */
import { bareHardNegative as hn, family as f, type IntentFamily } from './intent-families.js';
import type { Intent } from '../intent-effects.js';

const ATTORNEY: Intent[] = ['attorney'];
const CEASE: Intent[] = ['cease_communication'];
const DECEASED: Intent[] = ['deceased'];
const BANKRUPTCY: Intent[] = ['bankruptcy'];
const DISPUTE: Intent[] = ['dispute'];

export const TRAIN_ONLY_FAMILIES_15: readonly IntentFamily[] = [
  // ------------------------------------------------------------ attorney: English, on the patient's behalf
  f('sf-en-attorney-adult-child', 'en', 'call', ATTORNEY, [
    '{hi}I\'m calling on behalf of my mother. She has a {lawyer} now, so please speak to him about {bill}, not to her.',
    '{hi}this is her son. Mom hired an {lawyer} for this account and asked me to let you know.',
    '{hi}I\'m calling for my dad, he\'s hard of hearing. He\'s represented by a {lawyer} on this, the letters should go there.',
    '{hi}my father asked me to call. He retained counsel about {bill} and you need to go through his {lawyer}.',
    '{hi}I\'m her daughter, calling for her. Her {lawyer} is handling {bill} and she can\'t discuss it with you.',
    '{hi}calling for my mom about her account. She got a {lawyer}, and he said all contact goes through his office.',
    'Yes, I\'m calling for my parents. They have an {lawyer} representing them on this bill.',
    '{hi}I\'m the son. Dad says to tell you his {lawyer} has the file now, call her office.',
  ]),
  f('sf-en-attorney-grandchild-typing', 'en', 'sms', ATTORNEY, [
    'hi this is her granddaughter typing for her, she says she has a {lawyer} for this bill now',
    'my granddad cant text so im sending this for him: he has a {lawyer}, contact the {lawyer} not him',
    'typing this for my nana. she is represented by a {lawyer}, please send everything to his office',
    'grandpa told me to text you that his {lawyer} is handling it now',
    'this is for my grandmother, she doesnt use a phone. her {lawyer} is dealing with {bill}',
    'writing for my abuela, she has legal aid representing her on this',
    'my grandma asked me to message you. she has a {lawyer} now and wants you to talk to them',
  ]),
  f('sf-en-attorney-spouse', 'en', 'call', ATTORNEY, [
    '{hi}I\'m calling for my husband, the account is his. He has an {lawyer} now and you should call his office.',
    '{hi}this is his wife. He\'s retained a {lawyer} about {bill}, so please stop asking him about it.',
    '{hi}I\'m calling on my wife\'s behalf. She is represented by an {lawyer} and he told us not to talk to you.',
    '{hi}my husband can\'t come to the phone. He wanted me to tell you his {lawyer} is handling this.',
    'My wife asked me to pass this along: her {lawyer}\'s name and number are on the letter we mailed you.',
  ]),
  f('sf-en-attorney-caregiver', 'en', 'call', ATTORNEY, [
    '{hi}I\'m Mrs. Delgado\'s home health aide, she asked me to call. She has a {lawyer} for this bill now.',
    '{hi}I\'m the caregiver for Mr. Huang. He wants you to know he\'s represented by an {lawyer}, call the {lawyer}.',
    '{hi}I take care of Miss Odette during the day. She says her {lawyer} is handling {bill} and to please call him.',
    '{hi}I\'m calling for the gentleman I care for. He hired a {lawyer}, and he asked me to give you the number.',
    '{hi}I\'m her aide, she can\'t hold the phone. She told me to say a {lawyer} represents her on this account.',
  ]),
  f('sf-en-attorney-church', 'en', 'call', ATTORNEY, [
    '{hi}I\'m a deacon at her church and she asked me to call for her. She has a {lawyer} working on {bill}.',
    '{hi}I\'m calling for one of our members, an older lady. She\'s been to legal aid and they represent her now.',
    '{hi}this is the church secretary, calling for Mr. Abernathy at his request. His {lawyer} is handling the account.',
    '{hi}I\'m from her church\'s care ministry. She has an {lawyer} now and asked that you contact him, not her.',
    '{hi}one of our parishioners asked me to call. He is represented by counsel on {bill}.',
  ]),
  f('sf-en-attorney-interpreter', 'en', 'call', ATTORNEY, [
    '{hi}I\'m the interpreter for the patient. She says she has a {lawyer} for this bill.',
    '{hi}interpreter speaking. He says his {lawyer} is handling the account and he will not discuss it.',
    '{hi}I\'m interpreting for Mrs. Tran. She is telling you she has an {lawyer} now.',
    '{hi}this is the interpreter. The patient says a {lawyer} represents him, and you should call the {lawyer}.',
    '{hi}I am translating for my client\'s mother. She says she hired a {lawyer} about {bill}.',
  ]),
  f('sf-en-attorney-neighbor', 'en', 'sms', ATTORNEY, [
    'im texting for my neighbor mr. pollard, he doesnt have a cell. he has a {lawyer} on this now',
    'hi i help my elderly neighbor with her mail. she wanted you to know she has a {lawyer} for {bill}',
    'sending this for the lady next door, she is represented by a {lawyer}, her {lawyer} will contact you',
    'my neighbor asked me to reach out, her {lawyer} is handling it and she cant talk to you',
    'on behalf of my neighbor: he has retained counsel, please direct everything to them',
  ]),
  f('sf-en-attorney-poa-guardian', 'en', 'portal', ATTORNEY, [
    'I am writing on behalf of my father, for whom I hold power of attorney. He has retained an {lawyer} regarding {bill}; please direct all correspondence to counsel.',
    'As my aunt\'s court-appointed guardian, I am informing you that she is represented by an {lawyer} in this matter.',
    'I am the guardian of the account holder. His {lawyer} will be in touch; do not contact him directly.',
    'On behalf of my mother: she is represented by counsel. Her {lawyer}\'s contact information is attached.',
    'I manage my brother\'s affairs. He has an {lawyer} handling {bill} and you should contact the {lawyer}.',
  ]),
  f('sf-en-attorney-social-worker', 'en', 'portal', ATTORNEY, [
    'I am the social worker assigned to this patient. She has legal representation for {bill}; please contact her {lawyer}.',
    'Case manager writing for my client. He has been referred to legal aid, and they now represent him on this account.',
    'I am writing for a resident of our facility. She is represented by an {lawyer} regarding this balance.',
    'On behalf of my client, who is hospitalized: his {lawyer} is handling this account and all contact should go through counsel.',
    'Writing for the patient at her request. She has an {lawyer}; the letter of representation will follow.',
  ]),
  // ------------------------------------------------------------ attorney: Spanish, on the patient's behalf
  f('sf-es-abogado-hija-mx', 'es', 'call', ATTORNEY, [
    '{hi_es}le hablo de parte de mi mamá. Ella ya tiene {abogado_es} para {bill_es}, hablen con él.',
    '{hi_es}llamo por mi papá, él no oye bien. Ya contrató un {abogado_es} y me pidió que les avisara.',
    '{hi_es}soy la hija. Mi mamá dice que su {abogado_es} lleva el caso y que le llamen a él.',
    '{hi_es}mi papá me pidió que les dijera que ya tiene {abogado_es} para esta cuenta.',
    '{hi_es}hablo en nombre de mi madre: tiene un {abogado_es} que la representa en esto.',
    '{hi_es}le llamo por mi suegra, ella ya tiene {abogado_es}, no la busquen a ella.',
  ]),
  f('sf-es-abogado-nieto-caribe', 'es', 'sms', ATTORNEY, [
    'le escribo x mi abuela q no sabe usar el cel, ella tiene {abogado_es} pa esa cuenta',
    'mi abuelo me pidió q les escribiera, ya tiene {abogado_es} y q hablen con él',
    'escribo de parte de mi abuela: su {abogado_es} se está encargando de {bill_es}',
    'mi abuela dice que ya tiene un licenciado que la representa, no la llamen',
    'soy el nieto, le escribo por mi abuelo. tiene {abogado_es} para ese bill',
  ]),
  f('sf-es-abogado-cuidadora-interprete', 'es', 'call', ATTORNEY, [
    '{hi_es}soy la cuidadora de la señora Ramírez. Ella me pidió que les dijera que tiene {abogado_es}.',
    '{hi_es}soy intérprete. La paciente dice que tiene un {abogado_es} y que se comuniquen con él.',
    '{hi_es}le habla la vecina de don Aurelio, él me pidió que llamara: ya tiene {abogado_es} para esa cuenta.',
    '{hi_es}llamo de parte de doña Carmen. Su {abogado_es} lleva el asunto, hablen con él.',
    '{hi_es}soy trabajadora social, llamo por la paciente: está representada por un {abogado_es}.',
  ]),
  f('sf-es-abogado-espana-co', 'es', 'portal', ATTORNEY, [
    'Escribo en nombre de mi padre, que ya tiene abogada para este asunto. Diríjanse a ella, por favor.',
    'Les escribo de parte de mi madre: ha contratado un abogado y no quiere que la llamen.',
    'Soy el apoderado de mi tío para trámites; él tiene {abogado_es} que lleva esta factura.',
    'Mi mamá me pidió que les escribiera: ella ya tiene {abogado_es} y él les va a contactar.',
    'A nombre de mi esposo: lo representa un {abogado_es} en este asunto, comuníquense con su despacho.',
  ]),
  // ------------------------------------------------------------ cease: on the patient's behalf
  f('sf-en-cease-adult-child', 'en', 'call', CEASE, [
    '{hi}I\'m calling for my mother. She wants you to stop calling her, she\'s eighty-seven and it upsets her.',
    '{hi}my dad asked me to tell you to quit calling his house.',
    '{hi}I\'m her son. Mom says please stop calling her about {bill}, she doesn\'t want any more calls.',
    '{hi}calling on behalf of my father. He doesn\'t want to be contacted by phone anymore.',
    '{hi}my mother asked me to call and tell you to stop {chan}.',
    '{hi}I\'m calling for my parents, they want the calls to stop. Please take their number off your list.',
  ]),
  f('sf-en-cease-caregiver-church', 'en', 'call', CEASE, [
    '{hi}I\'m the home aide for Mr. Becker. He wants you to stop calling him, the calls confuse him.',
    '{hi}I\'m calling for a lady from our congregation. She asked that you stop phoning her.',
    '{hi}I care for Mrs. Lindqvist. She says do not call her anymore.',
    '{hi}this is her caregiver. She asked me to tell you to stop calling the house, she doesn\'t want contact.',
    '{hi}I\'m a volunteer from his church. He asked me to tell you he does not want any more calls.',
  ]),
  f('sf-en-cease-grandchild-neighbor', 'en', 'sms', CEASE, [
    'texting for my grandma, she wants you to stop calling her',
    'my grandpa says stop calling him please',
    'this is her neighbor, she asked me to tell you to stop texting her',
    'on behalf of my nana: do not contact her again',
    'writing for my grandfather, he doesnt want any more calls or texts from you',
    'my neighbor wants the calls to stop, she asked me to send this',
  ]),
  f('sf-en-cease-formal-proxy', 'en', 'portal', CEASE, [
    'I hold power of attorney for my mother. She requests that you cease all communication with her by phone.',
    'On behalf of the account holder, my father: please stop contacting him. Send any notices by mail only.',
    'As guardian of the patient, I ask that you stop calling her residence.',
    'I am writing for my client, who asks that you no longer contact her.',
    'My husband asked me to write: he no longer wishes to be contacted about this account.',
  ]),
  f('sf-es-cease-proxy', 'es', 'call', CEASE, [
    '{hi_es}llamo de parte de mi mamá, dice que ya no le llamen.',
    '{hi_es}mi papá me pidió que les dijera que dejen de llamarle a la casa.',
    '{hi_es}soy la cuidadora de doña Lupe, ella pide que dejen de {chan_es}.',
    '{hi_es}le hablo por mi abuela, que ya no la molesten, por favor.',
    '{hi_es}mi esposo quiere que dejen de llamarlo, me pidió que les avisara.',
    '{hi_es}soy del grupo de la iglesia de la señora. Ella pide que no la llamen más.',
  ]),
  f('sf-es-cease-proxy-sms', 'es', 'sms', CEASE, [
    'escribo x mi abuelo, dice q ya no le manden mensajes',
    'mi madre os pide que dejéis de llamarla, por favor',
    'de parte de mi vieja: que no la llamen más',
    'mi mamá dice que ya no le escriban a ese número',
    'le escribo por mi tía, no quiere que la contacten más',
  ]),
  // ------------------------------------------------------------ deceased: reported by someone else
  f('sf-en-deceased-helper', 'en', 'call', DECEASED, [
    '{hi}I was Mr. Kowalski\'s home aide. I\'m sorry to tell you he passed away {ago}.',
    '{hi}I\'m calling from her church. Mrs. Whitfield died {ago}, and her mail is still coming.',
    '{hi}I\'m the neighbor of the lady on this account. She passed away {ago}, the family asked me to call.',
    '{hi}I\'m calling for the family. The patient, Mr. Ruiz, died {ago}.',
    '{hi}I was her caregiver. She died {ago}, so please stop sending her bills.',
  ]),
  f('sf-en-deceased-proxy-portal', 'en', 'portal', DECEASED, [
    'I am the social worker for the account holder. He passed away {ago}; his daughter is handling the estate.',
    'Writing on behalf of the family: the patient died {ago}. Please send the statement to the executor.',
    'I am the executor of my uncle\'s estate. He is deceased and I need to know what is owed.',
    'As his guardian I am informing you that the patient died {ago}.',
    'The account holder, my grandmother, passed away {ago}. I am writing for my mother, who is the executor.',
  ]),
  f('sf-es-deceased-proxy', 'es', 'call', DECEASED, [
    '{hi_es}llamo de parte de la familia de don Ernesto, él falleció {ago_es}.',
    '{hi_es}yo era la cuidadora de la señora, ella murió {ago_es}.',
    '{hi_es}soy vecina de la paciente. Falleció {ago_es} y siguen llegando cartas.',
    '{hi_es}le escribo por mi mamá: mi abuelo, que es el de la cuenta, falleció {ago_es}.',
    '{hi_es}soy el albacea de mi tía, ella falleció y quiero saber qué se debe.',
  ]),
  // ------------------------------------------------------------ bankruptcy: on the patient's behalf
  f('sf-en-bankruptcy-proxy', 'en', 'call', BANKRUPTCY, [
    '{hi}I\'m calling for my father. He filed for bankruptcy {ago} and this bill is included.',
    '{hi}my mom asked me to call. She\'s in chapter 7 and her case number is {case}.',
    '{hi}I\'m his caregiver. He filed bankruptcy and the trustee said to tell you.',
    '{hi}I\'m calling on behalf of my husband. He filed chapter 13 and you\'re listed as a creditor.',
    '{hi}this is her daughter. Mom declared bankruptcy {ago}, you should have gotten a notice.',
  ]),
  f('sf-en-bankruptcy-proxy-text', 'en', 'sms', BANKRUPTCY, [
    'texting for my grandpa, he filed bankruptcy last month, case {case}',
    'my mom wanted me to tell you shes in bankruptcy now',
    'on behalf of my dad: he filed chapter 7, stop billing him',
    'my neighbor asked me to let you know she filed for bankruptcy',
    'writing for my wife, her bankruptcy was filed {ago} and this debt is on it',
  ]),
  f('sf-es-bankruptcy-proxy', 'es', 'call', BANKRUPTCY, [
    '{hi_es}llamo de parte de mi papá, se declaró en bancarrota {ago_es}.',
    '{hi_es}mi mamá me pidió que les dijera que está en quiebra, ya tiene número de caso.',
    '{hi_es}soy la hija de la paciente: ella se acogió a la bancarrota y esta cuenta está incluida.',
    '{hi_es}le hablo por mi esposo, él ya presentó la bancarrota.',
    '{hi_es}escribo por mi abuela, se declaró en bancarrota {ago_es}.',
  ]),
  // ------------------------------------------------------------ dispute: on the patient's behalf
  f('sf-en-dispute-proxy', 'en', 'call', DISPUTE, [
    '{hi}I\'m calling for my mother. She never had {svc}, and she says this charge is wrong.',
    '{hi}my dad asked me to call. He disputes {bill}, he was never at {place} that day.',
    '{hi}I\'m her caregiver. She says she was billed twice for {svc} and wants it corrected.',
    '{hi}calling on behalf of my wife. She doesn\'t owe this, it\'s not her bill.',
    '{hi}I\'m calling for my grandfather. He wants to dispute {bill}, he never got {svc}.',
  ]),
  f('sf-en-dispute-proxy-portal', 'en', 'portal', DISPUTE, [
    'I am writing on behalf of my mother, who disputes {bill}. She did not receive {svc}.',
    'As power of attorney for my father, I dispute {debt} and request validation.',
    'On behalf of my client: she disputes this balance and asks for itemized proof.',
    'I am the guardian of the patient. He contests {bill}; it was billed in error.',
    'Writing for my grandmother at her request: she says {bill} is not hers.',
  ]),
  f('sf-es-dispute-proxy', 'es', 'call', DISPUTE, [
    '{hi_es}llamo de parte de mi mamá, ella nunca recibió {svc_es} y dice que ese cobro está mal.',
    '{hi_es}mi papá me pidió que les dijera que él no debe {bill_es}.',
    '{hi_es}soy la cuidadora del señor, él dice que le cobraron dos veces.',
    '{hi_es}le hablo por mi abuela, quiere disputar {bill_es}, nunca fue a ese hospital.',
    '{hi_es}escribo en nombre de mi esposo: no reconoce {bill_es}.',
  ]),
  // ------------------------------------------------------------ attorney: hard negatives in proxy voices
  hn('sf-en-attorney-neg-poa', 'en', 'call', 'attorney', [
    '{hi}I have power of attorney for my mother, so I can talk about her bill. She doesn\'t have a {lawyer}.',
    '{hi}I\'m calling for my dad, I\'m his power of attorney. Can we set up a payment plan?',
    '{hi}I\'m her POA, I\'m not a {lawyer}, I just handle her bills. What does she owe?',
    'I have durable power of attorney for my father, I can fax it over. I need an itemized bill.',
    '{hi}I\'m the guardian for my aunt, not a {lawyer}. I want to pay her balance.',
  ]),
  hn('sf-en-attorney-neg-proxy-own', 'en', 'call', 'attorney', [
    '{hi}I\'m calling for my mom. I\'m a paralegal myself, but this isn\'t a legal thing, she just needs a plan.',
    '{hi}I\'m calling for my dad. My {lawyer} is handling my divorce, that has nothing to do with his bill.',
    '{hi}I\'m her son. My brother is a {lawyer} and he said to just ask for the itemized statement.',
    '{hi}calling for my grandmother. Her neighbor is an {lawyer} and told her to check the bill, that\'s all.',
    '{hi}I\'m his caregiver. His nephew had a {lawyer} for his own accident, that\'s not this.',
  ]),
  hn('sf-en-attorney-neg-proxy-hypo', 'en', 'sms', 'attorney', [
    'texting for my grandma, she wants to know if she needs a {lawyer} for this or can she just pay',
    'my mom asked me to ask, would she need a {lawyer} if it goes to collections',
    'my dad doesnt have a {lawyer}, he just wants to pay it off slowly',
    'writing for my nana, she doesnt want lawyers involved, just a payment plan',
    'on behalf of my neighbor: she has no {lawyer} and no money for one, can she get help with the bill',
  ]),
  hn('sf-es-abogado-neg-proxy', 'es', 'call', 'attorney', [
    '{hi_es}llamo por mi mamá, tengo un poder notarial para hablar por ella. Ella no tiene {abogado_es}.',
    '{hi_es}mi papá no tiene {abogado_es}, solo quiere pagar en partes.',
    '{hi_es}soy la cuidadora, la señora pregunta si necesita {abogado_es} o si puede pagar nomás.',
    '{hi_es}le hablo por mi abuela. Mi primo es {abogado_es} y dice que pidamos la factura detallada.',
    '{hi_es}escribo por mi esposo, el {abogado_es} de mi divorcio no tiene nada que ver con esta cuenta.',
  ]),
  // ------------------------------------------------------------ cease: hard negatives in proxy voices
  hn('sf-en-cease-neg-proxy', 'en', 'call', 'cease_communication', [
    '{hi}I\'m calling for my mother. Please keep calling her, but call after noon, she sleeps late.',
    '{hi}my dad asked me to call, he wants the reminders to keep coming, he forgets.',
    '{hi}I\'m her caregiver. She said it\'s fine to call her, just speak slowly.',
    '{hi}calling for my grandmother. Can you call me back {time} about her bill?',
    '{hi}I\'m calling for my husband. He missed your call, can you try him again {time}?',
  ]),
  hn('sf-en-cease-neg-proxy-other-stop', 'en', 'sms', 'cease_communication', [
    'texting for my grandpa, his phone company stopped his service so use this number',
    'my mom asked me to tell you she stopped her autopay, she will pay by card now',
    'for my neighbor: she stopped by your office but it was closed',
    'writing for my dad, his pain stopped after the procedure, he wants to thank the nurses',
    'my grandma says you can text me instead, she wants the updates',
  ]),
  hn('sf-es-cease-neg-proxy', 'es', 'call', 'cease_communication', [
    '{hi_es}llamo por mi mamá, sí pueden llamarla, pero en la tarde.',
    '{hi_es}mi papá dice que le sigan mandando los recordatorios.',
    '{hi_es}soy la cuidadora de la señora, ella quiere que la llamen {time_es}.',
    '{hi_es}le hablo por mi abuelo, ¿me pueden llamar a mí {time_es}?',
  ]),
  // ------------------------------------------------------------ deceased: hard negatives in proxy voices
  hn('sf-en-deceased-neg-proxy', 'en', 'call', 'deceased', [
    '{hi}I\'m calling for my mom. Since my dad died years ago she handles her own bills, and she wants a plan.',
    '{hi}I\'m her caregiver. Her sister passed away {ago} and she\'s upset, but the bill is hers and she wants to pay.',
    '{hi}calling for my grandfather. He\'s alive and well, your letter was addressed to his late brother.',
    '{hi}I\'m calling for my father. He almost died in that hospital, but he\'s home now and wants the itemized bill.',
    '{hi}my mother asked me to call. Her dog died {ago} and she missed your call, sorry.',
  ]),
  hn('sf-es-deceased-neg-proxy', 'es', 'call', 'deceased', [
    '{hi_es}llamo por mi mamá, ella está viva, tienen un error en sus registros.',
    '{hi_es}le hablo por mi papá. Su hermano falleció {ago_es}, pero esta cuenta es de mi papá y la va a pagar.',
    '{hi_es}soy la cuidadora de la señora, casi se muere en el hospital pero ya está en casa.',
    '{hi_es}escribo por mi abuela, desde que murió mi abuelo ella paga sus cuentas, quiere un plan de pagos.',
  ]),
  // ------------------------------------------------------------ bankruptcy: hard negatives in proxy voices
  hn('sf-en-bankruptcy-neg-proxy', 'en', 'call', 'bankruptcy', [
    '{hi}I\'m calling for my mom. My brother filed bankruptcy, but that\'s him, not her, she wants to pay.',
    '{hi}calling for my dad. He\'s scared this bill will bankrupt him, can he get financial assistance?',
    '{hi}I\'m his caregiver. He went through bankruptcy back in {year}, this is a new bill and he wants a plan.',
    '{hi}my grandmother asked me to call. She is not filing bankruptcy, she just needs more time.',
    '{hi}I\'m calling for my wife. Her old employer went bankrupt, so she lost her insurance. Can we apply for aid?',
  ]),
  hn('sf-es-bankruptcy-neg-proxy', 'es', 'call', 'bankruptcy', [
    '{hi_es}llamo por mi mamá, ella no está en bancarrota, solo necesita un plan de pagos.',
    '{hi_es}mi papá dice que esta cuenta lo va a dejar en la quiebra, ¿hay ayuda financiera?',
    '{hi_es}le hablo por mi abuela. Mi tío se declaró en quiebra, pero ella no, ella quiere pagar.',
    '{hi_es}soy la cuidadora. La empresa del señor quebró {ago_es} y perdió el seguro.',
  ]),
  // ------------------------------------------------------------ dispute: hard negatives in proxy voices
  hn('sf-en-dispute-neg-proxy', 'en', 'call', 'dispute', [
    '{hi}I\'m calling for my mother. She\'s not disputing anything, she just wants to pay in parts.',
    '{hi}calling for my dad. He wants an itemized bill so he can understand it, he knows he owes it.',
    '{hi}I\'m her caregiver. Her neighbor told her to fight the bill, but she knows it\'s right.',
    '{hi}my grandfather asked me to call. He checked the charges and they\'re correct, he wants a plan.',
    '{hi}I\'m calling for my husband. How would he dispute a charge, if he ever needed to? Just asking.',
  ]),
  hn('sf-es-dispute-neg-proxy', 'es', 'call', 'dispute', [
    '{hi_es}llamo por mi mamá, no está disputando nada, solo quiere la factura detallada.',
    '{hi_es}mi papá me pidió que llamara, sabe que lo debe y quiere pagar en partes.',
    '{hi_es}le hablo por mi abuela, ya revisamos los cargos y están bien.',
    '{hi_es}soy la cuidadora del señor, ¿cómo se disputa un cargo? Es solo una pregunta.',
  ]),
  // ------------------------------------------------------------ plain proxy requests (no intent)
  hn('sf-en-plain-proxy-attorney', 'en', 'call', 'attorney', [
    '{hi}I\'m calling on behalf of my mother. Can we set up a payment plan for her?',
    '{hi}I\'m calling for my dad, he asked me to get an itemized bill sent to his house.',
    '{hi}this is her caregiver, she wants to know her balance.',
    '{hi}I\'m the interpreter for the patient. She asks if she can pay {amount} a month.',
    '{hi}calling for Mr. Nakamura at his request, he wants to update his insurance.',
  ]),
  hn('sf-en-plain-proxy-cease', 'en', 'sms', 'cease_communication', [
    'texting for my grandma, can she pay over the phone',
    'this is for my dad, he wants to know if insurance paid yet',
    'on behalf of my mom: please send her bill to my address instead',
    'my neighbor asked me to ask about the charity care program',
    'writing for my nana, what is her account balance',
  ]),
  hn('sf-en-plain-proxy-deceased', 'en', 'portal', 'deceased', [
    'I am writing on behalf of my father. Please send a copy of his itemized bill.',
    'I am the social worker for this patient. She would like to apply for financial assistance.',
    'As guardian of the account holder, I would like to set up monthly payments.',
    'On behalf of my grandmother: she has new insurance and would like the claim resubmitted.',
  ]),
  hn('sf-es-plain-proxy', 'es', 'call', 'attorney', [
    '{hi_es}le hablo de parte de mi mamá, quiere hacer un plan de pagos.',
    '{hi_es}llamo por mi papá, necesita la factura detallada.',
    '{hi_es}soy la cuidadora de la señora, quiere saber cuánto debe.',
    '{hi_es}escribo por mi abuela, ¿puede pagar {amount_es} al mes?',
    '{hi_es}soy intérprete, la paciente pregunta si califica para ayuda financiera.',
  ]),
  hn('sf-es-plain-proxy-sms', 'es', 'sms', 'bankruptcy', [
    'escribo x mi abuelo, cuánto debe?',
    'de parte de mi mamá, que le manden la factura a mi correo',
    'mi papá pregunta si el seguro ya pagó',
    'le escribo por mi tía, quiere pagar con tarjeta',
  ]),
  // ------------------------------------------------------------ someone else's own matter, no proxy framing
  hn('sf-en-attorney-neg-relative-own', 'en', 'chat', 'attorney', [
    '{hi}my sister has a {lawyer} for her divorce, she keeps telling me about it.',
    '{hi}my uncle hired an {lawyer} after his car wreck, he says they\'re great.',
    'my cousin works at a law firm, she\'s a {lawyer} there',
    '{hi}my son\'s {lawyer} is handling his custody case, it\'s been stressful.',
    'my neighbor is an {lawyer}, he said he could look at my bill but I don\'t think I need that',
  ]),
  hn('sf-es-abogado-neg-relative-own', 'es', 'chat', 'attorney', [
    'mi cuñada tiene {abogado_es} para lo de su divorcio',
    '{hi_es}mi tío contrató un {abogado_es} por lo del accidente de su camioneta',
    'mi prima estudia para {abogado_es}',
    '{hi_es}el {abogado_es} de mi hermano le está ayudando con lo de su casa, nada que ver conmigo',
    'mi vecino es {abogado_es} y me ofreció revisar la cuenta, pero no hace falta',
  ]),
  hn('sf-en-cease-neg-others-stop', 'en', 'chat', 'cease_communication', [
    '{hi}my friend finally told her phone company to stop calling her.',
    'my mom asked the pharmacy to stop texting her, so they\'ll only text me now',
    '{hi}my brother asked me to stop calling him at work, so I text him.',
    'my aunt told the cable company to quit calling, it worked',
    '{hi}my neighbor asked me to stop parking in front of her house.',
  ]),
  hn('sf-es-cease-neg-others-stop', 'es', 'chat', 'cease_communication', [
    'mi hermana le dijo al banco que dejaran de llamarla',
    '{hi_es}mi vecina me pidió que dejara de llamarle tan temprano',
    'mi mamá ya le dijo a la compañía de cable que no la llamen más',
    '{hi_es}mi amigo bloqueó a los del gimnasio porque no dejaban de escribirle',
  ]),
];

/**
 * Shipped: the attorney families (positives and hard negatives). The other intents' families are
 * emitted only for evaluation (`--batch-15`): cease's bought one proxy voice at the cost of plain
 * Spanish requests ("déjenme en paz" with a typo) and of other people's requests to stop; dispute's
 * and deceased's cost precision out of fold with no held-out recall to show for it.
 */
/**
 * Its attorney families (positives and their hard negatives) are shipped: they cut attorney's misses
 * on the development sets (83 -> 17), on held7 (33 -> 21 of 120), held8 (33 -> 7 of 120) and held9
 * (92 -> 17 of 262), for false alarms on attorney's hard negatives (held9 0 -> 14 of 165, precision
 * 0.946); shipped on held9's decision (docs/conversations.md). The rest is emitted only by
 * `--batch-15`, for evaluation.
 */
export const BATCH_15_ATTORNEY: readonly IntentFamily[] = TRAIN_ONLY_FAMILIES_15.filter((fam) => fam.intents.includes('attorney') || fam.hardNegativeOf === 'attorney');
export const BATCH_15_SHIPPED: readonly IntentFamily[] = BATCH_15_ATTORNEY;
