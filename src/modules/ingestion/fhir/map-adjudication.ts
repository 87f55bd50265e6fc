import type { AdjudicationAmounts, Cents } from '../types.js';

type Field = Exclude<keyof AdjudicationAmounts, 'patientResponsibilityCents'> | 'memberLiability';

/**
 * Adjudication category code -> canonical field and rank. Codes are matched on their last path
 * segment, so the Blue Button variables match both as full URLs (Synthea R4:
 * `https://bluebutton.cms.gov/resources/variables/line_coinsrnc_amt`) and bare (older exports).
 *
 * Rank: when one adjudication list carries several synonyms for the same field (CARIN pharmacy
 * EOBs give both `benefit` and `paidtoprovider`, which are the same money), only the codes of the
 * best (lowest) rank present are summed, so the amount is not counted twice.
 *
 * Sources: http://terminology.hl7.org/CodeSystem/adjudication (submitted, copay, eligible,
 * deductible, unallocdeduct, benefit), CARIN BB C4BBAdjudication (coinsurance, copay, deductible,
 * noncovered, priorpayerpaid, paidbypatient*, paidtoprovider, paidtopatient, memberliability,
 * discount), CMS Blue Button line and claim variables used by Synthea.
 */
const CODES: ReadonlyMap<string, [Field, number]> = new Map(Object.entries<[Field, number]>({
  submitted: ['submittedCents', 0],
  line_sbmtd_chrg_amt: ['submittedCents', 0],
  clm_tot_chrg_amt: ['submittedCents', 0],

  eligible: ['allowedCents', 0],
  allowed: ['allowedCents', 0],
  line_alowd_chrg_amt: ['allowedCents', 0],

  paidtoprovider: ['paidCents', 0],
  paidtopatient: ['paidCents', 0],
  line_prvdr_pmt_amt: ['paidCents', 0],
  line_bene_pmt_amt: ['paidCents', 0],
  benefit: ['paidCents', 1],
  line_nch_pmt_amt: ['paidCents', 1],
  clm_pmt_amt: ['paidCents', 1],

  deductible: ['deductibleCents', 0],
  unallocdeduct: ['deductibleCents', 0],
  line_bene_ptb_ddctbl_amt: ['deductibleCents', 0],
  line_bene_pta_ddctbl_amt: ['deductibleCents', 0],
  nch_bene_ptb_ddctbl_amt: ['deductibleCents', 0],

  coinsurance: ['coinsuranceCents', 0],
  line_coinsrnc_amt: ['coinsuranceCents', 0],
  line_bene_ptb_coinsrnc_amt: ['coinsuranceCents', 0],

  copay: ['copayCents', 0],
  line_bene_copay_amt: ['copayCents', 0],

  memberliability: ['memberLiability', 0],

  discount: ['discountCents', 0],
  noncovered: ['noncoveredCents', 0],

  priorpayerpaid: ['priorPayerPaidCents', 0],
  line_bene_prmry_pyr_pd_amt: ['priorPayerPaidCents', 0],

  paidbypatient: ['paidByPatientCents', 0],
  paidbypatientcash: ['paidByPatientCents', 1],
  paidbypatientother: ['paidByPatientCents', 1],
}));

/** Canonical field for a category code, or null when it carries no money we use. */
export function adjudicationField(code: string): [Field, number] | null {
  let f = fieldCache.get(code);
  if (f === undefined) {
    const slash = code.lastIndexOf('/');
    const bare = slash < 0 ? code : code.slice(slash + 1);
    f = CODES.get(bare) ?? CODES.get(bare.toLowerCase()) ?? null;
    if (fieldCache.size < 1024) fieldCache.set(code, f);
  }
  return f;
}

const fieldCache = new Map<string, [Field, number] | null>();

/** Accumulates adjudication amounts of one list (an item, or the EOB header) by field and rank. */
export class AdjudicationAccumulator {
  private readonly best = new Map<Field, { rank: number; cents: Cents }>();

  add(code: string, cents: Cents): boolean {
    const f = adjudicationField(code);
    if (f === null) return false;
    const [field, rank] = f;
    const cur = this.best.get(field);
    if (cur === undefined || rank < cur.rank) this.best.set(field, { rank, cents });
    else if (rank === cur.rank) cur.cents += cents;
    return true;
  }

  get(field: Field): Cents | null {
    return this.best.get(field)?.cents ?? null;
  }

  toAmounts(): AdjudicationAmounts {
    const deductible = this.get('deductibleCents');
    const coinsurance = this.get('coinsuranceCents');
    const copay = this.get('copayCents');
    let pr = this.get('memberLiability');
    if (pr === null && (deductible !== null || coinsurance !== null || copay !== null)) {
      pr = (deductible ?? 0) + (coinsurance ?? 0) + (copay ?? 0);
    }
    return {
      submittedCents: this.get('submittedCents'),
      allowedCents: this.get('allowedCents'),
      paidCents: this.get('paidCents'),
      deductibleCents: deductible,
      coinsuranceCents: coinsurance,
      copayCents: copay,
      patientResponsibilityCents: pr,
      discountCents: this.get('discountCents'),
      noncoveredCents: this.get('noncoveredCents'),
      priorPayerPaidCents: this.get('priorPayerPaidCents'),
      paidByPatientCents: this.get('paidByPatientCents'),
    };
  }
}

const AMOUNT_FIELDS: (keyof AdjudicationAmounts)[] = [
  'submittedCents',
  'allowedCents',
  'paidCents',
  'deductibleCents',
  'coinsuranceCents',
  'copayCents',
  'patientResponsibilityCents',
  'discountCents',
  'noncoveredCents',
  'priorPayerPaidCents',
  'paidByPatientCents',
];

/** Header amounts where given, else the sum of the items' amounts (null when no item has it). */
export function mergeTotals(
  header: AdjudicationAmounts,
  items: readonly AdjudicationAmounts[],
): AdjudicationAmounts {
  const out = { ...header };
  for (const f of AMOUNT_FIELDS) {
    if (out[f] !== null) continue;
    let sum: Cents | null = null;
    for (const it of items) {
      const v = it[f];
      if (v !== null) sum = (sum ?? 0) + v;
    }
    out[f] = sum;
  }
  return out;
}
