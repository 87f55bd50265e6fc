export { tenantRuleSets, loadTenantRuleSet, tenantRuleSetOfVersion, tenantRuleSetVersionSql, saveTenantRuleSet, listTenantRuleSets } from './tenant-rule-sets.js';
export { previewFapPolicy, FAP_SAMPLE_HOUSEHOLDS, FAP_SAMPLE_BILL_CENTS } from './preview-fap-policy.js';
export type { FapSampleHousehold, FapPolicyPreview, FapPreviewRow, FapPreviewOutcome } from './preview-fap-policy.js';
export { previewPaymentPolicy, PAYMENT_SAMPLES } from './preview-payment-policy.js';
export type { PaymentSample, PaymentPolicyPreview, PaymentPreviewRow, PaymentPreviewOutcome } from './preview-payment-policy.js';
