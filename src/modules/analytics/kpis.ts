/** The KPI fields of ../shared/contracts/analytics.md, in the contract's order (CSV columns too). */
export interface Kpis {
  cohortAccounts: number;
  placedCents: number;
  collectedCents: number;
  recoveryRate: number | null;
  assistanceAdjustedCents: number;
  resolvedAccounts: number;
  medianDaysToResolution: number | null;
  contacts: { email: number; sms: number; letter: number; call: number };
  blockedContacts: number;
  optOuts: number;
  optOutRate: number | null;
  plansStarted: number;
  plansCompleted: number;
  plansDefaulted: number;
  planCompletionRate: number | null;
  assistanceApplications: number;
  assistanceApproved: number;
  assistanceUptakeRate: number | null;
  csatResponses: number;
  csatAverage: number | null;
  csatTopTwoBox: number | null;
  firstContactResolutionRate: number | null;
  complaints: number;
  churnRate: number | null;
}

export const KPI_FIELDS = [
  'cohortAccounts', 'placedCents', 'collectedCents', 'recoveryRate', 'assistanceAdjustedCents', 'resolvedAccounts',
  'medianDaysToResolution', 'contacts', 'blockedContacts', 'optOuts', 'optOutRate', 'plansStarted', 'plansCompleted',
  'plansDefaulted', 'planCompletionRate', 'assistanceApplications', 'assistanceApproved', 'assistanceUptakeRate',
  'csatResponses', 'csatAverage', 'csatTopTwoBox', 'firstContactResolutionRate', 'complaints', 'churnRate',
] as const satisfies ReadonlyArray<keyof Kpis>;

/** A rate rounded to 6 decimals, null when the denominator is 0 (the contract's rule). */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1e6) / 1e6;
}

/** The median of a histogram { days: count }, averaging the two middle values of an even count. */
export function histogramMedian(hist: Map<number, number>): number | null {
  const total = [...hist.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const keys = [...hist.keys()].sort((a, b) => a - b);
  const at = (rank: number): number => {
    let seen = 0;
    for (const k of keys) {
      seen += hist.get(k)!;
      if (seen > rank) return k;
    }
    return keys[keys.length - 1]!;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Turns summed rollup metrics of one group into the contract's KPI fields. */
export function kpisFromMetrics(m: Map<string, number>): Kpis {
  const v = (k: string) => m.get(k) ?? 0;
  const hist = new Map<number, number>();
  for (const [k, n] of m) if (k.startsWith('resolution_days:')) hist.set(Number(k.slice('resolution_days:'.length)), n);
  const contacts = { email: v('contacts_email'), sms: v('contacts_sms'), letter: v('contacts_letter'), call: v('contacts_call') };
  const contactTotal = contacts.email + contacts.sms + contacts.letter + contacts.call;
  const csatResponses = v('csat_responses');
  const conversations = v('conversations');
  return {
    cohortAccounts: v('cohort_accounts'),
    placedCents: v('placed'),
    collectedCents: v('collected'),
    recoveryRate: rate(v('collected'), v('placed')),
    assistanceAdjustedCents: v('assistance_adjusted'),
    resolvedAccounts: v('resolved'),
    medianDaysToResolution: histogramMedian(hist),
    contacts,
    blockedContacts: v('blocked'),
    optOuts: v('opt_outs'),
    optOutRate: rate(v('opt_outs'), contactTotal),
    plansStarted: v('plans_started'),
    plansCompleted: v('plans_completed'),
    plansDefaulted: v('plans_defaulted'),
    planCompletionRate: rate(v('plans_completed'), v('plans_completed') + v('plans_defaulted')),
    assistanceApplications: v('assistance_applications'),
    assistanceApproved: v('assistance_approved'),
    assistanceUptakeRate: rate(v('assistance_applications'), v('cohort_accounts')),
    csatResponses,
    csatAverage: csatResponses ? Math.round((v('csat_score_sum') / csatResponses) * 1e4) / 1e4 : null,
    csatTopTwoBox: rate(v('csat_top_two'), csatResponses),
    firstContactResolutionRate: rate(v('fcr_resolved'), conversations),
    complaints: v('complaints'),
    churnRate: rate(v('churned'), v('churn_base')),
  };
}

/** One CSV line per KPI set (contacts flattened to contacts.email ... contacts.call). */
export const CSV_COLUMNS = KPI_FIELDS.flatMap((f) => (f === 'contacts' ? ['contacts.email', 'contacts.sms', 'contacts.letter', 'contacts.call'] : [f]));

export function kpiCsvCells(k: Kpis): Array<string | number | null> {
  return KPI_FIELDS.flatMap((f) => (f === 'contacts' ? [k.contacts.email, k.contacts.sms, k.contacts.letter, k.contacts.call] : [k[f] as number | null]));
}

/** RFC 4180 quoting for one cell. */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: Array<string | number | null | undefined>): string {
  return cells.map(csvCell).join(',');
}
