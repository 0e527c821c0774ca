// The WordPress adapter (src/adapters/wordpress.ts) on answers shaped as WordPress's REST API gives
// them (test/server/unit.mjs, in Debian's WordPress 6.1's shapes): its URLs, paging, mapping of
// comments and posts, and the POST of a comment. test/wordpress runs the components against a real
// WordPress.
import { expect } from '@open-wc/testing';
import { fetchPage, loadAdapter, postComment } from '../../src/adapters/adapter.js';
import { htmlText, toArticle, toComment, wordpress } from '../../src/adapters/wordpress.js';

const here = (path: string) => new URL(path, location.href).href;
const uid = () => Math.random().toString(36).slice(2);

describe('WordPress adapter: the mapping', () => {
  it('pages /wp-json/ and ?rest_route= URLs alike from X-WP-TotalPages, and adds its defaults only when absent', () => {
    const headers = (total: number, pages: number) =>
      new Headers({ 'X-WP-Total': String(total), 'X-WP-TotalPages': String(pages) });
    const pretty = 'https://site.example/wp-json/wp/v2/comments?post=4&per_page=20';
    expect(wordpress.first(pretty, 'comments')).to.equal(`${pretty}&order=asc&orderby=date`);
    expect(wordpress.first(`${pretty}&order=desc`, 'comments')).to.equal(`${pretty}&order=desc&orderby=date`);
    expect(wordpress.page([], { url: pretty, headers: headers(63, 4) }, 'comments')).to.deep.equal({
      items: [],
      total: 63,
      next: `${pretty}&page=2`,
    });
    expect(wordpress.page([], { url: `${pretty}&page=4`, headers: headers(63, 4) }, 'comments')).to.deep.equal({
      items: [],
      total: 63,
    });
    expect(wordpress.page({ code: 'rest_no_route' }, { url: pretty, headers: headers(0, 0) }, 'comments')).to.equal(
      null,
    );
    const post = wordpress.post('https://site.example/?rest_route=/wp/v2/comments&post=4', {
      name: 'A',
      body: 'B',
      parentId: '7',
    });
    expect(post.body).to.deep.equal({ post: 4, parent: 7, content: 'B', author_name: 'A' });
    expect(wordpress.post(pretty, { name: 'A', body: 'B' }, 'abc').headers).to.deep.equal({ 'X-WP-Nonce': 'abc' });
  });

  it('asks posts for their author, image and terms (_embed), keeping a publisher’s own _embed', () => {
    const url = 'https://site.example/?rest_route=/wp/v2/posts&tags=7';
    expect(new URL(wordpress.first(url, 'articles')).searchParams.get('_embed')).to.equal(
      'author,wp:featuredmedia,wp:term',
    );
    expect(wordpress.first(`${url}&_embed=1`, 'articles')).to.equal(`${url}&_embed=1`);
    expect(wordpress.first('/wp-json/wp/v2/comments?post=4', 'comments')).to.equal(
      here('/wp-json/wp/v2/comments?post=4&order=asc&orderby=date'),
    );
  });

  describe('comments paged by a cursor on their date (a moderator’s work shifts nothing)', () => {
    const headers = (total: number, pages: number) =>
      new Headers({ 'X-WP-Total': String(total), 'X-WP-TotalPages': String(pages) });
    const at = (id: number, date: string) => ({ id, date, date_gmt: date });
    const query = (url: string | undefined) => Object.fromEntries(new URL(url!).searchParams);
    const src = 'https://site.example/wp-json/wp/v2/comments?post=4&per_page=3';

    it('after the last comment’s second minus one, less the comments of that second already shown', () => {
      const first = wordpress.first(src, 'comments');
      const one = wordpress.page(
        [at(1, '2021-08-05T01:00:00'), at(2, '2021-08-05T02:00:00'), at(3, '2021-08-05T02:00:00')],
        { url: first, headers: headers(7, 3) },
        'comments',
      )!;
      expect(one.total).to.equal(7);
      expect(query(one.next)).to.deep.equal({
        post: '4',
        per_page: '3',
        order: 'asc',
        orderby: 'date',
        after: '2021-08-05T01:59:59',
        exclude: '2,3',
      });
      // Still that second at the end: the comments of it shown before stay excluded.
      const two = wordpress.page(
        [at(4, '2021-08-05T02:00:00'), at(5, '2021-08-05T02:00:00'), at(6, '2021-08-05T02:00:00')],
        { url: one.next!, headers: headers(5, 2) },
        'comments',
      )!;
      expect(query(two.next)).to.deep.include({ after: '2021-08-05T01:59:59', exclude: '2,3,4,5,6' });
      // What is left is counted there, not the list: the first page's total stands.
      expect(two.total).to.equal(undefined);
      // A later second: only its own comments.
      const three = wordpress.page(
        [at(7, '2021-08-05T02:00:00'), at(8, '2021-12-31T23:59:59'), at(9, '2022-01-01T00:00:00')],
        { url: two.next!, headers: headers(4, 2) },
        'comments',
      )!;
      expect(query(three.next)).to.deep.include({ after: '2021-12-31T23:59:59', exclude: '9' });
      const last = wordpress.page(
        [at(10, '2022-01-02T00:00:00')],
        { url: three.next!, headers: headers(1, 1) },
        'comments',
      );
      expect(last).to.deep.equal({ items: [toComment(at(10, '2022-01-02T00:00:00'))] });
    });

    it('newest first: before the last comment’s second plus one', () => {
      const first = wordpress.first(`${src}&order=desc`, 'comments');
      const page = wordpress.page(
        [at(9, '2022-01-01T00:00:00'), at(8, '2021-12-31T23:59:59'), at(7, '2021-12-31T23:59:59')],
        { url: first, headers: headers(9, 3) },
        'comments',
      )!;
      expect(query(page.next)).to.deep.include({ order: 'desc', before: '2022-01-01T00:00:00', exclude: '8,7' });
      expect(query(page.next)).not.to.have.property('after');
    });

    it('by number when the URL has its own order, exclusions or offset, or a comment has no date', () => {
      for (const own of ['&orderby=id', '&orderby=date_gmt', '&exclude=9', '&exclude[]=9', '&offset=2', '&page=2']) {
        const first = wordpress.first(`${src}${own}`, 'comments');
        const page = wordpress.page([at(1, '2021-08-05T01:00:00')], { url: first, headers: headers(9, 3) }, 'comments');
        const number = Number(new URL(first).searchParams.get('page'));
        expect(query(page!.next), own).to.deep.include({ page: String(number + 1) });
        expect(query(page!.next), own).not.to.have.property('after');
      }
      const undated = wordpress.page(
        [{ id: 1, date: 'hier' }],
        { url: wordpress.first(src, 'comments'), headers: headers(9, 3) },
        'comments',
      );
      expect(query(undated!.next)).to.deep.include({ page: '2' });
    });
  });

  it('a page without X-WP-Total has no total; a bad total is ignored', () => {
    const url = 'https://site.example/wp-json/wp/v2/comments';
    expect(wordpress.page([], { url, headers: new Headers() }, 'comments')).to.deep.equal({ items: [] });
    const bad = new Headers({ 'X-WP-Total': 'many', 'X-WP-TotalPages': '2' });
    expect(wordpress.page([], { url, headers: bad }, 'comments')).to.deep.equal({ items: [], next: `${url}?page=2` });
  });

  it('toComment: statuses, replies, avatars and dates', () => {
    const base = { id: 5, author_name: 'A', content: { rendered: '<p>x</p>' }, date_gmt: '2021-08-03T09:24:00' };
    const status = (s?: string) => (toComment({ ...base, status: s }) as { status: string }).status;
    expect([status('approved'), status('hold'), status('trash'), status('spam'), status(undefined)]).to.deep.equal([
      'published',
      'pending',
      'deleted',
      'deleted',
      'published',
    ]);
    expect(toComment({ ...base, parent: 0 })).to.have.property('parentId', undefined);
    expect(toComment({ ...base, parent: 3 })).to.have.property('parentId', 3);
    const avatar = (urls: object) =>
      (toComment({ ...base, author_avatar_urls: urls }) as { author: { avatar?: string } }).author.avatar;
    expect(avatar({ 24: 's', 48: 'm', 96: 'l' })).to.equal('l');
    expect(avatar({ 24: 's', 48: 'm' })).to.equal('m');
    expect(avatar({})).to.equal(undefined);
    // date_gmt is UTC without a zone; without it, the site's local date is all there is.
    expect(toComment(base)).to.have.property('published', '2021-08-03T09:24:00Z');
    expect(toComment({ date: '2021-08-03T11:24:00' })).to.have.property('published', '2021-08-03T11:24:00');
    expect(toComment({ date_gmt: 'hier', date: 42 })).to.have.property('published', undefined);
  });

  it('toComment: the author’s name as typed (WordPress serves it HTML-escaped), markup left as text', () => {
    const name = (author_name: unknown) => (toComment({ author_name }) as { author: { name: unknown } }).author.name;
    expect(name('Marie &amp; Paul &lt;3 &quot;Le Caf&eacute;&quot; l&#039;&eacute;quipe')).to.equal(
      'Marie & Paul <3 "Le Café" l\'équipe',
    );
    expect(name('Mallory <b>Hacker</b> &hearts;')).to.equal('Mallory <b>Hacker</b> ♥');
    expect(name(42)).to.equal(42);
  });

  it('toComment and toArticle never throw on what is not a WordPress object', () => {
    for (const raw of [
      null,
      undefined,
      42,
      'texte',
      [],
      { content: null, _embedded: 'x' },
      { _embedded: { 'wp:term': 'x' } },
    ]) {
      expect(() => toComment(raw), JSON.stringify(raw)).not.to.throw();
      expect(() => toArticle(raw), JSON.stringify(raw)).not.to.throw();
    }
  });

  it('htmlText: the text of rendered HTML on one line, entities decoded', () => {
    expect(htmlText('<p>Piège &amp;\n <b>Cie</b>&#8230;</p>\n')).to.equal('Piège & Cie…');
    expect(htmlText(42)).to.equal('');
    expect(htmlText(undefined)).to.equal('');
  });
});

describe('WordPress adapter: real answers', () => {
  it('is the adapter loaded for adapter="wordpress"', async () => {
    expect(await loadAdapter('wordpress')).to.equal(wordpress);
  });

  it('pages comments in an order of the URL’s own by number, with X-WP-Total and X-WP-TotalPages', async () => {
    let url: string | undefined = wordpress.first('/unit/wp/comments?post=4&per_page=2&orderby=id', 'comments');
    expect(url).to.equal(here('/unit/wp/comments?post=4&per_page=2&orderby=id&order=asc&page=1'));
    const ids: unknown[] = [];
    const totals: unknown[] = [];
    while (url) {
      const page = await fetchPage(wordpress, url, 'comments');
      ids.push(...page.items.map((c) => (c as { id: number }).id));
      totals.push(page.total);
      url = page.next;
    }
    expect(ids).to.deep.equal([11, 12, 13, 14, 15]);
    expect(totals).to.deep.equal([5, 5, 5]);
  });

  it('maps a WordPress comment to ours: author, link, avatar, UTC date, HTML body, reply', async () => {
    const { items } = await fetchPage(wordpress, '/unit/wp/comments?post=4&per_page=2', 'comments');
    expect(items).to.deep.equal([
      {
        id: 11,
        parentId: undefined,
        author: { name: 'Lecteur 11', url: undefined, avatar: '/unit/avatar-96.svg' },
        published: '2021-08-03T09:24:00Z',
        body: '<p>Commentaire &laquo;&nbsp;11&nbsp;&raquo; &amp; suite</p>\n',
        status: 'published',
      },
      {
        id: 12,
        parentId: 11,
        author: { name: 'Lecteur 12', url: 'https://lecteur.example/', avatar: '/unit/avatar-96.svg' },
        published: '2021-08-03T09:24:00Z',
        body: '<p>Commentaire &laquo;&nbsp;12&nbsp;&raquo; &amp; suite</p>\n',
        status: 'published',
      },
    ]);
    expect(wordpress.html, 'bodies are HTML, for DOMPurify').to.equal(true);
  });

  it('maps an embedded WordPress post to our article: category, image with srcset, author, text titles', async () => {
    const url = wordpress.first('/unit/wp/posts?per_page=3', 'articles');
    const { items, total, next } = await fetchPage(wordpress, url, 'articles');
    expect([total, next]).to.deep.equal([3, undefined]);
    expect(items[0]).to.deep.equal({
      id: 1,
      url: 'http://127.0.0.1/?p=1',
      title: 'Les nomades numériques ringardisent l’image des expatriés (1)',
      category: 'Actualités internationales',
      categoryUrl: 'http://127.0.0.1/?cat=5',
      standfirst: 'Souvent jeunes & célibataires…',
      image: {
        src: '/unit/las-terrenas.svg',
        srcset: '/unit/las-terrenas-300.svg 300w, /unit/las-terrenas-150.svg 150w',
        alt: 'Las Terrenas & sa plage',
        width: 600,
        height: 400,
        caption: 'Photo : DR',
      },
      author: 'La rédaction',
      published: '2021-07-30T08:00:00Z',
      updated: undefined,
    });
    // Modified since: an updated date; a password-protected excerpt is left out.
    expect(items[1]).to.have.property('updated', '2021-08-01T10:00:00Z');
    expect(items[2]).to.have.property('standfirst', undefined);
  });

  it('without _embed, a post has no category, image or author, and still its title and dates', async () => {
    const [post] = await (await fetch('/unit/wp/posts?per_page=1')).json();
    expect(toArticle(post)).to.deep.include({ category: undefined, image: undefined, author: undefined, id: 1 });
  });

  it('a page past the last, or a route WordPress does not have, is a LoadError', async () => {
    const past = await fetchPage(wordpress, '/unit/wp/comments?post=4&page=9', 'comments').catch((e: Error) => e);
    expect(past).to.include({ name: 'LoadError', kind: 'status', status: 400 });
    const none = await fetchPage(wordpress, '/unit/wp/none', 'comments').catch((e: Error) => e);
    expect(none).to.include({ name: 'LoadError', kind: 'status', status: 404 });
    const object = await fetchPage(wordpress, '/unit/typed?text=%7B%22code%22%3A1%7D', 'comments').catch(
      (e: Error) => e,
    );
    expect(object).to.include({ name: 'LoadError', kind: 'shape' });
  });

  it('POSTs an anonymous comment as WordPress wants it, and reads the held comment it answers as pending', async () => {
    const key = uid();
    const action = `/unit/wp/comments?post=4&key=${key}`;
    const created = await postComment(wordpress, action, { name: 'Élise', body: 'Bonjour', parentId: '11' });
    const received = await (await fetch(`/unit/wp/received?key=${key}`)).json();
    expect(received).to.deep.include({
      input: { post: 4, parent: 11, content: 'Bonjour', author_name: 'Élise' },
      nonce: null,
    });
    expect(created).to.deep.include({ id: 99, parentId: 11, status: 'pending', body: '<p>Bonjour</p>\n' });
    expect(created).to.have.nested.property('author.name', 'Élise');
  });

  it('POSTs with the nonce of a signed-in reader, without a name: published under the account’s', async () => {
    const key = uid();
    const created = await postComment(
      wordpress,
      `/unit/wp/comments?post=4&key=${key}`,
      { name: '', body: 'Oui' },
      'n0nce',
    );
    const received = await (await fetch(`/unit/wp/received?key=${key}`)).json();
    expect(received).to.deep.include({ input: { post: 4, parent: 0, content: 'Oui' }, nonce: 'n0nce' });
    expect(created).to.deep.include({ status: 'published', parentId: undefined });
    expect(created).to.have.nested.property('author.name', 'Lecteur Connecté');
  });
});
