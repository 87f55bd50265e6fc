/**
 * Training-only batch 18 (`si-` families): who speaks for the patient when it is not a lawyer. A
 * patient who says "my wife handles the bills, talk to her" or "my son has the papers, call him"
 * names an authorized representative, not counsel: the call goes on with that person, and no
 * attorney hold is proposed. The sets written by other authors give "talk to him" almost only
 * after a lawyer ("I have a lawyer, talk to him"), so a model trained on them reads any "talk to
 * her" as representation; these families give the everyday side (family members, caregivers, a
 * case manager, an accountant, an interpreter, a power of attorney that is not a lawyer) and plain
 * statements that there is no lawyer. A few positives keep the contrast: the same words after a
 * lawyer. Always train, teaching only attorney (teachesOnlyOwnIntents), drawn from their own
 * generator and fold.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file.
 */
import { bareHardNegative as hn, family as f, type IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_18: readonly IntentFamily[] = [
  hn('si-en-family-handles', 'en', 'call', 'attorney', [
    "{hi}my husband takes care of all the bills in this house, you'd have to talk to him.",
    "{hi}my daughter does all my paperwork now, talk to her, she knows more than me.",
    "Honestly my wife is the one who handles money stuff. Can you call her instead?",
    "{hi}my son set all this up for me, he's got the papers, just talk to him.",
    "My partner deals with the hospital bills, I'll have him call you back.",
    "{hi}my mom handles my medical bills since I'm still on her plan, talk to her.",
    "My sister's been helping me with all of this, can you speak with her?",
    "I don't really do the bills, my husband does. He'll call you.",
  ]),
  hn('si-en-family-sms', 'en', 'sms', 'attorney', [
    'my wife handles this. text her instead',
    'talk to my daughter shes the one who pays it',
    'pls call my son about this, he does my bills',
    'my husband has all the paperwork, ask him',
    'my girlfriend handles the money stuff, reach out to her',
    'my dad pays my bills, talk to him not me',
  ]),
  hn('si-en-helpers', 'en', 'chat', 'attorney', [
    'My case manager at the clinic is helping me with this bill, can you talk to her?',
    "{hi}my accountant handles my medical expenses, I'll have him reach out.",
    'The social worker said she would call you about my balance.',
    'My interpreter will be on the line next time, please talk to her slowly.',
    'A patient advocate from my church is helping me, can she call you?',
    'My caregiver opens my mail, you can talk to her about the statement.',
    'The financial counselor at the cancer center is handling my paperwork, talk to him.',
  ]),
  hn('si-en-poa-not-lawyer', 'en', 'portal', 'attorney', [
    'I have power of attorney for my mother. I am not a lawyer, I am her daughter, and I handle her bills.',
    "I'm her attorney-in-fact, which just means I sign for her. Please send her statements to me.",
    'My brother holds power of attorney for Dad, so please direct questions about his account to him.',
    'Attached is the power of attorney form so you can talk to me about my father-in-law\'s balance.',
    'I am the authorized representative on this account; please speak with me going forward.',
  ]),
  hn('si-en-no-lawyer', 'en', 'call', 'attorney', [
    "{hi}I don't have a lawyer, it's just me, I want to sort this out.",
    "No lawyer, nothing like that. I just need to know what I owe.",
    "{hi}I never hired a lawyer, I don't know where you got that.",
    "I can't afford a lawyer, I just want a payment plan.",
    "I'm not getting a lawyer over a hospital bill, come on.",
    "There's no lawyer, you can talk to me directly.",
    "{hi}nobody is representing me, I'm handling it myself.",
  ]),
  f('si-en-lawyer-talk-to', 'en', 'call', ['attorney'], [
    "{hi}my lawyer handles this bill now, talk to her.",
    "I hired an attorney for this, you need to talk to him, not me.",
    "{hi}my attorney is dealing with the hospital, call her office.",
    "This is with my lawyer. Talk to him from now on.",
    "My lawyer has the papers, please speak with her.",
  ]),
  hn('si-es-familia-maneja', 'es', 'call', 'attorney', [
    '{hi_es}mi esposo es el que paga todas las cuentas, mejor hable con él.',
    '{hi_es}mi hija me ayuda con todos los papeles, háblele a ella.',
    'Mi señora es la que maneja el dinero en la casa, llámele a ella por favor.',
    '{hi_es}mi hijo tiene todos los papeles del hospital, hable con él.',
    'Yo no sé de esas cosas, mi esposa se encarga. Ella le regresa la llamada.',
    'Mi hermana me está ayudando con la factura, ¿puede hablar con ella?',
    '{hi_es}mi mamá paga mis cuentas médicas, hable con ella, no conmigo.',
  ]),
  hn('si-es-familia-sms', 'es', 'sms', 'attorney', [
    'mi esposo maneja eso, mándele mensaje a él',
    'hable con mi hija ella es la que paga',
    'llame a mi hijo porfa, él ve mis cuentas',
    'mi vieja tiene los papeles, pregúntele a ella',
    'mi papá paga mis biles, háblele a él',
  ]),
  hn('si-es-ayudantes', 'es', 'chat', 'attorney', [
    'La trabajadora social de la clínica me está ayudando con esta cuenta, ¿puede hablar con ella?',
    '{hi_es}mi contador lleva mis gastos médicos, le voy a pedir que les llame.',
    'La consejera financiera del hospital tiene mis papeles, hable con ella.',
    'Mi intérprete va a estar en la llamada, por favor hable con ella despacio.',
    'Una señora de la iglesia me ayuda con los papeles, ¿les puede llamar?',
  ]),
  hn('si-es-poder-no-abogado', 'es', 'portal', 'attorney', [
    'Tengo poder notarial de mi madre. No soy abogada, soy su hija, y yo manejo sus cuentas.',
    'Soy el apoderado de mi papá, eso nomás quiere decir que firmo por él. Mándenme a mí los estados de cuenta.',
    'Mi hermano tiene el poder de mi papá, así que las preguntas de su cuenta diríjanlas a él.',
    'Les adjunto el poder para que puedan hablar conmigo de la cuenta de mi suegro.',
  ]),
  hn('si-es-sin-abogado', 'es', 'call', 'attorney', [
    '{hi_es}no tengo abogado, soy yo nada más, quiero arreglar esto.',
    'Nada de abogados, yo solo quiero saber cuánto debo.',
    '{hi_es}yo nunca contraté abogado, no sé de dónde sacaron eso.',
    'No me alcanza para un abogado, lo que quiero es un plan de pagos.',
    'No voy a buscar abogado por una factura del hospital.',
    'Nadie me representa, yo lo estoy viendo solita.',
  ]),
  f('si-es-abogado-hable-con', 'es', 'call', ['attorney'], [
    '{hi_es}mi abogada lleva esta cuenta ahora, hable con ella.',
    'Contraté un abogado para esto, tiene que hablar con él, no conmigo.',
    '{hi_es}mi abogado ya está viendo lo del hospital, llame a su oficina.',
    'Esto lo tiene mi abogado. De ahora en adelante hable con él.',
  ]),
];

/** Emitted by default (the whole batch). */
export const BATCH_18_SHIPPED: readonly IntentFamily[] = TRAIN_ONLY_FAMILIES_18;
