// `npm run build` (after the manifest) makes three kinds of output.
// 1. For bundlers (npm): dist/**.js — per-component ES modules mirroring src/, lit, @lit/*,
//    date-fns and DOMPurify external, tree-shakable (only *.define.js files have side effects).
//    dist/autoloader.js is the autoloader for bundler users (it imports the define modules);
//    dist/react/index.js the React wrappers (@lit/react; react is a peer dependency).
// 2. Self-contained browser bundles at stable paths (Lit included, production mode, minified):
//    dist/kiosque.min.js      ES module (src/bundle.ts), registers every element. What a page shows
//                             first is in the file; code needed later is in dist/chunks/, loaded on
//                             demand: the comment thread (when one nears the viewport), its reply
//                             form, DOMPurify (opt-in HTML comment bodies), the WordPress adapter.
//                             `npm run size` budgets the first load and each chunk (docs/size.md).
//    dist/kiosque.classic.min.js  classic script (IIFE, global `kiosque`, src/all.ts) for <script
//                             defer> on CMSs that strip type="module". A classic script cannot load
//                             code on demand the way a module does, so everything is inlined: one
//                             file, no extra request, DOMPurify alone ~8 KB more.
// 3. The CDN set, dist/cdn/: versioned, immutable names (the version in every entry file name,
//    a content hash in every shared chunk), so a CDN may cache them forever:
//    kiosque-<version>.min.js, kiosque-<version>.classic.min.js (copies of the bundles above),
//    autoloader-<version>.min.js + components/<name>-<version>.min.js + chunks/*-<hash>.min.js
//    (code-split, sharing one copy of Lit; the autoloader imports only the components it finds).
//    scripts/sri.mjs then prints their Subresource Integrity hashes and writes dist/sri.json.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

export const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', minify: false };
/** Transpile TypeScript, then minify the CSS and HTML inside Lit's css`` and html`` literals. */
export const plugins = () => [esbuild(esbuildOptions), minifyTemplateLiterals({ include: /\/src\/.*\.ts$/ })];
export const terserOptions = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };
const external = (id) => /^(lit|@lit\/|@lit-labs\/|date-fns|dompurify|react(-dom)?(\/|$))/.test(id);

export const version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
const files = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => `${dir}/${f}`)
    .filter((f) => f.endsWith('.ts'));
const entries = [
  'src/index.ts',
  'src/all.ts',
  'src/autoloader.ts',
  'src/react/index.ts',
  'src/ssr/index.ts',
  ...files('src/components').filter((f) => !f.endsWith('.styles.ts')),
  ...files('src/translations'),
];
/** Each component's registration module, by name: the CDN's per-component entries. */
const defineModules = Object.fromEntries(
  readdirSync('src/components').map((name) => [`components/${name}`, `src/components/${name}/${name}.define.ts`]),
);
const selfContained = () => [nodeResolve(), ...plugins()];
const minify = terser(terserOptions);
/**
 * On-demand chunks are named after what they hold, `[name]-[hash].min.js`: a registration module
 * gives its component's name (`comment-thread`), a package its own (`purify.es`).
 */
const chunkFileNames = ({ name }) => `chunks/${name.replace(/\.define$/, '')}-[hash].min.js`;

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
    input: 'src/bundle.ts',
    plugins: selfContained(),
    // Chunks loaded on demand may import from the bundle itself (extra exports), so the bundle
    // stays one file rather than a facade over a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    // Modules loaded on demand become chunks beside it.
    output: [
      { dir: 'dist', entryFileNames: 'kiosque.min.js', chunkFileNames },
      { dir: 'dist/cdn', entryFileNames: `kiosque-${version}.min.js`, chunkFileNames },
    ].map((output) => ({ ...output, format: 'es', sourcemap: true, plugins: [minify] })),
  },
  {
    input: 'src/all.ts',
    plugins: selfContained(),
    output: ['dist/kiosque.classic.min.js', `dist/cdn/kiosque-${version}.classic.min.js`].map((file) => ({
      file,
      format: 'iife',
      name: 'kiosque',
      inlineDynamicImports: true,
      sourcemap: true,
      // Not a module: top-level names must survive (the `kiosque` global).
      plugins: [terser({ ...terserOptions, module: false })],
    })),
  },
  {
    input: { autoloader: 'src/autoloader.ts', ...defineModules },
    plugins: selfContained(),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: `[name]-${version}.min.js`,
      chunkFileNames,
      sourcemap: true,
      plugins: [minify],
    },
  },
];
