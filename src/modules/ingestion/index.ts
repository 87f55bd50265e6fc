export type * from './types.js';
export { detectKind, DETECT_HEAD_BYTES } from './detect-kind.js';
export { parseFile, type ParseFileOptions } from './parse-file.js';
export { parseFhirBundle, type FhirParseOptions } from './fhir/parse-fhir-bundle.js';
export { parseFhirNdjson, streamFhirNdjson } from './fhir/parse-fhir-ndjson.js';
export { parseX12_835, X12_835Parser, type X12ParseOptions } from './x12/parse-x12-835.js';
export { parseX12_837, X12_837Parser, type X12_837ParseOptions } from './x12/parse-x12-837.js';
export { summarize835, type RemittanceSummary } from './x12/summarize-835.js';
export { parseBalanceCsv, type BalanceCsvOptions } from './csv/parse-balance-csv.js';
export {
  DEFAULT_BALANCE_MAPPING,
  REQUIRED_BALANCE_FIELDS,
  type BalanceColumnMapping,
  type BalanceField,
} from './csv/balance-mapping.js';
export { parseMoneyText, parseDecimalCents, numberToCents } from './shared/money.js';
// Persistence (runs, records, projections into the ledger): the same entry point as parsing.
export * from './persist/index.js';
