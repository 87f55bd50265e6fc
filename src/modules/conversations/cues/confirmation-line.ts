import type { ContactChannel, CriticalIntent } from '../intent-effects.js';
import type { Language } from '../types.js';

const STOP_WHAT: Record<Language, Record<ContactChannel, string>> = {
  en: { call: 'stop calling you', sms: 'stop texting you', email: 'stop emailing you', all: 'stop contacting you' },
  es: { call: 'dejemos de llamarle', sms: 'dejemos de mandarle mensajes', email: 'dejemos de enviarle correos', all: 'dejemos de contactarle' },
};

/**
 * What the agent can say to check a proposed intent with the person before anything is final
 * ("It sounds like you'd like us to stop calling. Is that right?"): a question, never a
 * conclusion, in the conversation's language.
 */
export function confirmationLine(intent: CriticalIntent, language: Language, channels: readonly ContactChannel[] = ['all']): string {
  const channel: ContactChannel = channels.length === 1 ? (channels[0] as ContactChannel) : 'all';
  if (language === 'es') {
    switch (intent) {
      case 'cease_communication':
        return `Entiendo que prefiere que ${STOP_WHAT.es[channel]}. ¿Es así?`;
      case 'attorney':
        return 'Entiendo que un abogado le representa ahora. ¿Es así? Si es así, nos comunicaremos con su abogado y no con usted.';
      case 'dispute':
        return 'Entiendo que no está de acuerdo con este saldo y quiere disputarlo. ¿Es así? Si es así, pausamos el cobro y le enviamos la verificación.';
      case 'bankruptcy':
        return 'Entiendo que se declaró en bancarrota. ¿Es así? Si es así, detenemos el cobro de inmediato.';
      case 'deceased':
        return 'Lamento mucho su pérdida. Para entender bien: ¿la persona de esta cuenta falleció?';
    }
  }
  switch (intent) {
    case 'cease_communication':
      return `It sounds like you'd like us to ${STOP_WHAT.en[channel].replace(' you', '')}. Is that right?`;
    case 'attorney':
      return "It sounds like an attorney is representing you now. Is that right? If so, we'll contact them instead of you.";
    case 'dispute':
      return "It sounds like you're disputing this balance. Is that right? If so, we'll pause collection and send you verification.";
    case 'bankruptcy':
      return "It sounds like you've filed for bankruptcy. Is that right? If so, we'll stop collection right away.";
    case 'deceased':
      return "I'm so sorry for your loss. Just so I understand: has the person on this account passed away?";
  }
}
