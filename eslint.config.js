import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Module boundaries (docs/architecture.md), also checked over the whole graph by `npm run check:imports`:
// another module only through its index.ts, never src/server, and no money module imports outreach.
// Relative paths say how far up a file sits, so there is one block per folder depth; tests are
// composition roots and exempt (dependency-cruiser still checks them).
const MONEY = ['ledger', 'plans', 'payments', 'assistance'];
const boundaryBlocks = [0, 1, 2].flatMap((depth) => {
  const up = '\\.\\./'.repeat(depth + 1);
  const patterns = (money) => [
    { regex: `^${up}(?!\\.)[^/]+/(?!(index|pure)\\.js$)`, message: 'Import another module only through its index.ts.' },
    { regex: '(^|/)server/', message: 'Modules never import src/server (it composes them).' },
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
