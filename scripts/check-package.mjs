#!/usr/bin/env node
// `npm run check-package` (after `npm run build`): what `npm publish` would ship, checked.
// 1. `npm pack --dry-run --json`: no tests, stories, sources, benchmarks or examples in the tarball,
//    and the entry points that package.json names are in it.
// 2. publint: package.json fields and exports against the packed files.
// 3. @arethetypeswrong/cli: the types resolve for every export (ESM-only package: `esm-only` profile).
// 4. The generated template types (`kiosque/types/jsx`, `/svelte`, `/vue`) type-check a usage
//    and reject a wrong attribute type, through the package's own exports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const pack = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
if (pack.status !== 0) {
  console.error('check-package: npm pack failed');
  process.exit(1);
}
const [{ files, size, unpackedSize, entryCount }] = JSON.parse(pack.stdout);
const paths = files.map((f) => f.path);
const forbidden = paths.filter((p) =>
  /^(src|test|stories|bench|examples|scripts|docs|\.storybook|\.ci)\/|\.test\.|\.stories\.|(^|\/)node_modules\//.test(
    p,
  ),
);
const required = [
  'package.json',
  'README.md',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/all.js',
  'dist/autoloader.js',
  'dist/kiosque.min.js',
  'dist/kiosque.classic.min.js',
  'dist/sri.json',
];
const missing = required.filter((p) => !paths.includes(p));
console.log(
  `npm pack: ${entryCount} files, ` +
    `${(size / 1000).toFixed(1)} KB packed, ${(unpackedSize / 1000).toFixed(1)} KB unpacked`,
);
let failed = false;
if (forbidden.length) {
  console.error(`check-package: these must not be published:\n  ${forbidden.join('\n  ')}`);
  failed = true;
}
if (missing.length) {
  console.error(`check-package: missing from the package (run \`npm run build\` first?):\n  ${missing.join('\n  ')}`);
  failed = true;
}
if (failed) process.exit(1);

for (const [cmd, args] of [
  ['node_modules/.bin/publint', ['--strict']],
  ['node_modules/.bin/attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']],
]) {
  console.log(`\n== ${cmd.split('/').pop()} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`check-package: ${cmd.split('/').pop()} failed`);
    process.exit(1);
  }
}

// 4. A consumer's view of the JSX, Svelte and Vue types (Vue's against the `vue` package's own
//    GlobalComponents, as a Vue app's templates see them).
const dir = '.check-types';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
writeFileSync(
  `${dir}/tsconfig.json`,
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'ESNext',
      moduleResolution: 'bundler',
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      types: [],
      skipLibCheck: true,
    },
    include: ['usage.ts'],
  }),
);
writeFileSync(
  `${dir}/usage.ts`,
  `import type { CustomElements } from 'kiosque/types/jsx';
import type { CustomElements as SvelteElements } from 'kiosque/types/svelte';
import 'kiosque/types/vue';
import type { GlobalComponents } from 'vue';
export const time: CustomElements['kq-relative-time'] = {
  datetime: '2021-08-03T11:24:00+02:00',
  'time-zone': 'Europe/Paris',
  lang: 'fr',
};
export const related: SvelteElements['kq-related-articles'] = { src: '/api/related', max: 4 };
// @ts-expect-error max is a number
export const wrong: CustomElements['kq-related-articles'] = { max: 'four' };
type VueProps<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const vueTime: VueProps<'kq-relative-time'> = {
  datetime: '2021-08-03T11:24:00+02:00',
  'time-zone': 'Europe/Paris',
};
export const vueRelated: VueProps<'kq-related-articles'> = { src: '/api/related', max: 4 };
// @ts-expect-error max is a number
export const vueWrong: VueProps<'kq-related-articles'> = { max: 'four' };
`,
);
console.log('\n== template types (kiosque/types/jsx, kiosque/types/svelte, kiosque/types/vue)');
const types = spawnSync('node_modules/.bin/tsc', ['-p', dir], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
if (types.status !== 0) {
  console.error('check-package: the generated template types do not type-check');
  process.exit(1);
}
console.log('ok');
