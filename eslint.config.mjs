// ESLint: Next's core-web-vitals rules, typescript-eslint's strict type-checked rules and the
// project's own (below); Prettier owns formatting. Type-aware rules need the TypeScript JS API,
// which TypeScript 7 (the native port) does not have: the project is on TypeScript 6.0 for that.
import nextVitals from 'eslint-config-next/core-web-vitals';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '.next/',
    'out/',
    '.contentlayer/',
    '.bench/',
    'tests/.fixture-content/',
    'tests/.dev-site/',
    'tests/fixtures/next-app/.next/',
    'tests/fixtures/next-app/out/',
    'infra/cdk.out/',
    'test-results/',
    'playwright-report/',
    'screenshots/',
    'next-env.d.ts',
    'lib/json-resume-schema.ts',
  ]),
  ...nextVitals,
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // No `as` casts to quiet the compiler: narrow with a type guard instead (`as const` is fine).
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // node:test's describe/it return promises that its runner awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'after'] }] },
      ],
      // Unused bindings are an error, unless named `_…` on purpose (a destructured field left out).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The CDK app is a package of its own, with its own compiler settings and dependencies: npm
    // run test:infra lints it once they are installed.
    files: ['infra/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: './infra/tsconfig.json', tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      // Pages are prerendered HTML linked with plain <a>: no client router ships (see README).
      '@next/next/no-html-link-for-pages': 'off',
      'react/no-array-index-key': 'error',
    },
  },
  {
    // The one browser script, plain JavaScript served as it is.
    files: ['public/**/*.js'],
    languageOptions: { globals: { document: 'readonly', location: 'readonly', navigator: 'readonly', print: 'readonly' } },
  },
  prettier,
]);
