/**
 * Training-only batch 17 (`sh-` families): bankruptcy as a policy, not a figure of speech. A
 * patient who says plainly that they are bankrupt ("I'm bankrupt", "estoy en quiebra") or that
 * they are weighing a filing ("I'm thinking about chapter 7, so hold off") gets a bankruptcy
 * review: the account pauses and a person checks the court record. A compliance officer would
 * rather review a plain "I'm bankrupt" than call someone under an automatic stay. Jokes and
 * conditionals stay apart as hard negatives ("one more bill like this and I'll be bankrupt lol",
 * "si sigo así voy a terminar en la quiebra"). The development sets written by other authors read
 * some bare "I'm bankrupt" sentences as figures of speech; these families state the product's
 * side. Always train, teaching only bankruptcy (teachesOnlyOwnIntents), drawn from their own
 * generator and fold.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file.
 */
import { bareHardNegative as hn, family as f, type IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_17: readonly IntentFamily[] = [
  f('sh-en-status-plain', 'en', 'call', ['bankruptcy'], [
    "{hi}I'm bankrupt, there's nothing left to collect.",
    "{hi}I'm bankrupt now. Just so you know.",
    "Look, I went bankrupt. That's where things are.",
    "{hi}we're bankrupt, both of us, it's all with the court.",
    "I am bankrupt and I can't deal with this call.",
    "{hi}I'm in bankruptcy, period.",
    "I'm bankrupt, you'll have to wait like everybody else.",
  ]),
  f('sh-en-status-sms', 'en', 'sms', ['bankruptcy'], [
    'im bankrupt',
    'bankrupt now. sorry',
    'went bankrupt, nothing to pay with',
    'i am in bankruptcy',
    'bankrupt. cant pay',
    'we are bankrupt fyi',
  ]),
  f('sh-en-considering', 'en', 'chat', ['bankruptcy'], [
    "{hi}I'm thinking about filing chapter 7, please hold off for now.",
    "I'm weighing a bankruptcy filing, don't send this anywhere yet.",
    "{hi}we're looking into chapter 13, can you pause the account?",
    "I might file bankruptcy this month, I'm meeting with someone about it {time}.",
    "{hi}bankruptcy is probably where this is headed, I'm getting the forms together.",
    "I'm planning to file for bankruptcy soon, so wait on this bill.",
    "{hi}I've been advised to file chapter 7 and I think I'm going to.",
  ]),
  f('sh-es-status', 'es', 'call', ['bankruptcy'], [
    '{hi_es}estoy en quiebra, ya no tengo con qué.',
    '{hi_es}me fui a la quiebra, así están las cosas.',
    'Estoy en bancarrota, señorita, no hay nada que cobrar.',
    '{hi_es}quebré, estoy en quiebra total y ya está en la corte.',
    'estamos en quiebra, mi esposo y yo.',
    '{hi_es}yo estoy en bancarrota ahorita, para que lo sepan.',
  ]),
  f('sh-es-considering', 'es', 'chat', ['bankruptcy'], [
    '{hi_es}estoy pensando declararme en bancarrota, esperen por favor.',
    'estoy viendo lo del capítulo 7, no manden esto a cobranza todavía',
    '{hi_es}creo que me voy a declarar en quiebra este mes.',
    'me aconsejaron declararme en bancarrota y lo voy a hacer',
    '{hi_es}estamos considerando el capítulo 13, ¿pueden pausar la cuenta?',
    'ya estoy juntando los papeles para la bancarrota',
  ]),
  hn('sh-en-figure', 'en', 'sms', 'bankruptcy', [
    'one more bill like this and ill be bankrupt lol',
    'this hospital is gonna bankrupt me haha',
    "if this keeps up I'll end up bankrupt",
    "I'm not bankrupt, just broke till Friday",
    'these prices would bankrupt anybody',
    "{hi}I'd go bankrupt if I paid all of it at once, can we split it?",
  ]),
  hn('sh-es-figure', 'es', 'chat', 'bankruptcy', [
    'si sigo así voy a terminar en la quiebra jaja',
    'este hospital me va a dejar en bancarrota',
    '{hi_es}no estoy en quiebra, nomás ando corto este mes',
    'con estos precios cualquiera quiebra',
    '{hi_es}me quebraría si pago todo junto, ¿lo puedo dividir?',
  ]),
];

/** Emitted by default (the whole batch). */
export const BATCH_17_SHIPPED: readonly IntentFamily[] = TRAIN_ONLY_FAMILIES_17;
