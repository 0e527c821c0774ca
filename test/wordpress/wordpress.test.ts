// <kq-comment-thread> and <kq-related-articles> against a real WordPress (Debian's 6.1, MariaDB,
// PHP), started and seeded by scripts/wordpress.mjs: `npm test` starts it when these files run.
// The test server proxies /wordpress/… to it (same origin, like a page on the publisher's own
// site) and /wordpress-locked/… to the same site as one that requires sign-in to comment.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/article-card/article-card.define.js';
import '../../src/components/comment-thread/comment-thread.define.js';
import '../../src/components/related-articles/related-articles.define.js';
import type { KqArticleCard } from '../../src/components/article-card/article-card.js';
import type { KqCommentThread } from '../../src/components/comment-thread/comment-thread.js';
import type { KqRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import type { KqRelativeTime } from '../../src/components/relative-time/relative-time.js';
import { wordpress, toArticle } from '../../src/adapters/wordpress.js';
import { captureWarnings, expectNoGarbage, settled } from '../helpers.js';
import { $, $$, submit, text, uid } from './helpers.js';

interface Seed {
  article: number;
  related: number[];
  tag: number;
  hostilePost: number;
  approved: number;
  ms: number;
  reply: number;
  pending: number;
  hostile: number;
  categories: string[];
}
let site: { url: string; seed: Seed };
let seed: Seed;

/** The seed page's related posts: title and category, in the order WordPress gives them (newest first). */
const RELATED = [
  [
    'Actualités politiques',
    'Vivre ailleurs, sur RFI : « L’impact de l’élection de Donald Trump sur les expatriés aux États-Unis »',
    'il y a 4 jours',
  ],
  [
    'Actualités internationales',
    'Les inscriptions pour la 10è édition des Jeux de la francophonie sont ouvertes !',
    'il y a 4 jours',
  ],
  ['Actualités économiques', 'Import-export : qu’est-ce que le Mercosur ?', 'il y a 5 jours'],
  ['Etudier et travailler', 'Cinq bonnes raisons de devenir volontaire international !', 'il y a 6 jours'],
  ['Actualités internationales', 'Les derniers conseils aux voyageurs du Quai d’Orsay', 'il y a 6 jours'],
  ['Vie pratique', 'Quels sont les droits à la retraite si l’on part travailler à l’étranger ?', 'il y a 1 semaine'],
  [
    'Actualités internationales',
    'Sécurité dans le monde : gros plan sur les zones de vigilance du 13 au 18 novembre',
    'il y a 1 semaine',
  ],
  [
    'Actualités internationales',
    'AEFE : les élèves du lycée français de Valence solidaires des victimes des inondations',
    'il y a 1 semaine',
  ],
];

const comments = (post = seed.article, extra = '', prefix = '/wordpress') =>
  `${prefix}/?rest_route=/wp/v2/comments&post=${post}${extra}`;
const posts = (query: string) => `/wordpress/?rest_route=/wp/v2/posts&${query}`;

async function mount<T extends HTMLElement>(tag: string, setup: (el: T) => void, lang = 'fr') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 640px"></div>`);
  const el = document.createElement(tag) as T;
  if (tag == 'kq-comment-thread') el.setAttribute('time-zone', 'Europe/Paris');
  setup(el);
  wrapper.append(el);
  await settled(el as unknown as KqCommentThread);
  return el;
}
const thread = (setup: (el: KqCommentThread) => void, lang?: string) =>
  mount<KqCommentThread>('kq-comment-thread', setup, lang);
const related = (setup: (el: KqRelatedArticles) => void) => mount<KqRelatedArticles>('kq-related-articles', setup);

const ids = (el: Element) => $$(el, 'article').map((a) => a.id.replace('comment-', ''));

async function rendered(el: KqCommentThread, count = 1) {
  await waitUntil(() => $$(el, 'article').length >= count, `fewer than ${count} comments rendered from WordPress`, {
    timeout: 15000,
  });
  // The reply form is loaded on demand: done once it has rendered too.
  await el.updateComplete;
}
/** HTML bodies show as text until DOMPurify has loaded; then as sanitized markup. */
const sanitized = (el: KqCommentThread) =>
  waitUntil(() => $(el, '[part=body] p'), 'the HTML bodies were not sanitized and shown', { timeout: 15000 });

/** Nothing hostile ran: the seed's payloads all set window.kqPwned. */
const expectInert = () =>
  expect((window as { kqPwned?: unknown }).kqPwned, 'a hostile payload from WordPress ran').to.equal(undefined);

before(async () => {
  const answer = await fetch('/wordpress-site');
  if (!answer.ok) throw new Error(`No WordPress to test against: ${(await answer.json()).error}`);
  site = await answer.json();
  seed = site.seed;
});

describe('WordPress adapter: <kq-comment-thread adapter="wordpress">', () => {
  it('shows the seed comment of "ms" as the seed page does, its reply nested, in an accessible thread', async () => {
    const el = await thread((el) => {
      el.adapter = 'wordpress';
      el.src = comments(seed.article, '&per_page=20');
    });
    await rendered(el, 20);
    await sanitized(el);
    const ms = el.shadowRoot!.getElementById(`comment-${seed.ms}`)!;
    expect(text(ms.querySelector('[part=author]'))).to.equal('ms');
    // 3 August 2021, 09:24 UTC (date_gmt) read in Paris.
    expect(text(ms.querySelector('[part=date]'))).to.equal('3 août 2021 à 11:24');
    expect(ms.querySelector('time')!.getAttribute('datetime')).to.equal('2021-08-03T09:24:00.000Z');
    expect(text(ms.querySelector('[part=body]'))).to.match(
      /^Sans doute n’etes vous pas au courant .* ils s’adressent immediatement aux consulat ou a certains élus!$/,
    );
    // The permalink is WordPress's own: #comment-ID.
    expect(ms.querySelector('[part=date]')!.getAttribute('href')).to.equal(`#comment-${seed.ms}`);
    // The reply from `parent`, inside ms's replies, with the author's link and avatar.
    const reply = ms.querySelector(`[part=replies] #comment-${seed.reply}`)!;
    expect(reply, 'the reply is nested under the comment it answers').to.exist;
    const link = reply.querySelector<HTMLAnchorElement>('[part=author] a')!;
    expect(link.href).to.equal('https://marketing-mentalist.example/');
    expect(link.rel).to.equal('nofollow ugc noopener');
    expect(reply.querySelector<HTMLImageElement>('img[part=avatar]')!.src).to.equal(
      `${site.url}/wp-content/uploads/kq-media/avatar.svg`,
    );
    // Approved comments only: the one awaiting moderation is not handed out.
    expect(el.shadowRoot!.getElementById(`comment-${seed.pending}`)).to.equal(null);
    expectNoGarbage(text(el.shadowRoot as unknown as Element));
    await expect(el).to.be.accessible();
  });

  it("pages with WordPress's own totals: 20 at a time until all 63 approved comments are there", async () => {
    const el = await thread((el) => {
      el.adapter = 'wordpress';
      el.src = comments(seed.article, '&per_page=20');
    });
    await rendered(el, 20);
    expect(ids(el)).to.have.length(20);
    // The count is the site's (X-WP-Total), not the first page's.
    expect(text($(el, '#heading'))).to.equal('63 commentaires');
    for (const count of [40, 60, 63]) {
      $(el, '[part=more]')!.click();
      await rendered(el, count);
      await el.updateComplete;
      expect(ids(el), `after "load more": ${count}`).to.have.length(count);
    }
    expect(new Set(ids(el)).size).to.equal(63);
    expect($(el, '[part=more]'), 'no "load more" after the last page (X-WP-TotalPages)').to.equal(null);
    expect(text($(el, '#heading'))).to.equal('63 commentaires');
    // Conversation order: oldest first, the 60th reader last.
    expect(text($(el, '[part=list] > li:last-child [part=author]'))).to.equal('Lecteur 60');
  });

  it('renders the hostile comment stored in WordPress inert: no script, no handler, no javascript: link', async () => {
    const el = await thread((el) => {
      el.adapter = 'wordpress';
      el.src = comments(seed.article, `&include=${seed.hostile},${seed.ms}`);
    });
    await rendered(el, 2);
    await sanitized(el);
    await aTimeout(100);
    const hostile = el.shadowRoot!.getElementById(`comment-${seed.hostile}`)!;
    // The name is text; the author's javascript: URL gives no link.
    expect(text(hostile.querySelector('[part=author]'))).to.equal('Mallory <b>Hacker</b>');
    expect(hostile.querySelector('[part=author] a')).to.equal(null);
    const body = hostile.querySelector('[part=body]')!;
    expect(text(body)).to.equal('Bonjour clic gras');
    expect(body.querySelector('strong')?.textContent, 'allowed markup is kept').to.equal('gras');
    expect(body.querySelector('script')).to.equal(null);
    for (const node of body.querySelectorAll('*')) {
      for (const attribute of node.attributes)
        expect(attribute.name, `<${node.localName} ${attribute.name}>`).not.to.match(/^on/);
    }
    for (const a of body.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.to.match(/^\s*javascript:/i);
    expectInert();
  });

  it('posts an anonymous comment (allowed): shown at once, then held for moderation as WordPress answers', async () => {
    const el = await thread((el) => {
      el.adapter = 'wordpress';
      el.src = comments(seed.article, `&include=${seed.ms}`);
      el.action = comments();
    });
    await rendered(el);
    const body = `Un avis de test ${uid()}`;
    await submit(el, 'Lectrice anonyme', body);
    // Optimistic: pending at once.
    const local = $(el, 'article[part~=pending]')!;
    expect(text(local.querySelector('[part=badge]'))).to.equal('En attente de modération');
    // Then WordPress's answer replaces it: its own id, still pending (status "hold").
    await waitUntil(
      () => /^comment-\d+$/.test($(el, 'article[part~=pending]')?.id ?? ''),
      'WordPress did not answer the POST',
      { timeout: 15000 },
    );
    const saved = $(el, 'article[part~=pending]')!;
    expect(Number(saved.id.slice(8))).to.be.greaterThan(seed.hostile);
    expect(text(saved.querySelector('[part=author]'))).to.equal('Lectrice anonyme');
    expect(text(saved.querySelector('[part=badge]'))).to.equal('En attente de modération');
    expect(text(saved.querySelector('[part=body]'))).to.equal(body);
    expect($(el, '[part=form-error]')).to.equal(null);
  });

  it('posts a reply: WordPress stores it under its parent and the thread nests it there', async () => {
    const el = await thread((el) => {
      el.adapter = 'wordpress';
      el.src = comments(seed.article, `&include=${seed.ms}`);
      el.action = comments();
    });
    await rendered(el);
    const ms = el.shadowRoot!.getElementById(`comment-${seed.ms}`)!;
    [...ms.querySelectorAll<HTMLButtonElement>('[part=actions] button')]
      .find((b) => b.textContent!.trim() == 'Répondre')!
      .click();
    await el.updateComplete;
    await submit(el, 'Une réponse', `D’accord avec vous ${uid()}`, ms.querySelector('form')!);
    await waitUntil(
      () => ms.querySelector('[part=replies] article[id^=comment-][part~=pending]')?.id.match(/^comment-\d+$/),
      'the reply was not saved',
      {
        timeout: 15000,
      },
    );
    expect(text(ms.querySelector('[part=replies] [part=author]'))).to.equal('Une réponse');
  });

  for (const [lang, message] of [
    ['fr', 'Connectez-vous pour commenter.'],
    ['en', 'Sign in to comment.'],
  ]) {
    it(`on a site that requires sign-in, WordPress's 401 reads "${message}" (${lang}), the text kept`, async () => {
      const el = await thread((el) => {
        el.adapter = 'wordpress';
        el.src = comments(seed.article, `&include=${seed.ms}`);
        el.action = comments(seed.article, '', '/wordpress-locked');
      }, lang);
      await rendered(el);
      const warnings = await captureWarnings(async () => {
        await submit(el, 'Anonyme', 'Refusé par le site');
        await waitUntil(() => $(el, '[part=form-error]'), 'no message after the 401', { timeout: 15000 });
      });
      expect(text($(el, '[part=form-error]'))).to.equal(`${message} ${lang == 'fr' ? 'Réessayer' : 'Try again'}`);
      expect($(el, '[part=form-error]')!.getAttribute('role')).to.equal('alert');
      expect(($(el, 'section > form textarea') as HTMLTextAreaElement).value).to.equal('Refusé par le site');
      expect($(el, 'article[part~=pending]'), 'the refused comment is not shown').to.equal(null);
      expect(warnings.join('\n')).to.include('401');
    });
  }

  it("posts as a logged-in reader with the REST nonce: published at once under the account's name", async () => {
    // Sign in as the seed's subscriber, through WordPress's own login form (cookies for /wordpress/).
    await fetch('/wordpress/wp-login.php', { credentials: 'same-origin' });
    const login = new URLSearchParams({ log: 'lecteur', pwd: 'kiosque-lecteur', testcookie: '1' });
    await fetch('/wordpress/wp-login.php', {
      method: 'POST',
      body: login,
      redirect: 'manual',
      credentials: 'same-origin',
    });
    const nonce = await (
      await fetch('/wordpress/wp-admin/admin-ajax.php?action=rest-nonce', { credentials: 'same-origin' })
    ).text();
    expect(nonce, 'WordPress gave no REST nonce: the login failed').to.match(/^[0-9a-f]{10}$/);
    const el = await thread((el) => {
      el.adapter = 'wordpress';
      el.src = comments(seed.article, `&include=${seed.ms}`);
      // Another post: approved comments must not change the article's counts that other tests read.
      el.action = comments(seed.related[1]);
      el.restNonce = nonce;
    });
    await rendered(el);
    const body = `Connecté ${uid()}`;
    expect($(el, 'section > form input'), 'a signed-in reader is not asked for a name').to.equal(null);
    await submit(el, null, body);
    // Until WordPress answers, the reader's own comment reads "Vous".
    expect($$(el, 'article[part~=pending] [part=author]').map(text)).to.deep.equal(['Vous']);
    await waitUntil(
      () => $$(el, 'article').some((a) => /^comment-\d+$/.test(a.id) && text(a.querySelector('[part=body]')) == body),
      'WordPress did not save it',
      {
        timeout: 15000,
      },
    );
    const saved = $$(el, 'article').find((a) => text(a.querySelector('[part=body]')) == body)!;
    expect(saved.getAttribute('part')).not.to.include('pending');
    expect(text(saved.querySelector('[part=author]'))).to.equal('Lecteur Connecté');
    // Anyone can now read it from WordPress: it was approved, not held.
    const check = await fetch(comments(seed.related[1], `&include=${saved.id.slice(8)}`));
    expect((await check.json()).map((c: { author_name: string }) => c.author_name)).to.deep.equal(['Lecteur Connecté']);
  });

  it('an unknown adapter is one clear console message and the error state, never a crash', async () => {
    let el!: KqCommentThread;
    const warnings = await captureWarnings(async () => {
      el = await thread((el) => {
        el.setAttribute('adapter', 'drupal');
        el.src = comments();
      });
      await waitUntil(() => $(el, '[part=message][role=alert]'), 'no error state', { timeout: 8000 });
    });
    expect(warnings.filter((w) => w.includes('unknown adapter "drupal"'))).to.have.length(1);
    expect(text($(el, '[part=message]'))).to.equal('Le chargement a échoué. Réessayer');
  });
});

describe('WordPress adapter: <kq-related-articles adapter="wordpress">', () => {
  async function rows(el: KqRelatedArticles) {
    await waitUntil(() => $(el, '[part=list]'), 'the posts did not render', { timeout: 15000 });
    await settled(el);
    await Promise.all(($$(el, 'kq-relative-time') as KqRelativeTime[]).map((t) => t.updateComplete));
    return $$(el, 'li[part=item]').map((li) => [
      text(li.querySelector('[part=category]')),
      text(li.querySelector('a[part=link]')),
      (li.querySelector('kq-relative-time') as KqRelativeTime).text,
    ]);
  }

  it('lists the eight posts related by tag to the seed page (not itself), with categories and dates', async () => {
    const el = await related((el) => {
      el.adapter = 'wordpress';
      el.src = posts(`tags=${seed.tag}&exclude=${seed.article}&per_page=10`);
    });
    expect(await rows(el)).to.deep.equal(RELATED);
    const links = $$(el, 'a[part=link]') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal(
      (await (await fetch(posts(`tags=${seed.tag}&exclude=${seed.article}&per_page=10`))).json()).map(
        (p: { link: string }) => p.link,
      ),
    );
    await expect(el).to.be.accessible();
  });

  it('leaves out the current post by its URL (exclude) and shows the featured images through _embed', async () => {
    const [current] = await (await fetch(posts(`include=${seed.article}`))).json();
    const el = await related((el) => {
      el.adapter = 'wordpress';
      el.layout = 'thumbnails';
      el.exclude = current.link;
      el.src = posts(`tags=${seed.tag}&per_page=20`);
    });
    const shown = await rows(el);
    expect(shown.map(([, title]) => title)).to.deep.equal(RELATED.map(([, title]) => title));
    const images = $$(el, 'img[part=image]') as HTMLImageElement[];
    expect(images).to.have.length(8);
    expect(images[0].src).to.equal(`${site.url}/wp-content/uploads/kq-media/related-0.svg`);
    expect([images[0].getAttribute('width'), images[0].getAttribute('height')]).to.deep.equal(['600', '400']);
    expect(text($(el, '[part=excerpt]'))).to.equal(`Résumé : ${RELATED[0][1]}`);
  });

  it('decodes titles as text: a hostile stored title shows its words, nothing runs', async () => {
    const el = await related((el) => {
      el.adapter = 'wordpress';
      el.layout = 'thumbnails';
      el.src = posts(`include=${seed.hostilePost}`);
    });
    const [[category, title]] = await rows(el);
    expect(category).to.equal('Actualités internationales');
    expect(title).to.equal('Piège & Cie');
    expect(text($(el, '[part=excerpt]'))).to.equal('Résumé piégé');
    expect($$(el, 'script')).to.have.length(0);
    expect($$(el, 'img:not([part=image])')).to.have.length(0);
    await aTimeout(100);
    expectInert();
  });

  it('a post via the adapter fills <kq-article-card variant="header">: kicker, headline, image, date', async () => {
    const [post] = await (await fetch(wordpress.first(posts(`include=${seed.article}`), 'articles'))).json();
    const card = await mount<KqArticleCard>('kq-article-card', (el) => {
      el.setAttribute('variant', 'header');
      (el as unknown as { article: unknown }).article = toArticle(post);
    });
    await settled(card as unknown as KqCommentThread);
    const shadow = text(card.shadowRoot as unknown as Element);
    expect(shadow).to.include('Actualités internationales');
    expect(shadow).to.include('La rédaction');
    expect(shadow, 'never updated: no "updated" line').not.to.include('Mis à jour');
    expect(text($(card, 'h1'))).to.equal('Les nomades numériques ringardisent l’image des expatriés');
    expect(($(card, 'img') as HTMLImageElement).src).to.equal(
      `${site.url}/wp-content/uploads/kq-media/las-terrenas.svg`,
    );
    expect($(card, 'kq-relative-time')!.getAttribute('datetime')).to.equal('2021-07-30T08:00:00Z');
  });
});

describe('WordPress adapter: from a page on another origin', () => {
  it('reads the site directly (its CORS headers) and posts to it, as a page hosted elsewhere would', async () => {
    const el = await related((el) => {
      el.adapter = 'wordpress';
      el.src = `${site.url}/?rest_route=/wp/v2/posts&tags=${seed.tag}&exclude=${seed.article}&per_page=3`;
    });
    await waitUntil(() => $(el, '[part=list]'), 'the posts did not render across origins', { timeout: 15000 });
    expect($$(el, 'a[part=link]').map((a) => text(a))).to.deep.equal(RELATED.slice(0, 3).map(([, title]) => title));
    const thread_ = await thread((el) => {
      el.adapter = 'wordpress';
      el.src = `${site.url}/?rest_route=/wp/v2/comments&post=${seed.article}&include=${seed.ms}`;
      el.action = `${site.url}/?rest_route=/wp/v2/comments&post=${seed.article}`;
    });
    await rendered(thread_);
    const body = `Depuis une autre origine ${uid()}`;
    await submit(thread_, 'Lecteur lointain', body);
    await waitUntil(
      () => /^comment-\d+$/.test($(thread_, 'article[part~=pending]')?.id ?? ''),
      'the POST across origins failed',
      { timeout: 15000 },
    );
    expect(text($(thread_, 'article[part~=pending] [part=body]'))).to.equal(body);
  });

  it('the self-contained bundle loads the WordPress adapter (its own chunk) only when a page uses it', async () => {
    const core = await (await fetch('/dist/kiosque.min.js')).text();
    expect(core, 'dist/ is not built').to.include('kq-comment-thread');
    expect(core).not.to.include('X-WP-TotalPages');
    const chunk = /["'](\.\/chunks\/wordpress-[\w-]+\.min\.js)["']/.exec(core)?.[1];
    expect(chunk, 'no wordpress chunk imported by the bundle').to.be.a('string');
    expect(await (await fetch(new URL(chunk!, new URL('/dist/', location.href)))).text()).to.include('X-WP-TotalPages');
  });
});
