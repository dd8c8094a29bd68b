import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Module boundaries (design.md): tests and test harnesses may reach across, product code may not.
  ...boundaries([
    ['src/app', ['proxy', 'engine', 'storage', 'core'], 'src/app talks to the server over HTTP only'],
    ['src/picpik', ['app', 'proxy', 'engine', 'storage', 'core'], 'src/picpik is the protocol and imports nothing of the studio'],
    ['src/core', ['app', 'proxy', 'engine', 'storage'], 'src/core is shared by the proxy and the engine and imports neither'],
    ['src/storage', ['app', 'proxy', 'engine'], 'src/storage is shared by the proxy and the engine and imports neither'],
    ['src/engine', ['app', 'proxy'], 'src/engine never imports src/proxy: share through src/core and src/storage'],
  ]),
  {
    // The proxy composes the engine through its entry points only (createBackend.ts).
    files: ['src/proxy/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/proxy/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/engine/**', '!**/engine/localBackend', '!**/engine/catalog'], message: 'src/proxy uses the engine through engine/localBackend and engine/catalog only' }, { group: ['**/app/**'], message: 'src/proxy never imports the SPA' }] },
      ],
    },
  },
);

/** One no-restricted-imports block per folder: `from` may not import the listed top-level folders of src/. */
function boundaries(rules) {
  return rules.map(([from, forbidden, message]) => ({
    files: [`${from}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden.flatMap((folder) => [`**/${folder}/**`, `../${folder}`, `../../${folder}`]), message }] }] },
  }));
}
