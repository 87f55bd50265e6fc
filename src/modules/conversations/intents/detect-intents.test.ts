import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectIntents, evaluateIntents, INTENT_EFFECTS, INTENTS, parseUtterances, UTTERANCES_URL } from '../index.js';

const names = (text: string, opts = {}) => detectIntents(text, opts).map((m) => m.intent);
const utterances = parseUtterances(readFileSync(UTTERANCES_URL, 'utf8'));

describe('labeled utterances (data/utterances.jsonl)', () => {
  it('has >= 400 utterances in EN and ES with >= 30% held out as test', () => {
    expect(utterances.length).toBeGreaterThanOrEqual(400);
    expect(new Set(utterances.map((u) => u.language))).toEqual(new Set(['en', 'es']));
    const test = utterances.filter((u) => u.split === 'test').length;
    expect(test / utterances.length).toBeGreaterThanOrEqual(0.3);
  });

  // 12-20 positives each here: one miss is already under 0.95 (11/12 = 0.92), so this small split
  // allows at most one miss per intent; the 0.95 goal is measured on the 3,766-utterance split
  // (intent-model.test.ts and docs/conversations.md).
  it('meets the recall floors on the test split: dispute, cease, attorney, bankruptcy miss at most one each', () => {
    const { perIntent } = evaluateIntents(utterances.filter((u) => u.split === 'test'));
    for (const intent of ['dispute', 'cease_communication', 'attorney', 'bankruptcy'] as const) {
      const f = perIntent.find((p) => p.intent === intent)!;
      expect(f.support, intent).toBeGreaterThanOrEqual(10);
      expect(f.fn, intent).toBeLessThanOrEqual(1);
    }
  });
});

describe('detectIntents', () => {
  // Everyday sentences a patient says on every call or text. A critical intent proposed on one of
  // them pauses outreach and puts a review in front of staff for nothing, so a model that fires
  // dispute, bankruptcy or a death here does not ship however it scores elsewhere. (Attorney on
  // plain sentences has its own test in intent-model.test.ts.)
  it('proposes no dispute, bankruptcy or death on plain everyday sentences, and reads the opt-outs among them', () => {
    const plain = [
      'Please stop calling me.', 'Stop calling me.', "Don't call me anymore.", "I can't pay right now.", 'Can I set up a payment plan?',
      'I already paid this.', 'Who is this?', 'I want to talk to a supervisor.', 'Call me back tomorrow.', "I don't understand this bill.",
      'My insurance should cover this.', 'I lost my job last month.', 'This is the wrong number.', 'Can I get financial assistance?',
      'How much do I owe?', "I'll pay on Friday.", 'Thank you for your help.', 'Please don\'t text me.', 'I need more time.',
      'Ya no me llamen.', 'No puedo pagar ahora.', 'Quiero un plan de pagos.', 'Ya pagué esta cuenta.', 'No entiendo la factura.',
      'Llámeme mañana.', 'Mi seguro debe pagar esto.', 'Perdí mi trabajo.', 'Número equivocado.', 'Gracias por su ayuda.',
    ];
    for (const text of plain) expect(names(text).filter((i) => i === 'dispute' || i === 'bankruptcy' || i === 'deceased'), text).toEqual([]);
    for (const text of ['Please stop calling me.', 'Stop calling me.', 'Ya no me llamen.']) expect(names(text), text).toContain('cease_communication');
  });

  it('proposes no critical intent on everyday sentences that name a relative, but for a known few, and reads asking for texts instead of calls as stopping calls', () => {
    // Everyday billing talk, relatives and care mentioned with no death, lawyer, bankruptcy,
    // dispute or request to stop. Written apart from every training and held-out family.
    const everyday = [
      "Hi, I got the statement in the mail and wanted to ask about the balance.", "My daughter is helping me with the portal, can you resend the link?", "Can you tell me what the $45 charge from March was for?",
      "I'm at work until 6, please call after that.", "My mom drove me to the appointment, she is asking if parking is validated.", "I'd like to pay $50 today and the rest next month.",
      "Is there a discount if I pay the whole thing now?", "My husband usually pays the bills but he's traveling this week.", "The insurance card on file is old, here is my new member ID.",
      "Can I pay with my HSA card?", "I moved, please update my address to 12 Oak Street.", "My son had the appointment, not me, but I'm the guarantor.",
      "We just had a baby and money is tight this month.", "Thank you, the nurse was wonderful with my father.", "Is the hospital open on Saturday?",
      "Please email me the receipt instead of mailing it.", "My grandmother wants to know if she can pay by check.", "I talked to someone last week and they said it was handled.",
      "Can you send the itemized bill to my email?", "I'll call you back after I talk to my wife.", "My dad is in the hospital right now so I'm handling his mail.",
      "Who do I talk to about a payment plan?", "I have a question about my deductible.", "The lab bill and the doctor bill are separate, right?",
      "I'm sorry I missed your call, I was driving.", "Can my sister pay part of it with her card?", "I got a letter saying I owe $320, is that right?",
      "My account number is 448812, can you look it up?", "I want to make a payment now.", "Hola, me llegó la factura y tengo una pregunta.",
      "Mi hija me ayuda con el portal, ¿me pueden mandar el enlace otra vez?", "¿Puedo pagar 50 dólares hoy y el resto el próximo mes?", "Mi esposo es el que paga las cuentas pero está de viaje.",
      "Tengo un seguro nuevo, les mando la tarjeta.", "¿Aceptan tarjeta de débito?", "Me cambié de casa, por favor actualicen mi dirección.",
      "Mi mamá quiere saber si puede pagar con cheque.", "Gracias, la enfermera fue muy amable con mi papá.", "Estoy trabajando, llámenme después de las seis.",
      "Mi hijo tuvo la cita, pero yo soy el responsable de la cuenta.", "¿Me pueden mandar la factura detallada por correo?", "Hablé con alguien la semana pasada y me dijeron que ya estaba arreglado.",
      "Mi abuela pregunta si hay descuento por pagar todo junto.", "Perdón que no contesté, estaba manejando.", "¿Cuánto es lo mínimo que puedo pagar al mes?",
      "Mi papá está internado, yo estoy viendo su correo.", "Tuvimos un bebé y este mes está difícil.", "Quiero hacer un pago ahora.",
      "ok thanks", "yes that works", "sounds good, talk tomorrow",
      "sí, está bien", "vale, gracias", "What time do you close today?",
      "I need a copy of my records for my new doctor.", "My brother is a nurse there, small world.", "Our family lawyer friend says hi to Dr. Patel.",
      "The last payment went through on the 3rd, I have the confirmation.",
    ];
    const critical = (text: string) => names(text).filter((i) => i === 'dispute' || i === 'cease_communication' || i === 'attorney' || i === 'bankruptcy' || i === 'deceased');
    // A known limit (docs/conversations.md, "Known limits"): the shipped model proposes a critical
    // intent on one of these (representation, on a lawyer named in passing). The list must not
    // grow; when it shrinks, shrink it here.
    expect(everyday.filter((text) => critical(text).length > 0)).toEqual([
      "Our family lawyer friend says hi to Dr. Patel.",
    ]);
    for (const text of ["Please text me instead of calling, I can't answer at work.", "Prefiero mensajes de texto, no puedo contestar llamadas en el trabajo."]) expect(critical(text), text).toEqual(['cease_communication']);
  });

  it('reads a request for one channel instead of another as stopping the other, and only that one', () => {
    const cease = (text: string) => detectIntents(text).find((m) => m.intent === 'cease_communication');
    for (const [text, channel] of [
      ['Please text me instead of calling, I can\'t answer at work.', 'call'],
      ["I'd rather you text me than call.", 'call'],
      ['Call me instead of texting, I never read them.', 'sms'],
      ['Mándenme un correo en vez de llamar.', 'call'],
      ['Prefiero mensajes que llamadas.', 'call'],
    ] as const) expect(cease(text)?.channels, text).toEqual([channel]);
    // A preference that gives nothing up, or a plain request to text something, is not one.
    for (const text of ['I prefer texts but calls are fine too.', 'Can you text me the amount?', 'Prefiero whatsapp, pero pueden llamar también.']) expect(cease(text), text).toBeUndefined();
  });

  it('finds several intents in one utterance, each with evidence and its declared effect', () => {
    const found = detectIntents("Wrong number, stop calling me. I'm going to report you.");
    expect(found.map((m) => m.intent)).toEqual(['cease_communication', 'wrong_person', 'complaint']);
    for (const m of found) {
      expect(m.evidence.length).toBeGreaterThan(0);
      expect(m.effect).toBe(INTENT_EFFECTS[m.intent]);
    }
  });

  it('respects negation', () => {
    expect(names("I'm not disputing it, I just need a payment plan.")).toEqual(['wants_plan']);
    expect(names("I don't have a lawyer.")).not.toContain('attorney');
    expect(names("I'm not filing for bankruptcy.")).not.toContain('bankruptcy');
    expect(names('No tengo abogado.')).not.toContain('attorney');
    expect(names("You can keep texting me, that's fine.")).not.toContain('cease_communication');
  });

  it('keeps negations that are the request itself', () => {
    expect(names("Don't call me anymore")).toContain('cease_communication');
    expect(names("I don't owe this.")).toContain('dispute');
    expect(names('No debo nada.')).toContain('dispute');
  });

  it('reads typos and slang', () => {
    expect(names('i wanna dispuet this')).toContain('dispute');
    expect(names('my lawer has it')).toContain('attorney');
    expect(names('filed bankrupcy')).toContain('bankruptcy');
    expect(names('stop txting me')).toContain('cease_communication');
  });

  it('reports the channel of an opt-out', () => {
    const channels = (text: string, medium?: 'sms' | 'call') =>
      detectIntents(text, medium ? { medium } : {}).find((m) => m.intent === 'cease_communication')?.channels;
    expect(channels('Stop calling me.')).toEqual(['call']);
    expect(channels('Please stop texting and emailing me')).toEqual(['sms', 'email']);
    expect(channels('Do not contact me again.')).toEqual(['all']);
    expect(channels('STOP', 'sms')).toEqual(['sms']);
    expect(channels('STOP')).toEqual(['all']);
    expect(channels('Dejen de llamarme.')).toEqual(['call']);
    expect(channels('BAJA', 'sms')).toEqual(['sms']);
  });

  it('finds Spanish intents', () => {
    expect(names('Mi abogado se va a comunicar con ustedes.')).toContain('attorney');
    expect(names('Me declaré en bancarrota.')).toContain('bankruptcy');
    expect(names('Mi mamá falleció el mes pasado.')).toContain('deceased');
    expect(names('Perdí mi trabajo, no me alcanza.')).toContain('hardship');
    expect(names('¿Puedo pagar en plazos?')).toContain('wants_plan');
  });

  it('returns nothing for plain talk', () => {
    expect(detectIntents('I got a bill today.')).toEqual([]);
    expect(detectIntents('Yes, this is Maria speaking.')).toEqual([]);
  });
});

describe('INTENT_EFFECTS', () => {
  it('declares an effect for every intent, with the compliance holds the contract names', () => {
    expect(Object.keys(INTENT_EFFECTS).sort()).toEqual([...INTENTS].sort());
    expect(INTENT_EFFECTS.dispute.hold).toBe('dispute');
    expect(INTENT_EFFECTS.attorney.hold).toBe('attorney');
    expect(INTENT_EFFECTS.bankruptcy.hold).toBe('bankruptcy');
    expect(INTENT_EFFECTS.deceased.hold).toBe('deceased');
    expect(INTENT_EFFECTS.cease_communication.action).toBe('record_opt_out');
    expect(INTENT_EFFECTS.hardship.action).toBe('offer_assistance_screening');
    expect(INTENT_EFFECTS.wrong_person.action).toBe('stop_and_verify_identity');
  });
});
