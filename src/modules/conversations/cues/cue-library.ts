import type { Intent } from '../intent-effects.js';

/**
 * What the agent sees for each signal: what to acknowledge, what to avoid, what to do, and a few
 * alternative phrasings per language. Agents adapt the phrasings in their own words: several
 * variants exist so no single sentence becomes a script. `{channels}` is filled in for opt-outs.
 */
export interface CueTemplate {
  acknowledge: string;
  avoid?: string;
  action?: string;
  suggest: { en: string[]; es: string[] };
}

export type Signal = Intent | 'distress' | 'crisis' | 'escalation' | 'negative' | 'positive';

export const CUE_LIBRARY: Record<Signal, CueTemplate> = {
  crisis: {
    acknowledge: 'They used self-harm language: their safety comes before the account.',
    avoid: 'Do not talk about the balance or payment in this conversation.',
    action: 'Follow the crisis protocol now (in the US: 988 Suicide & Crisis Lifeline, call or text 988) and alert a supervisor.',
    suggest: {
      en: [
        "I'm really glad you told me. Your safety matters more than any bill. Would you be willing to talk to someone right now? You can call or text 988 any time.",
        "Thank you for trusting me with that. Let's set the bill aside completely. If you're in danger, please call or text 988, or 911 — can I stay on the line while you do?",
      ],
      es: [
        'Me alegra que me lo haya dicho. Su seguridad importa más que cualquier cuenta. ¿Estaría dispuesto a hablar con alguien ahora? Puede llamar o enviar un mensaje al 988 a cualquier hora.',
        'Gracias por confiar en mí. Dejemos la cuenta a un lado. Si está en peligro, llame o escriba al 988, o al 911; ¿quiere que me quede en la línea mientras llama?',
      ],
    },
  },
  deceased: {
    acknowledge: 'A death: lead with condolences.',
    avoid: 'Do not ask the caller to pay or suggest they are personally responsible for the debt.',
    action: 'Place a deceased hold and route the account to estate handling.',
    suggest: {
      en: [
        "I'm so sorry for your loss. Thank you for letting us know — we'll pause this account, and there's nothing you need to do today.",
        "I'm very sorry. We'll take care of updating the account, and if it helps, we can mail you information about next steps whenever you're ready.",
      ],
      es: [
        'Lamento mucho su pérdida. Gracias por avisarnos; vamos a pausar esta cuenta y no tiene que hacer nada hoy.',
        'Lo siento muchísimo. Nosotros nos encargamos de actualizar la cuenta y, si le sirve, le enviamos por correo la información de los siguientes pasos cuando usted quiera.',
      ],
    },
  },
  attorney: {
    acknowledge: 'They are, or will be, represented by an attorney.',
    avoid: 'Do not discuss the debt further or ask for payment.',
    action: "Ask for the attorney's name and contact details, then place an attorney hold.",
    suggest: {
      en: [
        "Thank you for letting me know. Could you share your attorney's name and phone number so we can work with them directly?",
        "Understood. If you give me your attorney's contact information, we'll communicate through them from now on.",
      ],
      es: [
        'Gracias por avisarme. ¿Me podría dar el nombre y el teléfono de su abogado para comunicarnos directamente con él?',
        'Entendido. Si me da los datos de su abogado, a partir de ahora nos comunicaremos a través de él.',
      ],
    },
  },
  bankruptcy: {
    acknowledge: 'They mention bankruptcy.',
    avoid: 'Do not ask for payment: the automatic stay may apply.',
    action: 'Note the case number and court if offered, and place a bankruptcy hold.',
    suggest: {
      en: [
        "Thank you for telling me. I'll note the bankruptcy and pause this account. If you have the case number handy it helps us update it — no pressure if not.",
        "Understood, I'll put this account on hold for the bankruptcy. Is there a case number or an attorney we should have on file?",
      ],
      es: [
        'Gracias por decírmelo. Voy a anotar la bancarrota y pausar esta cuenta. Si tiene a la mano el número de caso nos ayuda, pero no se preocupe si no.',
        'Entendido, vamos a poner la cuenta en pausa por la bancarrota. ¿Hay un número de caso o un abogado que debamos registrar?',
      ],
    },
  },
  cease_communication: {
    acknowledge: 'They asked us to stop contacting them ({channels}).',
    avoid: 'Do not try to talk them out of it or send another collection message on that channel.',
    action: 'Record the opt-out for {channels} now.',
    suggest: {
      en: [
        "Understood — we'll stop {channelsVerb}. If there's another way you'd prefer to hear from us, just let me know.",
        "Of course. I've noted that you don't want us {channelsVerb}. You can always reach us when it suits you.",
      ],
      es: [
        'Entendido, vamos a dejar de {channelsVerb}. Si prefiere que le contactemos de otra forma, solo dígamelo.',
        'Claro que sí. Ya anoté que no quiere que sigamos {channelsGerund}. Usted puede comunicarse con nosotros cuando le convenga.',
      ],
    },
  },
  dispute: {
    acknowledge: 'They believe the charge or the debt is wrong.',
    avoid: 'Do not argue the charge or ask for payment on the disputed amount.',
    action: 'Place a dispute hold and send verification (an itemized statement) in writing.',
    suggest: {
      en: [
        "I understand you don't think this is right. I'll put this balance on hold while we review it, and we'll send you the details in writing.",
        "Thanks for telling me. Let's get it reviewed — we won't ask for payment on it while we check, and I'll send you an itemized statement.",
      ],
      es: [
        'Entiendo que usted no está de acuerdo con este cobro. Vamos a pausar este saldo mientras lo revisamos y le enviaremos los detalles por escrito.',
        'Gracias por avisarnos. Vamos a revisarlo; mientras tanto no le pediremos el pago y le mandaremos una factura detallada.',
      ],
    },
  },
  wrong_person: {
    acknowledge: 'They may not be the person we are trying to reach.',
    avoid: 'Do not disclose any account, balance or health information.',
    action: 'Apologize, stop, and verify identity or mark the number as possibly wrong.',
    suggest: {
      en: ["I'm sorry for the mix-up, and thank you for telling me. I'll make a note so we don't bother you again.", 'My apologies for the confusion. I will update our records.'],
      es: ['Disculpe la confusión y gracias por decírmelo. Voy a anotarlo para no volver a molestarle.', 'Perdone la molestia. Vamos a corregir nuestros registros.'],
    },
  },
  hardship: {
    acknowledge: 'Money is tight for them right now.',
    avoid: 'Do not push for payment in full or a plan they cannot afford; never shame.',
    action: 'Offer a financial assistance screening before any payment ask.',
    suggest: {
      en: [
        "That sounds really hard, and I'm glad you told me. You may qualify for financial assistance — would it be okay if I asked a few quick questions to check?",
        "Thank you for sharing that. Let's find something that fits your situation: there is financial assistance, and payment options with no interest.",
      ],
      es: [
        'Eso suena muy difícil y le agradezco que me lo cuente. Es posible que califique para ayuda financiera; ¿le puedo hacer unas preguntas rápidas para revisarlo?',
        'Gracias por contármelo. Busquemos algo que se ajuste a su situación: hay ayuda financiera y opciones de pago sin intereses.',
      ],
    },
  },
  already_paid: {
    acknowledge: 'They say this is already paid.',
    avoid: 'Do not insist the balance is owed before checking.',
    action: 'Look up the payment; ask for the date, method or confirmation number.',
    suggest: {
      en: ['Thanks for letting me know — let me look that payment up. Do you remember the date, or how you paid?', "I'm sorry for the extra notice. Let me check our records; if you have a confirmation number, that speeds it up."],
      es: ['Gracias por avisarme, déjeme buscar ese pago. ¿Recuerda la fecha o cómo pagó?', 'Disculpe el aviso de más. Voy a revisar nuestros registros; si tiene un número de confirmación, nos ayuda.'],
    },
  },
  insurance_should_pay: {
    acknowledge: 'They believe insurance should cover this.',
    avoid: 'Do not press for payment until coverage and the claim are checked.',
    action: 'Check coverage and claim status; rebill the insurer if it should pay.',
    suggest: {
      en: ["That's worth checking. Let me look at what was sent to your insurance and what they answered.", 'Good point — let me review the claim with you. If your insurance should pay, we will send it to them again.'],
      es: ['Vale la pena revisarlo. Déjeme ver qué se le envió a su seguro y qué respondieron.', 'Buena observación. Revisemos el reclamo juntos; si le corresponde al seguro, se lo volvemos a enviar.'],
    },
  },
  bill_confusion: {
    acknowledge: 'The bill is confusing them.',
    avoid: 'Do not use billing jargon (CPT, adjudication, patient responsibility) without explaining it.',
    action: 'Walk through the statement and the EOB in plain language.',
    suggest: {
      en: ["That's a fair question — these bills are confusing. Let me walk you through it line by line.", "Let's go through it together: I'll explain what insurance paid and why this part is left."],
      es: ['Es una buena pregunta, estas cuentas son confusas. Déjeme explicársela línea por línea.', 'Revisémosla juntos: le explico lo que pagó el seguro y por qué queda esta parte.'],
    },
  },
  wants_plan: {
    acknowledge: 'They want to pay over time.',
    avoid: 'Do not propose a monthly amount above what they said they can afford.',
    action: 'Offer plans within policy and their stated budget.',
    suggest: {
      en: ['Absolutely, we can set up a plan. What monthly amount would feel comfortable for you?', "Yes — let's find a payment that fits your budget. There's no interest on our plans."],
      es: ['Claro que sí, podemos hacer un plan. ¿Qué cantidad al mes le resultaría cómoda?', 'Sí, busquemos un pago que se ajuste a su presupuesto. Nuestros planes no tienen intereses.'],
    },
  },
  wants_assistance: {
    acknowledge: 'They are asking about financial help.',
    action: 'Start the assistance screening or send the application.',
    suggest: {
      en: ['Yes, we have a financial assistance program. I can check a few things with you now, or send you the application — whichever is easier.', "I'm glad you asked. Many people qualify; it only takes a few questions to find out."],
      es: ['Sí, tenemos un programa de ayuda financiera. Puedo revisar unos datos con usted ahora o enviarle la solicitud, lo que le sea más fácil.', 'Qué bueno que pregunta. Muchas personas califican; solo son unas preguntas.'],
    },
  },
  callback_later: {
    acknowledge: 'Now is not a good time for them.',
    avoid: 'Do not keep the conversation going now.',
    action: 'Schedule the callback at their time; record the inconvenient time.',
    suggest: {
      en: ['No problem at all. When would be a better time to reach you?', "Of course — I'll let you go. What time works best for a quick call back?"],
      es: ['No hay problema. ¿A qué hora le queda mejor que le llamemos?', 'Claro, no le quito más tiempo. ¿Cuándo le viene bien que le regresemos la llamada?'],
    },
  },
  complaint: {
    acknowledge: "They are unhappy with how they've been treated.",
    avoid: 'Do not get defensive or argue.',
    action: 'Log the complaint and offer a supervisor.',
    suggest: {
      en: ["I'm sorry this has been so frustrating. I want to make it right — would you like me to bring in a supervisor?", "You're right to raise this, and I'm sorry. I'll note your complaint, and I can connect you with a supervisor now."],
      es: ['Lamento que esto haya sido tan frustrante. Quiero resolverlo; ¿le gustaría que le comunique con un supervisor?', 'Tiene razón en decírnoslo y lo siento. Voy a registrar su queja y puedo comunicarle con un supervisor ahora.'],
    },
  },
  distress: {
    acknowledge: 'They sound worried or overwhelmed.',
    avoid: 'Do not rush or talk numbers before acknowledging how they feel.',
    suggest: {
      en: ["I can hear this is weighing on you. We'll take it one step at a time, and you don't have to figure it out alone.", "It's completely understandable to feel this way. Let's look at what would make this easier for you."],
      es: ['Entiendo que esto le pesa mucho. Vamos paso a paso; no tiene que resolverlo solo.', 'Es muy comprensible sentirse así. Veamos qué le haría esto más fácil.'],
    },
  },
  escalation: {
    acknowledge: 'They are getting upset.',
    avoid: 'Do not match their tone, interrupt, or repeat the payment ask.',
    suggest: {
      en: ["I hear you, and I understand why you're upset. Let's slow down — what would help most right now?", "That's a fair reaction. I'm here to sort this out with you, not against you."],
      es: ['Le escucho y entiendo por qué está molesto. Vamos con calma; ¿qué le ayudaría más ahora mismo?', 'Es una reacción comprensible. Estoy aquí para resolver esto con usted.'],
    },
  },
  negative: {
    acknowledge: 'They are not happy with the situation.',
    avoid: 'Do not argue with how they feel.',
    suggest: {
      en: ["I'm sorry about this. Let's see what we can do.", 'I understand. Let me help sort it out.'],
      es: ['Lamento la situación. Veamos qué podemos hacer.', 'Le entiendo. Déjeme ayudarle a resolverlo.'],
    },
  },
  positive: {
    acknowledge: 'They are receptive: confirm the next step clearly.',
    suggest: {
      en: ['Thank you — I appreciate it. Here is what happens next.', "Great, thanks for working through this with me."],
      es: ['Gracias, se lo agradezco. Le explico lo que sigue.', 'Muy bien, gracias por revisarlo conmigo.'],
    },
  },
};
