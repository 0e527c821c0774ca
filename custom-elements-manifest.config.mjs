// `npm run analyze`: custom-elements.json from the JSDoc tags on each class (never hand-written).
export default {
  globs: ['src/components/**/*.ts', 'src/internal/kiosque-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
