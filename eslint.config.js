import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Module boundaries (docs/architecture.md), also checked over the whole graph by `npm run check:imports`:
// another module only through its index.ts, never src/server, and no money module imports outreach.
// Relative paths say how far up a file sits, so there is one block per folder depth; tests are
// composition roots and exempt (dependency-cruiser still checks them).
const MONEY = ['ledger', 'plans', 'payments', 'assistance', 'portal'];
// Local dates, zones and month arithmetic live in src/platform/time, the one place luxon is used.
const ONE_CALENDAR = { regex: '^luxon$', message: 'Use src/platform/time (the one calendar) for dates and time zones.' };
const boundaryBlocks = [0, 1, 2].flatMap((depth) => {
  const up = '\\.\\./'.repeat(depth + 1);
  const patterns = (money) => [
    { regex: `^${up}(?!\\.)[^/]+/(?!(index|pure)\\.js$)`, message: 'Import another module only through its index.ts.' },
    { regex: '(^|/)server/', message: 'Modules never import src/server (it composes them).' },
    ONE_CALENDAR,
    ...(money ? [{ regex: '(^|/)outreach/', message: 'Money modules tell outreach with an account.changed event (platform/events); they never import it.' }] : []),
  ];
  const files = (dir) => [`src/modules/${dir}/${'*/'.repeat(depth)}*.ts`];
  return [
    { files: files('*'), ignores: ['**/*.test.ts', ...MONEY.flatMap((m) => files(m))], rules: { 'no-restricted-imports': ['error', { patterns: patterns(false) }] } },
    { files: MONEY.flatMap((m) => files(m)), ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': ['error', { patterns: patterns(true) }] } },
  ];
});

export default tseslint.config(
  { ignores: ['node_modules', 'web/dist', 'dist', 'data', '**/*.js', '!eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: 'No focused tests.' },
      ],
    },
  },
  ...boundaryBlocks,
  // Configuration enters through src/server/config.ts (validated at boot, every problem listed at
  // once) and reaches modules and platform as arguments; they never read the environment. Tests and
  // the test database helper may.
  {
    files: ['src/modules/**/*.ts', 'src/platform/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/platform/db/testing.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration in src/server/config.ts and pass it in; modules and platform never read process.env.' }],
    },
  },
  { files: ['src/server/**/*.ts', 'src/platform/**/*.ts', 'bench/**/*.ts'], ignores: ['src/platform/time/**', '**/*.test.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [ONE_CALENDAR] }] } },
  // The web app: the rules of hooks, and server code reaches it only as types from the response
  // contracts (a value import would bundle server code into the page).
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', fetch: 'readonly', crypto: 'readonly', console: 'readonly' } },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // The pages' effects that set state load data when a page opens (the portal has no query
      // cache) or start a fresh draft when another document or version arrives; those are the
      // effect's job here. Derived state is used where it reads better.
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@contracts/*'], allowTypeImports: true, message: 'The web app takes only types from the server contracts: use `import type`.' },
            { group: ['**/src/server/**', '**/src/modules/**', '**/src/platform/**'], message: 'The web app reads the server only through @contracts/* types.' },
          ],
        },
      ],
    },
  },
);
