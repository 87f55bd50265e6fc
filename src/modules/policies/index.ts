export { tenantRuleSets, loadTenantRuleSet, saveTenantRuleSet, listTenantRuleSets } from './tenant-rule-sets.js';
