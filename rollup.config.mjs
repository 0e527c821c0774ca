// `npm run build` (after the manifest): two kinds of output.
// 1. dist/**.js — per-component ES modules mirroring src/, lit, @lit/* and date-fns external,
//    tree-shakable (only *.define.js files have side effects), for bundler users.
// 2. dist/kiosque.min.js — one self-contained minified ES module (Lit included) for a
//    <script type="module"> tag; what it loads on demand is in dist/chunks/.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

export const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', minify: false };
/** Transpile TypeScript, then minify the CSS and HTML inside Lit's css`` and html`` literals. */
export const plugins = () => [esbuild(esbuildOptions), minifyTemplateLiterals({ include: /\/src\/.*\.ts$/ })];
export const terserOptions = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };
const external = (id) => /^(lit|@lit\/|@lit-labs\/|date-fns|dompurify)/.test(id);

const files = (dir) => readdirSync(dir, { recursive: true }).map((f) => `${dir}/${f}`).filter((f) => f.endsWith('.ts'));
const entries = [
  'src/index.ts',
  'src/all.ts',
  ...files('src/components').filter((f) => !f.endsWith('.styles.ts')),
  ...files('src/translations'),
];

export default [
  {
    input: entries,
    external,
    plugins: plugins(),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      hoistTransitiveImports: false,
      sourcemap: true,
    },
  },
  {
    input: 'src/all.ts',
    plugins: [nodeResolve(), ...plugins()],
    // Modules loaded on demand (DOMPurify, for opt-in HTML comment bodies) become chunks beside it.
    output: {
      dir: 'dist',
      entryFileNames: 'kiosque.min.js',
      chunkFileNames: 'chunks/[name]-[hash].min.js',
      format: 'es',
      sourcemap: true,
      plugins: [terser(terserOptions)],
    },
  },
];
