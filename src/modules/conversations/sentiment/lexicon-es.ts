/**
 * Spanish sentiment lexicon written for Kindly (Apache-2.0, like the rest of the repo): common
 * evaluative words of everyday US / Latin American Spanish plus the words of billing conversations.
 * Valence scale as VADER's (-4 very negative .. +4 very positive). Keys are lower case and
 * accent-folded; plural and feminine forms are found by the lookup (see scoreLexicon), so only the
 * masculine singular (or the form people use) is listed. Multi-word entries are phrases.
 */
export const SPANISH_LEXICON: Record<string, number> = {
  // positive
  bueno: 1.9, buen: 1.9, bien: 1.3, mejor: 1.8, excelente: 3.0, perfecto: 2.7, genial: 2.8,
  increible: 2.2, maravilloso: 2.9, fantastico: 2.9, estupendo: 2.8, magnifico: 2.9, padre: 1.4,
  chido: 1.8, chevere: 1.9, bonito: 1.8, lindo: 1.9, hermoso: 2.4, agradable: 1.9, amable: 2.1,
  gentil: 1.8, atento: 1.5, paciente: 1.0, comprensivo: 1.9, justo: 1.2, razonable: 1.3,
  facil: 1.3, claro: 0.8, util: 1.6, rapido: 1.0, eficiente: 1.7, satisfecho: 2.0, contento: 2.2,
  feliz: 2.8, alegre: 2.4, tranquilo: 1.4, aliviado: 1.8, agradecido: 2.3, gracias: 1.6,
  agradezco: 2.1, agradecer: 1.9, encantado: 2.5, encanta: 2.6, encanto: 2.2, gusta: 1.8,
  gusto: 1.6, amor: 2.8, amo: 2.6, quiero_mucho: 2.4, recomiendo: 1.9, recomendable: 2.0,
  ayudo: 1.3, ayudaron: 1.4, ayudar: 1.1, apoyo: 1.4, solucion: 1.2, resuelto: 1.6,
  funciona: 1.1, correcto: 1.0, exacto: 1.0, listo: 0.9, exito: 2.4, suerte: 1.4, bendiciones: 2.1,
  bendicion: 2.1, dios_lo_bendiga: 2.5, ok: 0.9, okay: 0.9, vale: 0.9, sale: 0.5, claro_que_si: 1.5,
  excelentes: 3.0, super: 1.2, maravilla: 2.8, tranquilidad: 1.6, confianza: 1.6, confiable: 1.9,
  honesto: 1.9, respeto: 1.5, respetuoso: 1.9, calidad: 1.2, limpio: 1.2, sabroso: 2.2, rico: 1.8,
  delicioso: 2.7, comodo: 1.5, esperanza: 1.6, alivio: 1.8, 
  bienvenido: 1.6, felicidades: 2.6, felicitaciones: 2.6, acuerdo: 0.6, 
  // negative
  malo: -2.2, mal: -1.9, peor: -2.4, pesimo: -3.1, terrible: -3.0, horrible: -3.1, fatal: -2.8,
  espantoso: -3.0, asqueroso: -3.0, feo: -1.8, triste: -2.1, tristeza: -2.2, deprimido: -2.6,
  enojado: -2.3, enojo: -2.2, enojada: -2.3, molesto: -1.9, molesta: -1.7, molestia: -1.6,
  furioso: -3.0, harto: -2.4, cansado: -1.4, frustrado: -2.2, frustrante: -2.2, frustracion: -2.2,
  decepcionado: -2.2, decepcion: -2.3, decepcionante: -2.3, preocupado: -1.8, preocupacion: -1.6,
  preocupa: -1.6, miedo: -2.1, asustado: -2.1, angustia: -2.6, angustiado: -2.6, ansiedad: -2.1,
  estres: -2.0, estresado: -2.1, desesperado: -2.7, desesperada: -2.7, desesperacion: -2.7,
  abrumado: -2.2, agobiado: -2.3, llorar: -2.1, llorando: -2.2, lloro: -2.0, dolor: -1.9,
  sufrir: -2.3, sufriendo: -2.4, problema: -1.6, problemas: -1.7, error: -1.6, errores: -1.7,
  equivocado: -1.4, equivocacion: -1.4, falso: -1.7, mentira: -2.2, mentiras: -2.3, mentiroso: -2.6,
  fraude: -2.9, estafa: -3.0, estafadores: -3.2, ladron: -2.7, ladrones: -3.0, robo: -2.6,
  robando: -2.6, abuso: -2.7, abusivo: -2.8, acoso: -2.8, acosando: -2.8, grosero: -2.2,
  maleducado: -2.1, injusto: -2.2, injusticia: -2.3, ridiculo: -2.0, absurdo: -1.8, inutil: -2.2,
  incompetente: -2.4, caro: -1.4, carisimo: -2.1, lento: -1.2, dificil: -1.3,
  complicado: -1.2, confundido: -1.2, confuso: -1.3, confusion: -1.3, imposible: -1.6,
  desastre: -2.8, verguenza: -2.1, odio: -3.0, odiar: -2.8, detesto: -2.8, asco: -2.8, basura: -2.6,
  porqueria: -2.8, maldito: -2.8, maldita: -2.8, chingado: -2.6, chingada: -2.6, carajo: -2.2,
  mierda: -2.8, pinche: -1.8, culpa: -1.3, queja: -1.6, quejarme: -1.5, reclamo: -1.0,
  amenaza: -2.3, amenazar: -2.3, amenazaron: -2.4, demanda: -1.2, demandar: -1.5, pleito: -1.7,
  atrasado: -1.0, atrasada: -1.0, perdi: -1.3, perder: -1.2,
  pobre: -1.5, pobreza: -2.0, enfermo: -1.8, enfermedad: -1.9, cancer: -2.2, muerte: -2.6,
  murio: -2.4, muerto: -2.6, fallecio: -2.2, falleci: -2.2, luto: -2.1, despedido: -2.0,
  desempleado: -1.9, quiebra: -2.2, bancarrota: -2.3, ahogado: -2.0, hundido: -2.1, imposibles: -1.6,
  nunca_mas: -1.5, jamas: -0.8, basta: -1.8, nefasto: -3.0, cobrar_de_mas: -2.0, abusivos: -2.8,
  insoportable: -2.6, fastidio: -1.9, fastidiado: -1.9, hartos: -2.4, decepcionaron: -2.3,
  enganado: -2.3, engano: -2.3, tramposo: -2.6, sospechoso: -1.5, rechazado: -1.6, negaron: -1.3,
  ignoran: -1.5, ignorado: -1.6, peores: -2.4, grave: -1.8, ':(': -2.0, ':)': 2.0,
  // phrases (sarcasm and idioms)
  'si claro': -1.6, 'muchas gracias por arruinar': -2.6, 'no hay problema': 1.4,
  'no esta mal': 1.2, 'que bueno': 2.0, 'que bien': 1.9, 'que mal': -2.0, 'que pena': -1.6,
  'ni modo': -0.9, 'me siento mejor': 2.0, 'ya estoy harto': -2.7, 'estoy harto': -2.5,
  'me encanta': 2.6, 'me gusta': 1.8, 'no me gusta': -1.8, 'no sirve': -2.0, 'no sirven': -2.0,
  'casi me muero': -2.2, 'me muero': -1.5, 'de maravilla': 2.6, 'de lujo': 2.4, 'muy amable': 2.3,
  'nada que ver': -0.6, 'para nada': -0.8, 'sin embargo': 0, 'vale la pena': 2.0,
  'no vale la pena': -2.0, 'dan ganas de llorar': -2.5, 'tengo miedo': -2.1,
};

/** Words that flip the polarity of a nearby evaluative word. */
export const SPANISH_NEGATORS = ['no', 'nunca', 'jamas', 'ni', 'tampoco', 'sin', 'nadie', 'ningun', 'ninguna', 'ninguno'];

/** Degree adverbs: + raises, - lowers the intensity of the next evaluative word. */
export const SPANISH_BOOSTERS: Record<string, number> = {
  muy: 0.293, tan: 0.293, bastante: 0.2, super: 0.293, demasiado: 0.293, sumamente: 0.293,
  realmente: 0.293, extremadamente: 0.293, totalmente: 0.293, completamente: 0.293,
  increiblemente: 0.293, re: 0.2, bien: 0.15, mas: 0.2, poco: -0.293, algo: -0.2, medio: -0.2,
  casi: -0.2, apenas: -0.293, un_poco: -0.293,
};

/** Contrast words: what follows weighs more than what precedes ("es caro, pero me ayudaron"). */
export const SPANISH_CONTRAST = ['pero', 'aunque', 'sino', 'embargo'];
