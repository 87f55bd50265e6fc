// Front desk: find the patient, coverage and eligibility, estimates and Good Faith Estimates,
// check-in with a gentle copay and prior-balance script (never in the emergency department), receipts.
export { findPatients, getPatientHeader, type PatientMatch, type PatientHeader } from './patient-directory.js';
export { listCoverages, addCoverage, coverageView, coveragesFromJson, personCoveragesJsonSql, personCoveragesCountSql, type CoverageView } from './coverages.js';
export { runEligibilityCheck, type RunEligibilityCheckOptions } from './run-eligibility-check.js';
export { loadPriceList, parsePriceList, type PriceListItem } from './price-list.js';
export { estimateVisit, type PatientEstimate, type EstimateLine } from './estimate-visit.js';
export { renderGoodFaithEstimatePdf, goodFaithEstimateDueBy, GFE_TEXT, type GoodFaithEstimate } from './good-faith-estimate.js';
export { checkIn, deskScript, priorBalanceCents, listVisits, EMTALA_NOTICE, VISIT_TYPES, type VisitType, type DeskView } from './check-in.js';
export { collectCopay } from './collect-copay.js';
export { getReceipt, type Receipt } from './get-receipt.js';
