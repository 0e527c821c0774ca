#!/usr/bin/env node
// `npm run size:features`: what each feature of <kq-comment-thread> costs, in gzip bytes added to
// the self-contained bundle (the measure of `npm run size`). Each row builds a copy of src/ with
// that feature's code taken out (a method body emptied, a stylesheet dropped), measures what the
// thread then adds, and prints the difference. Evidence for the thread's size budget (docs/size.md);
// not part of CI.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { componentsOf, measure } from './size.mjs';

const root = resolve(import.meta.dirname, '..');
const thread = 'src/components/comment-thread/comment-thread.ts';

/** Replaces the body of the function or method that starts with `signature` by `body`. */
function empty(source, signature, body = '') {
  const start = source.indexOf(signature);
  if (start < 0) throw new Error(`not found: ${signature}`);
  const open = source.indexOf('{', start + signature.length - 1);
  let depth = 0;
  let end = open;
  for (; ; end++) {
    if (source[end] == '{') depth++;
    else if (source[end] == '}' && --depth == 0) break;
  }
  return source.slice(0, open) + `{${body}}` + source.slice(end + 1);
}

/** Feature → the edits that take it out: [file, signature, replacement body], or [file, null, new content]. */
const features = {
  'reply form and posting': [
    [thread, '  #form(key: string, label: string) {', 'return nothing;'],
    [thread, '  async #submit(key: string) {'],
    [thread, '  protected override updated(): void {'],
  ],
  'permalinks (open at #comment-ID, copy link)': [
    [thread, '  async #revealHash() {'],
    [thread, '  async #copyLink(id: string) {'],
  ],
  'j / k keys': [[thread, '  #onKey(event: KeyboardEvent) {']],
  'live replies (insert without a rebuild)': [
    ['src/components/comment-thread/tree.ts', 'export function addReplies(', 'return null;'],
  ],
  'text bodies (paragraphs, line breaks, links)': [
    ['src/components/comment-thread/body.ts', 'export function textBody(', 'return [body] as any;'],
  ],
  stylesheet: [
    [
      'src/components/comment-thread/comment-thread.styles.ts',
      null,
      "import { tokens } from '../../styles/tokens.js';\nexport default [tokens];\n",
    ],
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'kq-size-'));
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
// The TypeScript settings of the repository, which esbuild looks up beside the sources.
cpSync(join(root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
const added = async (edits) => {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  for (const [file, signature, body] of edits) {
    const path = join(dir, file);
    writeFileSync(path, signature === null ? body : empty(readFileSync(path, 'utf8'), signature, body));
  }
  const { names, defineFile } = componentsOf(dir);
  const all = await measure(names.map(defineFile));
  const others = await measure(names.filter((name) => name != 'comment-thread').map(defineFile));
  return all.gzip - others.gzip;
};
try {
  const whole = await added([]);
  console.log(`kq-comment-thread adds ${whole} B gzip`);
  for (const [name, edits] of Object.entries(features)) {
    const without = await added(edits);
    console.log(
      `${name.padEnd(46)} ${String(whole - without).padStart(5)} B   (without it: ${(without / 1000).toFixed(3)} KB)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
