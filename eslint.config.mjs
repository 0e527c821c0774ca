// ESLint, flat config. `npm run lint` checks Prettier's formatting, then runs this; `npm run format` fixes both.
//
// Why TypeScript 6 is loaded below: our type checker is TypeScript 7 (`typescript` 7.0.2, the native `tsc`),
// which has no JavaScript API, and typescript-eslint 8 parses with that API: it does `require('typescript')`,
// declares the peer range <6.1.0 and throws on 7. npm cannot install a second `typescript` for the peer of a
// root dependency, and the parser has no option to be handed one (its `tsgo` backend needs TypeScript 7.1).
// So:
// - scripts/typescript-6 is a local package (`typescript-6` in package.json) that depends on TypeScript 6.0.3;
//   npm installs it in scripts/typescript-6/node_modules, where its `tsc` cannot replace TypeScript 7's (an
//   npm alias such as "typescript-6": "npm:typescript@6.0.3" would, on the next incremental `npm install`);
// - package.json's `overrides` lets typescript-eslint's peer be our `typescript`, so that npm installs it;
// - the three lines after the imports put TypeScript 6 in Node's `require.cache` (documented as writable)
//   under the file that `require('typescript')` resolves to, in this ESLint process only, before
//   typescript-eslint is loaded.
// Remove all three once typescript-eslint works with TypeScript 7 (typescript-eslint issue 10940).
import { createRequire } from 'node:module';
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const require = createRequire(import.meta.url);
const typescript6 = createRequire(require.resolve('typescript-6/package.json')).resolve('typescript');
require(typescript6);
require.cache[require.resolve('typescript')] = require.cache[typescript6];
const { default: tseslint } = await import('typescript-eslint');

/** Files that run in Node; everything else runs in a browser. */
const node = [
  '*.config.mjs',
  '.puppeteerrc.cjs',
  '.storybook/main.ts',
  'scripts/**',
  'bench/*.mjs',
  'test/server/**',
  'test/wordpress/server.mjs',
  'test/hardening/payloads.mjs',
];

/** Node scripts that drive a browser: the functions they pass to `page.evaluate()` run in the page. */
const drivingBrowser = ['scripts/axe-stories.mjs', 'bench/run.mjs', 'bench/comment-thread.mjs', 'bench/size.mjs'];

export default defineConfig([
  globalIgnores(['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'coverage/', 'bench/results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // As tsc does: a name taken out of an object with a rest pattern (`const { a: _, ...rest } = o`) is used.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  { files: ['**/*.{js,mjs,cjs,ts,mts}'], ignores: node, languageOptions: { globals: globals.browser } },
  { files: node, languageOptions: { globals: globals.node } },
  { files: drivingBrowser, languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ['LitElement', 'ReactiveElement', 'KqElement'] } },
    rules: {
      // Our bases are Lit's, which always define the lifecycle callbacks; the guard is for unknown bases.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's property assertions are expressions: `expect(el).to.exist`, `expect(ok).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  prettier,
  {
    // Prettier wraps code at 120 but not strings, comments or template text. After `prettier`, which turns this off.
    plugins: { '@stylistic': stylistic },
    rules: { '@stylistic/max-len': ['error', { code: 120, ignoreUrls: true }] },
  },
]);
