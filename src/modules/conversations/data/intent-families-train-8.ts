/**
 * Training-only batch 8 (`s8-` families; attorney statements and their hard negatives), always train, teaching only their own
 * intents (teachesOnlyOwnIntents). `BATCH_8_SHIPPED` is emitted by default after every earlier
 * training family (so no earlier utterance moves); the rest only by
 * `npm run train:intents -- --batch-8`, for evaluation.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family
 * file or any per-utterance output of one. The seventh batch's attorney families lifted recall on
 * new voices but taught "an unfamiliar voice means a lawyer": they held far fewer hard negatives
 * than positives in those voices. Here every voice that states representation (texting
 * shorthand, voicemail transcripts without punctuation, letters from the patient or from a law
 * office, learners of English, relatives speaking for the patient, legal aid, Spanglish, Mexican,
 * Caribbean, Andean and Spain Spanish, Central American and River Plate voseo) also mentions a
 * lawyer without it, at least as often: negated,
 * asked, quoted advice, past and settled, somebody else's lawyer or another matter (a divorce,
 * an immigration case, a public defender for a ticket), a law firm as employer, a relative's
 * profession, lawyers on television, and the words a statement of representation is carried in
 * (a letter got, the patient, the account) with no representation.
 *
 * Threats and maybes ("I might call a lawyer") are not among its hard negatives: the earlier
 * families label a stated plan to get a lawyer as attorney, and the two taught against each other
 * (out of fold, the earlier "I'm calling my lawyer right after this" families were missed).
 * Plain sentences in the positives' voices that mention no lawyer at all (a relative who handles
 * the bills, a letter got, the patient named) are hard negatives too (`-plain-` families).
 *
 * Not shipped (BATCH_8_SHIPPED below); emitted only by `npm run train:intents -- --batch-8`.
 *
 * What counts as representation: an attorney (a legal aid or law-clinic lawyer, an "abogado de
 * oficio" assigned for this debt, a law office writing for the patient) acting on this debt.
 * A relative who is a paralegal or a lawyer and helps read the mail is not, nor is a lawyer
 * retained for another matter. A stated plan to get one counts, as in the earlier families.
 */
import { bareHardNegative, family as f, type IntentFamily, type Medium } from './intent-families.js';
import type { Intent } from '../intent-effects.js';

/** This batch's hard negatives carry no other intent (and teach none: teachesOnlyOwnIntents). */
const hn = (id: string, language: 'en' | 'es', medium: Medium, templates: string[]): IntentFamily => bareHardNegative(id, language, medium, 'attorney', templates);

const ATTORNEY: Intent[] = ['attorney'];

export const TRAIN_ONLY_FAMILIES_8: readonly IntentFamily[] = [
  // ------------------------------------------------------------ English positives
  f('s8-en-atty-shorthand', 'en', 'sms', ATTORNEY, [
    'my lwyr has it now, call him',
    'atty handling the hospital bill, his # is on the letter',
    'plz dont txt me abt this, go thru my attorney',
    'got an atty for {debt} fyi',
    'im w a law firm on this now',
    'k so my lawyer said all msgs go to her office',
    'legal aid has my case now. talk 2 them',
    'my {lawyer} is on it, ttyl',
    'lawyer has everything re: the er bill',
    'u need 2 talk to my counsel not me',
  ]),
  f('s8-en-atty-voicemail', 'en', 'call', ATTORNEY, [
    'hey its about {bill} my lawyer is dealing with it now so call her office at the number on the letter',
    'hi this is a message for the billing department i am represented by an attorney on this account please contact him thanks',
    'hello returning your call about the balance i have a lawyer handling that so please reach out to my lawyer not me',
    'yeah hi um my attorney told me to let you know he has the account and you should call his office',
    'hi this is about the hospital bill i went to legal aid and they are representing me now so please call them',
    'good afternoon im calling back about {debt} that matter is with my law firm now they will contact you',
    'hi i got your letter i have a lawyer for this debt and i was told not to discuss it please call my lawyer',
  ]),
  f('s8-en-atty-law-office', 'en', 'portal', ATTORNEY, [
    'This office represents the patient named above in connection with {debt}. Please direct all communication to the undersigned.',
    'Our firm has been retained by your patient regarding {bill}; do not contact our client directly.',
    'I am the attorney for the account holder. Please send any further notices about this balance to my office.',
    'Please be advised that we represent the patient with respect to this account. Contact our office with any questions.',
    'This letter is sent on behalf of our client, who is represented by counsel concerning the charges on this account.',
    'The paralegal at my attorney\'s office will send you the representation letter today; please contact them from now on.',
  ]),
  f('s8-en-atty-learner', 'en', 'chat', ATTORNEY, [
    'I have the lawyer who help me with {bill}, you call to him please',
    'my attorney take care this debt now, he have my papers',
    'the legal aid give me a lawyer for the hospital bill, you speak with her',
    'sorry my english, I have a lawyer now for this account',
    'now the lawyer is represent me, I cannot talk about the money with you',
    'my lawyer tell me: all the letters send to his office',
    'I go to the lawyer office yesterday, they take my case for this bill',
  ]),
  f('s8-en-atty-relative', 'en', 'call', ATTORNEY, [
    '{hi}I\'m calling for my mom. She has a lawyer for this hospital bill now, so please call the lawyer.',
    '{hi}this is her daughter. My mother\'s attorney is handling {debt}.',
    '{hi}I\'m {kin}\'s caregiver. He hired a lawyer about these charges, talk to the lawyer.',
    '{hi}my husband can\'t come to the phone, but his lawyer is dealing with {bill}.',
    '{hi}I\'m calling on behalf of my dad. Legal aid is representing him on this account.',
    '{hi}my grandmother has an attorney on this now, I can give you his number.',
    '{hi}my son\'s lawyer asked me to tell you that she represents him on {debt}.',
  ]),
  f('s8-en-atty-spoken', 'en', 'call', ATTORNEY, [
    '{hi}yeah, I\'ve got somebody, a lawyer, handling all that now.',
    '{hi}that\'s with my lawyer, I\'m not supposed to talk about it.',
    '{hi}my lawyer\'s got it. Call him.',
    '{hi}I already turned {bill} over to my attorney.',
    '{hi}you\'ll have to talk to my lawyer about that one.',
    '{hi}the law clinic took my case on {debt}, they\'ll be calling you.',
    '{hi}I\'ve got representation on this now, you should have their letter.',
  ]),
  f('s8-en-atty-short', 'en', 'portal', ATTORNEY, [
    'Represented. Contact counsel.',
    'Attorney retained re: {bill}.',
    'I have a lawyer for this account. Please contact my lawyer.',
    'Please note: I am represented by an attorney regarding {debt}.',
    'My legal aid attorney is handling this balance.',
    'Refer all questions about this account to my attorney.',
  ]),
  // ------------------------------------------------------------ Spanish positives
  f('s8-es-atty-mx', 'es', 'sms', ATTORNEY, [
    'ya lo tiene mi licenciada, cualquier cosa con ella',
    'mi abogado ya está viendo lo del hospital, márquenle a él',
    'oiga ya le pasé todo a mi {abogado_es}, él les habla',
    'lo de {bill_es} lo trae mi abogado, no yo',
    'me está asesorando un abogado con esa deuda y él es quien contesta',
    'ya tengo quien me represente, es un abogado, les mando su número',
    'el despacho de mi abogada les va a llamar',
  ]),
  f('s8-es-atty-centro', 'es', 'chat', ATTORNEY, [
    'Mirá, ya tengo abogado para esa deuda, hablale a él.',
    'Vos hablá con mi abogada, ella lleva lo de {bill_es}.',
    'Fijate que contraté un abogado, él te va a contestar.',
    'Ya tenés los datos de mi abogado en la carta, llamalo a él.',
    'Eso lo está viendo un abogado que me representa, no me escribás a mí.',
    'Tengo un abogado del consultorio jurídico gratuito que lleva mi caso de esta cuenta.',
  ]),
  f('s8-es-atty-andino', 'es', 'call', ATTORNEY, [
    '{hi_es}le cuento que ya tengo un abogado que me está llevando ese caso, comuníquese con él.',
    '{hi_es}sumercé, eso ya está en manos de mi abogada.',
    '{hi_es}el consultorio jurídico me asignó un abogado para esta deuda, hable con él.',
    '{hi_es}un abogado me está representando por lo de {bill_es}, él les va a llamar.',
    '{hi_es}ya tengo apoyo legal, mi abogado tiene todos los papeles de la cuenta.',
    '{hi_es}por favor, todo lo de esta cuenta tratarlo con mi abogado.',
  ]),
  f('s8-es-atty-oficio', 'es', 'portal', ATTORNEY, [
    'Me han asignado un abogado de oficio para esta reclamación; dirigíos a él.',
    'Tengo abogado de oficio para lo de {bill_es} y es quien lleva el asunto.',
    'Mi abogada de oficio me ha pedido que no trate esta deuda directamente con ustedes.',
    'El colegio de abogados me designó un letrado para este procedimiento de cobro.',
    'Cualquier comunicación sobre esta deuda, por favor, con mi abogado de oficio.',
  ]),
  f('s8-es-atty-buzon', 'es', 'call', ATTORNEY, [
    'hola llamo por la cuenta del hospital ya tengo abogado él se va a comunicar con ustedes gracias',
    'buenas tardes les dejo mensaje sobre {bill_es} mi abogada está encargada de eso llámenle a ella',
    'sí hola es para decirles que un abogado me representa con esa deuda por favor hablen con él',
    'oiga recibí su carta pero eso ya lo tiene mi licenciado el número viene en la carta que les mandó',
    'hola soy la paciente de la factura mi abogado me dijo que no hable de esto con ustedes que le llamen a él',
    'buenas es sobre el saldo ya fui a ayuda legal y me están representando hablen con ellos',
  ]),
  f('s8-es-atty-carta', 'es', 'portal', ATTORNEY, [
    'Por medio de la presente les informo que este despacho representa al paciente en relación con {bill_es}.',
    'En mi calidad de abogado del titular de la cuenta, solicito que toda comunicación se dirija a mi oficina.',
    'Les comunico que he otorgado mi representación en este asunto a un abogado, cuyos datos adjunto.',
    'Atentamente les informo que cuento con representación legal respecto de esta deuda.',
    'Sírvanse dirigir cualquier aviso sobre este saldo a mi abogada, quien me representa.',
  ]),
  f('s8-es-atty-spanglish', 'es', 'sms', ATTORNEY, [
    'my abogado is handling it, hablen con él',
    'tengo un attorney pa lo del hospital bill',
    'el lawyer tiene el case, llámenlo a él',
    'ya contraté lawyer, so no me textéen',
    'mi attorney dice que todo lo del bill va con él',
    'la legal aid me está representando, call them',
  ]),
  f('s8-es-atty-familiar', 'es', 'call', ATTORNEY, [
    '{hi_es}le hablo por mi papá: él ya tiene un licenciado que lo representa en esto.',
    '{hi_es}soy la nuera de la paciente, su abogado está viendo {bill_es}.',
    '{hi_es}le llamo de parte de {kin_es}, tiene abogada para esta deuda y pide que hablen con ella.',
    '{hi_es}mi mamá no puede hablar, pero su abogado ya lleva lo de la cuenta.',
    '{hi_es}mi abuelo contrató un abogado por esos cobros, yo les doy el teléfono.',
  ]),
  f('s8-es-atty-caribe', 'es', 'chat', ATTORNEY, [
    'mira ya yo tengo un abogado pa eso, llámalo a él',
    'eso lo tiene mi abogada ahora, yo no puedo hablar de eso',
    'ya cogí abogado pa lo del hospital, él te va a llamar',
    'mi abogao tiene to los papeles de esa cuenta',
    'ya eso ta con mi licenciado, háblale a él',
  ]),
  // ------------------------------------------------------------ English hard negatives
  hn('s8-en-atty-shorthand-neg', 'en', 'sms', [
    'no lawyer lol just broke, can i pay {amount}',
    'lawyer?? for a $90 bill? nah',
    'my bf is a lawyer but he does real estate. anyway can i pay fri',
    'binge watching suits lol, ill pay tmrw',
    'not lawyering up, just need a plan',
    'who needs a lawyer, just tell me the total',
    'my atty is for my divorce not this',
    'idk if i need a lawyer for this? prob not',
    'no atty, no nothing, just me and {bill}',
    'lol my sis said get a lawyer, im not doing that',
  ]),
  hn('s8-en-atty-voicemail-neg', 'en', 'call', [
    'hi im calling about {bill} i dont have a lawyer or anything i just want to set up payments please call me back',
    'hello my daughter is a lawyer out of state and she told me to call you directly about a payment plan',
    'hey its me again i talked to a lawyer about something else and he said this bill looks fine so id like to pay it',
    'yeah hi i was going to get a lawyer but i changed my mind i just want to talk to someone about {debt}',
    'hi this is about the account i work at a law firm so please call after five thanks',
    'hi um my old lawyer from my car accident sent me your number by mistake i think anyway call me about the bill',
  ]),
  hn('s8-en-atty-letter-neg', 'en', 'portal', [
    'I am not represented by counsel and prefer to resolve {debt} directly with your office.',
    'Please note that I have not retained an attorney in this matter; I request a payment arrangement.',
    'I am employed as an associate at a law firm; please send statements to my home address instead.',
    'I consulted an attorney about an unrelated estate matter and am writing separately to pay this balance.',
    'Although a friend suggested I consult a lawyer, I would prefer to settle this account with you.',
    'My attorney handles my business contracts only; I am handling this personal account myself.',
    'Please do not interpret my mention of legal advice as representation: I have no attorney for this debt.',
  ]),
  hn('s8-en-atty-learner-neg', 'en', 'chat', [
    'I no have lawyer, I want pay little every month',
    'my brother he is lawyer in my country, but here no, I pay myself',
    'lawyer is too expensive for me, I pay the bill slow',
    'I clean the offices of the lawyers at night, I get pay on Friday',
    'my friend say I need lawyer but I think no, I want to talk with you',
    'before I have lawyer for my papers of immigration, this is other thing',
    'is necessary the lawyer for pay this bill? I hope no',
  ]),
  hn('s8-en-atty-relative-neg', 'en', 'call', [
    '{hi}I\'m calling for my mom. She doesn\'t have a lawyer, she just needs a payment plan.',
    '{hi}my dad keeps saying he\'ll get a lawyer, but he won\'t. Can we set something up?',
    '{hi}I\'m her son and I\'m a paralegal, so I help her read these letters. What is {bill} for?',
    '{hi}{kin} is a lawyer and told me to call you myself about {debt}.',
    '{hi}this is her daughter. We talked about a lawyer but decided to just pay it.',
    '{hi}I\'m calling for my grandmother; her lawyer handled her will, nothing to do with this bill.',
    '{hi}my husband watches those lawyer ads all day, don\'t mind him yelling in the background.',
  ]),
  hn('s8-en-atty-other-matter', 'en', 'call', [
    '{hi}my divorce lawyer is charging me too, I\'m drowning in bills. Can I pay half?',
    '{hi}my immigration lawyer needs a receipt for what I paid, can you send one?',
    '{hi}I had a public defender for a traffic thing, he\'s got nothing to do with {bill}.',
    '{hi}the lawyer from my custody case is who I\'m paying first this month, then you.',
    '{hi}my landlord and I both have lawyers, it\'s a mess, but this bill I can handle.',
    '{hi}legal aid said they can\'t take a medical bill case, so I\'m calling you myself.',
    '{hi}I called legal aid about my eviction, they have a waitlist. About {bill}, can I pay {amount}?',
  ]),
  hn('s8-en-atty-work-tv', 'en', 'chat', [
    'I work at a law firm downtown, can you call after 6?',
    'I\'m a legal secretary, I get paid on the 15th.',
    'I was watching a lawyer show and forgot to pay {bill}, sorry.',
    'I saw an injury lawyer ad on TV and it reminded me to call you.',
    'My daughter just passed her paralegal course, so money is tight this month.',
    'I drive for a courier that delivers to law offices, I can pay {time}.',
    'The lawyer billboard on the highway has your hospital\'s phone number right under it, funny.',
  ]),
  hn('s8-en-atty-quoted-asked', 'en', 'portal', [
    'My coworker said "tell them you have a lawyer", but I don\'t, so let\'s just do payments.',
    'The pamphlet said "consult an attorney", but I would rather talk to you first.',
    'Do people usually get a lawyer for a hospital bill?',
    'Will I need a lawyer if I can\'t pay {bill} this year?',
    'Is it worth asking legal aid about this, or can we just work something out?',
    'Your letter says "if you are represented by an attorney, tell us". I am not.',
    'My lawyer from {longago} is retired, and I don\'t have one now.',
  ]),
  // The words that carry a statement of representation (a letter got, the patient, the
  // account, "contact", "his office") without the representation: the positives above use them,
  // so they are not left to stand for a lawyer on their own.
  hn('s8-en-atty-carrier-neg', 'en', 'sms', [
    'got {bill} in the mail today. no lawyer or anything, can i pay {amount}?',
    'I got your letter about the account. I don\'t have an attorney, please contact me directly.',
    'i got it, the hospital account is mine and im handling it myself, no lawyer',
    'my lawyer friend read the letter about the charges, he says it looks right',
    'ive got no attorney, just a question about {debt}',
    'his office is an immigration law office, he is not handling my hospital bill',
    'got a letter from a law firm about my old car loan, not about you. now about {bill}',
    'please contact me, not a lawyer. i got all the papers for {debt} right here',
  ]),
  hn('s8-en-atty-patient-neg', 'en', 'portal', [
    'I am the patient\'s daughter. The patient has no attorney, and we would like to pay the hospital account in installments.',
    'Regarding the charges on this account: our family lawyer retired years ago, and the patient is handling this herself.',
    'Please contact the patient directly; she is not represented by counsel regarding {debt}.',
    'I am a paralegal writing on my own behalf, not for a client: please send me the itemized charges for {bill}.',
    'Our office manager at the law firm where I work said I could take Friday off to sort out {bill} with you.',
    'The patient, my father, has talked about getting a lawyer, but he has not retained one; please call him regarding the account.',
    'The letter from the hospital said to contact billing with any questions, so here I am: no lawyer, just questions.',
  ]),
  // ------------------------------------------------------------ Spanish hard negatives
  hn('s8-es-atty-mx-neg', 'es', 'sms', [
    'no tengo abogado ni nada, nomás quiero pagar en abonos',
    'un abogado me sale más caro que la cuenta, mejor ahí le voy pagando',
    'mi cuñado es abogado pero de divorcios, no se mete en esto',
    'ni abogado ni nada, quiero arreglar con ustedes',
    'estaba viendo la serie del abogado y se me pasó pagar, perdón',
    'trabajo de chofer para un despacho de abogados, pago el viernes',
  ]),
  hn('s8-es-atty-centro-neg', 'es', 'chat', [
    'Mirá, no tengo abogado, solo quiero saber cuánto debo.',
    'Mi tío es abogado allá en Honduras, pero aquí no conozco a nadie.',
    'Vos decime si necesito abogado para esto, porque no tengo.',
    'Fijate que el consultorio jurídico no me pudo atender, así que te escribo yo.',
    'Mi abogado es el de la sucesión de mi abuela, eso no tiene nada que ver con {bill_es}.',
  ]),
  hn('s8-es-atty-andino-neg', 'es', 'call', [
    '{hi_es}le cuento que mi hija estudia para abogada, por eso la plata no me alcanza.',
    '{hi_es}sumercé, yo no tengo abogado, quiero arreglar directamente.',
    '{hi_es}mi hermano es abogado y me dijo que llamara yo misma a preguntar por {bill_es}.',
    '{hi_es}tuve un abogado por una demanda laboral {longago_es}, ya terminó.',
    '{hi_es}¿toca conseguir abogado para esto? ojalá que no.',
    '{hi_es}trabajo haciendo aseo en una oficina de abogados, pago {time_es}.',
  ]),
  hn('s8-es-atty-espana-neg', 'es', 'portal', [
    'Tuve un abogado de oficio por lo del piso, pero esto lo pago yo.',
    'No tengo abogado; ¿me podéis dar un plazo para pagar {bill_es}?',
    'Mi pareja es abogada laboralista y está de viaje, así que os escribo yo.',
    'Un amigo me dijo "búscate un abogado", pero prefiero arreglarlo con vosotros.',
    '¿Hace falta abogado para reclamar un plazo? Creo que no.',
    'Trabajo de administrativa en un bufete y cobro a final de mes.',
  ]),
  hn('s8-es-atty-buzon-neg', 'es', 'call', [
    'hola llamo por la factura no tengo abogado ni nada solo quiero hacer un plan de pagos',
    'buenas tardes mi hermano es abogado y me dijo que les llamara directo para arreglar',
    'sí hola pensé en buscar un abogado pero mejor quiero hablar con alguien de la cuenta llámenme',
    'hola habla la paciente mi abogado de inmigración me pidió un recibo de lo que pagué me lo pueden mandar',
    'oiga nomás para avisar que no me representa nadie yo voy a pagar {amount_es} {time_es}',
    'buenas es sobre el saldo la abogada que tuve por mi divorcio ya no me lleva nada llámenme a mí',
    'buenas tardes les dejo mensaje sobre {bill_es} no tengo abogado solo quiero saber el saldo',
    'hola les dejo mensaje mi hija es abogada pero ella no lleva esto llámenme a mí por favor',
  ]),
  hn('s8-es-atty-carta-neg', 'es', 'portal', [
    'No cuento con representación legal y deseo llegar a un acuerdo de pago directamente.',
    'Trabajo como secretaria en un despacho de abogados; les ruego enviar la correspondencia a mi domicilio.',
    'Aunque consulté a un abogado por un asunto de herencia, el pago de {bill_es} lo gestiono yo.',
    'Les informo que no he contratado abogado para este asunto y solicito un plan de pagos.',
    'Mi abogado solo lleva los asuntos de mi negocio; esta cuenta personal la atiendo yo.',
  ]),
  hn('s8-es-atty-spanglish-neg', 'es', 'sms', [
    'no tengo lawyer, just quiero pagar',
    'mi lawyer es para lo de immigration, no pa esto',
    'lawyer pa un bill del hospital? nah, dame un plan',
    'mi hija es paralegal y me ayuda a leer las cartas, qué es este charge',
    'trabajo en un law office limpiando, pago el friday',
  ]),
  hn('s8-es-atty-familia-neg', 'es', 'chat', [
    'Mi hija es abogada pero vive en Texas, yo me encargo de pagar.',
    '{rel_es} es abogado de inmigración, no tiene nada que ver con esta cuenta.',
    'Mi hijo estudia derecho y me explicó la carta, quiero pagar en partes.',
    'Mi mamá ve la novela del abogado todas las noches, por eso no contesta.',
    'Vi un anuncio de abogados de accidentes en la tele y me acordé de pagarles.',
    'El abogado de mi papá le hizo el testamento, nada que ver con {bill_es}.',
  ]),
  hn('s8-es-atty-caribe-neg', 'es', 'chat', [
    'mira yo no tengo abogao ni na, dime cuánto es',
    'mi primo es abogado en Santo Domingo, pero aquí no me sirve',
    'el abogado que tuve pa lo del accidente ya no me lleva na',
    'tú crees que necesito abogado pa esto? yo creo que no',
  ]),
  hn('s8-es-atty-carrier-neg', 'es', 'sms', [
    'ya recibí la carta del hospital, no tengo abogado, les pago el viernes',
    'ya hablé con un abogado y me dijo que esa deuda sí es mía, así que la voy a pagar yo',
    'esta deuda la pago yo, no hay abogado de por medio',
    'mi abogada me va a ayudar con el divorcio, no con esta cuenta',
    'hablen conmigo, no tengo licenciado ni nada, todo lo de {bill_es} lo veo yo',
    'su abogado de mi esposo es de inmigración, la cuenta del hospital la pago yo',
    'ya les dije que no me representa nadie, quiero un plan de pagos',
    'me va a llamar mi hermana, ella es abogada pero no lleva esto, nomás me ayuda a entender la carta',
    'mi caso de inmigración lo lleva un abogado, pero esta cuenta es otra cosa',
  ]),
  hn('s8-es-atty-paciente-neg', 'es', 'call', [
    '{hi_es}soy la hija de la paciente; ella no tiene abogado y quiere pagar la deuda del hospital en partes.',
    '{hi_es}les hablo por mi papá, que es el paciente: no tiene abogado, pueden llamarle a él.',
    '{hi_es}mi mamá es abogada, pero esta cuenta del hospital la llevo yo.',
    '{hi_es}todo lo de esta deuda háblenlo conmigo; el abogado que tuvimos {longago_es} ya no nos representa.',
    '{hi_es}la paciente soy yo y no tengo quien me represente, díganme cuánto es.',
  ]),
  // ------------------------------------------------------------ Plain negatives in the positives' voices
  // Sentences that mention no lawyer at all but carry what the positives carry around the lawyer:
  // somebody else handles the bill ("talk to her", "call him", "he has all the papers"), a
  // letter or a bill got, the patient named, the account, "lo del hospital". Without them the
  // batch teaches the first stage that a hand-off or a letter is representation.
  hn('s8-en-atty-plain-handoff', 'en', 'call', [
    '{hi}my husband pays all the bills in this house, so talk to him about it.',
    '{hi}my daughter does all my paperwork now, please call her.',
    '{hi}my nephew handles my money since my stroke, he keeps all the papers.',
    '{hi}my caregiver reads my mail, she is dealing with {bill}.',
    '{hi}my sister is taking care of that for me, she will call you back.',
    '{hi}the social worker at the clinic is helping me with {debt}, you can talk to her.',
    '{hi}the hospital financial counselor has my application, she said to call you.',
    '{hi}my insurance agent is looking into these charges, he will get back to you.',
    '{hi}{kin} takes care of my bills, here is the number.',
  ]),
  hn('s8-en-atty-plain-shorthand', 'en', 'sms', [
    'got ur letter, how much do i owe',
    'got a statement today, can i pay {amount} fri',
    'my husband does the bills, txt him',
    'call my son he has everything re: the er bill',
    'my dad is the patient, im helping him',
    'my mom has the papers, she will call u tmrw',
    'the insurance lady is on it, she said wait',
    'got it, thx. will pay {time}',
    'talk to my husband he knows the acct #',
  ]),
  hn('s8-en-atty-plain-portal', 'en', 'portal', [
    'I received your letter dated last week regarding {debt}. Please send an itemized statement.',
    'The patient named above is my father. I am his caregiver and would like to set up payments.',
    'Please direct billing questions for this account to my spouse, who manages our household finances.',
    'My insurance company is reviewing these charges; please hold the account until they respond.',
    'I have all the receipts for {bill} and will bring them to the billing office.',
    'Please send future statements for this account to my daughter\'s address.',
    'The patient advocate at the hospital is handling my financial assistance request.',
    'I got the notice about the balance and would like to know my options.',
  ]),
  hn('s8-en-atty-plain-voicemail', 'en', 'call', [
    'hi i got your letter about the hospital bill please call me back at this number thanks',
    'hello this is a message for billing my husband handles the money so please call him on his cell',
    'hey its about {bill} my son has all the papers he will call you tomorrow',
    'hi i am calling for my mother the patient she cannot hear well so please talk to me',
    'yeah hi the insurance said they are taking care of it so just call them i guess',
    'hi returning your call about the account i got the statement yesterday and i have questions',
    'good afternoon the social worker told me to call you about a payment plan',
  ]),
  hn('s8-en-atty-plain-learner', 'en', 'chat', [
    'my daughter she help me with the bills, you speak with her please',
    'I receive the letter yesterday, I no understand the charges',
    'my grandson have all my papers, he call you tomorrow',
    'the patient is my husband, he is in the hospital still',
    'the lady from the insurance take care this, she call you',
    'I get the bill today, is very much money for me',
    'my husband he do all the paper, you call to him please',
  ]),
  hn('s8-es-atty-plain-familia', 'es', 'call', [
    '{hi_es}mi esposo es el que paga las cuentas, hable con él.',
    '{hi_es}mi hija me ayuda con todo lo de los papeles, llámele a ella.',
    '{hi_es}le hablo por mi papá, él es el paciente y no puede hablar.',
    '{hi_es}mi hijo tiene todos los papeles de la cuenta, él les va a llamar.',
    '{hi_es}la trabajadora social del hospital me está ayudando con {bill_es}, hable con ella.',
    '{hi_es}el del seguro está viendo lo de esos cobros, él les va a contestar.',
    '{hi_es}{kin_es} se encarga de mis cuentas, le doy su número.',
    '{hi_es}la paciente es mi suegra, yo le ayudo con los pagos.',
  ]),
  hn('s8-es-atty-plain-sms', 'es', 'sms', [
    'ya me llegó la carta, cuánto debo',
    'recibí el recibo hoy, puedo pagar {amount_es} el viernes',
    'mi esposa ve lo de las cuentas, escríbanle a ella',
    'ya junté todos los recibos, nomás díganme cuánto es',
    'lo del hospital lo ve mi hijo, él les marca',
    'mi abuela es la paciente, yo le ayudo',
    'eso lo tiene el seguro ahora, ellos les llaman',
    'ya me llegó su aviso, gracias, pago {time_es}',
    'ya tengo el número de cuenta, cuánto es el saldo',
    'ya tengo trabajo otra vez, ya les puedo pagar algo',
    'ya tengo seguro nuevo, les mando la tarjeta',
  ]),
  hn('s8-es-atty-plain-buzon', 'es', 'call', [
    'hola recibí una carta de ustedes sobre la cuenta del hospital llámenme por favor',
    'buenas tardes les dejo mensaje mi hija es la que ve lo de las facturas llámenle a ella',
    'sí hola es sobre {bill_es} mi esposo tiene los papeles él les va a llamar mañana',
    'hola soy la hija de la paciente mi mamá no oye bien así que hablen conmigo',
    'oiga me llegó un cobro ayer y tengo preguntas de unos cargos',
    'buenas la trabajadora social me dijo que les llamara por un plan de pagos',
  ]),
  hn('s8-es-atty-plain-carta', 'es', 'portal', [
    'Me llegó su carta respecto al saldo de {bill_es} y solicito un estado de cuenta detallado.',
    'El paciente es mi padre; soy su cuidadora y deseo acordar un plan de pagos.',
    'Les ruego dirigir la correspondencia de esta cuenta a mi hija, quien administra mis gastos.',
    'Mi aseguradora está revisando estos cargos; les pido esperar su respuesta.',
    'Cuento con todos los comprobantes de pago y los llevaré a la oficina de facturación.',
    'La trabajadora social del hospital lleva mi solicitud de ayuda financiera.',
  ]),
  hn('s8-es-atty-plain-caribe', 'es', 'chat', [
    'mira eso lo ve mi esposa, háblale a ella',
    'ya me llegó el papel ese del hospital, cuánto es',
    'mi hijo tiene to los papeles, él te llama',
    'ya yo tengo el recibo aquí, cuánto falta',
    'ya tengo la carta esa, qué es ese cargo',
    'el del seguro ta viendo eso, él te va a llamar',
    'la paciente es mi tía, yo le ayudo con eso',
    'Mirá, eso lo maneja mi marido, hablale a él.',
    'Fijate que me llegó otra factura, ¿cuánto es?',
  ]),
  hn('s8-es-atty-plain-spanglish', 'es', 'sms', [
    'my husband ve los bills, háblenle a él',
    'ya got la carta, cuánto es el balance',
    'mi son tiene los papers, él los llama',
    'el insurance está checking eso, call them',
    'mi mom es la patient, yo le ayudo',
    'recibí el bill today, puedo pagar el friday',
  ]),
];

/**
 * The families of this batch the shipped model is trained on: none. Out of fold over the earlier
 * families no setting keeps attorney recall at 0.95 or more with precision on their hard
 * negatives at 0.94 or more (shipped model 0.951 / 0.951) once the batch's families draw their
 * folds apart from the ninth and tenth batches' (drawsItsOwnFold, which keeps every other intent
 * byte-identical): the best trade-off reached 0.958 / 0.931, whatever the verifier scope
 * ('topic', 'all' or 'topic+plain'). Evaluate with `npm run train:intents -- --batch-8`.
 */
export const BATCH_8_SHIPPED: readonly IntentFamily[] = [];
