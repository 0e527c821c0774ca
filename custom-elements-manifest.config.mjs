// `npm run analyze`: custom-elements.json from the JSDoc tags on each class (never hand-written),
// then, from it, the editor and framework integrations in dist/types/ and dist/vscode/:
// JSX (React 19, Preact, Solid…), Vue and Svelte template types, VS Code HTML and CSS custom data.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const types = { outdir: 'dist/types', globalTypePath: '../index.js', hideLogs: true };

export default {
  globs: ['src/components/**/*.ts', 'src/internal/kiosque-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    customElementJsxPlugin({ ...types, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...types, fileName: 'vue.d.ts' }),
    customElementSveltePlugin({ ...types, fileName: 'svelte.d.ts' }),
    customElementVsCodePlugin({
      outdir: 'dist/vscode',
      htmlFileName: 'html-custom-data.json',
      cssFileName: 'css-custom-data.json',
      hideLogs: true,
    }),
  ],
};
