export { accounts, ledgerEntries } from './schema.js';
export { ENTRY_KINDS, postLedgerEntries, refreshAccountBalances, issueFirstStatements, type EntryKind, type NewLedgerEntry } from './entries.js';
export { AGING_BUCKETS, agingBucket, type AgingBucket } from './aging.js';
export { listAccounts, countAccountsByStatus, type AccountSummary, type ListAccountsOptions } from './read-accounts.js';
export { verifyLedger, type LedgerVerification } from './verify-ledger.js';
export * from './statements/index.js';
export { markAccountDisputed, restoreAccountStatus, reassignAccount } from './dispute-account.js';
