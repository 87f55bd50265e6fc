/**
 * Fixed keys for tests only (never for a real installation): test databases and the processes
 * tests spawn encrypt with these, so runs are repeatable.
 */
export const TEST_ENCRYPTION_KEY = 'test1:' + Buffer.alloc(32, 7).toString('base64');
export const TEST_BLIND_INDEX_SECRET = Buffer.alloc(32, 9);
