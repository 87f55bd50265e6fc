/**
 * The import graph's rules (docs/architecture.md, "Which way imports go"), checked in CI by
 * `npm run check:imports`. server -> modules -> platform, never back; a module is entered only
 * through its index.ts; the money modules tell outreach through domain events, never by a call.
 */
const MONEY = '(ledger|plans|payments|assistance|portal)';
/**
 * A test is a composition root like the server: a story across modules may wire them together,
 * use the HTTP app's test harness and another module's `testing.ts` fixtures. Production code may not.
 */
const TEST = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import loop makes load order matter and hides which side owns what.',
      from: { path: '^(src|bench)/' },
      to: { circular: true },
    },
    {
      name: 'cli-commands-load-lazily',
      severity: 'error',
      comment: 'A CLI command imports its implementation when it runs, so `kindly --help` does not load the database, the server or a module.',
      // compliance-jsonl.ts is a command's implementation, itself imported only when the command runs.
      from: { path: '^src/server/cli/commands/', pathNot: `${TEST}|compliance-jsonl\\.ts$` },
      to: { path: '^src/(server/(runtime|start|worker|http)|modules/[^/]+/index)', dependencyTypesNot: ['type-only', 'dynamic-import'] },
    },
    {
      name: 'module-not-to-server',
      severity: 'error',
      comment: 'Modules never import the composition roots (HTTP app, worker, CLI).',
      from: { path: '^src/modules/', pathNot: TEST },
      to: { path: '^src/server/' },
    },
    {
      name: 'platform-not-to-modules',
      severity: 'error',
      comment: 'The platform is domain-free: it knows no module and no server.',
      from: { path: '^src/platform/' },
      to: { path: '^src/(modules|server)/' },
    },
    {
      name: 'src-not-to-bench',
      severity: 'error',
      comment: 'Benchmarks use the product, never the reverse.',
      from: { path: '^src/' },
      to: { path: '^bench/' },
    },
    {
      name: 'money-not-to-outreach',
      severity: 'error',
      comment: 'Money modules tell outreach through an account.changed event in the outbox; they never import it.',
      from: { path: `^src/modules/${MONEY}/`, pathNot: TEST },
      to: { path: '^src/modules/outreach/' },
    },
    {
      name: 'module-through-index',
      severity: 'error',
      comment: 'Another module is entered only through its index.ts (its internals may change freely), or its pure.ts where it has one (the part that loads no database code).',
      from: { path: '^src/modules/([^/]+)/', pathNot: TEST },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(index|pure)\\.ts$'] },
    },
    {
      name: 'module-through-index-in-tests',
      severity: 'error',
      comment: "Tests reach another module through its index.ts or its testing.ts fixtures.",
      from: { path: ['^src/modules/([^/]+)/.+\\.test\\.ts$'] },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(index|pure|testing)\\.ts$'] },
    },
    {
      name: 'composition-through-index',
      severity: 'error',
      comment: 'The server, benchmarks and tests enter a module through its index.ts (or pure.ts), tests also through its testing.ts.',
      from: { path: '^(src/server|bench|test)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/(index|pure|testing)\\.ts$' },
    },
    {
      name: 'contracts-only-zod',
      severity: 'error',
      comment: 'Response contracts are read by the web app too (type-only): they import zod and each other, nothing of the server or its modules.',
      from: { path: '^src/server/http/contracts/' },
      to: { pathNot: ['^src/server/http/contracts/', '(^|/)node_modules/zod/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|web)/' },
    // Type-only imports count too: a loop through types still couples the files.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
