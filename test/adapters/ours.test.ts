// The `ours` adapter (src/adapters/ours.ts): our own JSON (docs/schemas), read from real answers
// of the test server (test/server/unit.mjs, comments.mjs) and from hand-made values.
import { expect } from '@open-wc/testing';
import { fetchPage, postComment } from '../../src/adapters/adapter.js';
import { listPage, ours } from '../../src/adapters/ours.js';

const here = (path: string) => new URL(path, location.href).href;

describe('ours adapter: listPage', () => {
  it('a bare array is a page of those items, with no next', () => {
    const items = [{ id: 'a' }, 2, null];
    expect(listPage(items, '/api')).to.deep.equal({ items });
  });

  it('{ items, next }: next resolved against the URL of the answer', () => {
    const base = 'https://news.example/api/comments?page=1';
    expect(listPage({ items: [], next: '?page=2' }, base)).to.deep.equal({
      items: [],
      next: 'https://news.example/api/comments?page=2',
    });
    expect(listPage({ items: [], next: '/p/2' }, base)!.next).to.equal('https://news.example/p/2');
    expect(listPage({ items: [], next: 'https://cdn.example/p/2' }, base)!.next).to.equal('https://cdn.example/p/2');
    // A relative base is the page's own.
    expect(listPage({ items: [], next: 'p2.json' }, '/unit/ours/p1.json')!.next).to.equal(here('/unit/ours/p2.json'));
  });

  it('keeps next only when it is an http(s) URL: it will be fetched', () => {
    for (const next of [
      'javascript:alert(1)',
      'data:application/json,[]',
      'mailto:a@example.com',
      '',
      '  ',
      42,
      {},
      null,
    ])
      expect(listPage({ items: [1], next }, 'https://news.example/')!.next, String(next)).to.equal(undefined);
  });

  it('is null when the answer holds no items array', () => {
    for (const data of [null, undefined, 42, 'items', {}, { items: 'a' }, { items: { 0: 'a' } }, { comments: [] }])
      expect(listPage(data, '/'), JSON.stringify(data)).to.equal(null);
  });
});

describe('ours adapter: the mapping', () => {
  it('uses src as it is and items as they come (the components normalize them)', () => {
    expect(ours.first('/api/comments?x=1', 'comments')).to.equal('/api/comments?x=1');
    const raw = { id: 1, anything: true };
    expect(ours.toComment(raw)).to.equal(raw);
    expect(ours.toArticle(raw)).to.equal(raw);
    expect(ours.created(raw)).to.equal(raw);
    expect(ours.html).to.not.equal(true);
  });

  it('POSTs the comment as it is to the action, with no headers of its own', () => {
    const comment = { name: 'Élise', body: 'Bonjour', parentId: 'c1' };
    expect(ours.post('/api/comments', comment, 'nonce-ignored')).to.deep.equal({ url: '/api/comments', body: comment });
  });
});

describe('ours adapter: real answers', () => {
  it('pages through a list whose next is relative, to its end', async () => {
    const seen: string[] = [];
    let url: string | undefined = ours.first('/unit/ours/comments', 'comments');
    const urls: string[] = [];
    while (url) {
      urls.push(url);
      const page = await fetchPage(ours, url, 'comments');
      seen.push(...page.items.map((item) => (item as { id: string }).id));
      url = page.next;
    }
    expect(seen).to.deep.equal(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(urls.slice(1)).to.deep.equal([here('/unit/ours/comments?page=2'), here('/unit/ours/comments?page=3')]);
  });

  it("reads the comment endpoint's own answers: { items, next }, a bare array, and no list", async () => {
    const page = await fetchPage(ours, '/api/comments', 'comments');
    expect(page.items.length).to.be.above(0);
    expect(page.next).to.equal(here('/api/comments?page=2'));
    expect((await fetchPage(ours, '/api/comments?set=array', 'comments')).next).to.equal(undefined);
    const error = await fetchPage(ours, '/api/comments?set=shape', 'comments').catch((e: Error) => e);
    expect(error).to.include({ name: 'LoadError', kind: 'shape' });
  });

  it('drops a next that is not http(s) from a real answer', async () => {
    const page = await fetchPage(
      ours,
      `/unit/ours/comments?next=${encodeURIComponent('javascript:alert(1)')}`,
      'comments',
    );
    expect(page.items).to.have.length(2);
    expect(page.next).to.equal(undefined);
  });

  it('POSTs { name, body, parentId } and gives the answer as the created comment', async () => {
    const created = await postComment(ours, '/unit/echo', { name: 'Élise', body: 'Bonjour', parentId: 'c1' });
    expect(created).to.deep.include({ method: 'POST', body: { name: 'Élise', body: 'Bonjour', parentId: 'c1' } });
  });
});
