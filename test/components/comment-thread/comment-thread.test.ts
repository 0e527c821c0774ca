import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/comment-thread/comment-thread.define.js';
import type { CommentSubmitDetail, KqCommentThread } from '../../../src/components/comment-thread/comment-thread.js';
import {
  addReplies,
  ancestorsOf,
  buildThread,
  pageEnd,
  rootOf,
  type ThreadNode,
} from '../../../src/components/comment-thread/tree.js';
import { normalizeComments } from '../../../src/internal/comment.js';
import { captureWarnings, expectNoGarbage, settled } from '../../helpers.js';
import { SEED_BODY, seedComment, seedThread } from '../../server/comments-seed.mjs';

const TZ = 'Europe/Paris';

/** Creates the element in a `[lang]` wrapper, lets `setup` set it up, then connects it. */
async function mount(setup: (el: KqCommentThread) => void = () => {}, lang = 'fr') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kq-comment-thread');
  el.setAttribute('time-zone', TZ);
  setup(el);
  wrapper.append(el);
  await settled(el);
  return el;
}

const $ = (el: KqCommentThread, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: KqCommentThread, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const comment = (el: KqCommentThread, id: string) => el.shadowRoot!.getElementById(`comment-${id}`)!;
/** Text as a reader sees it: whitespace collapsed, CLDR's narrow/no-break spaces as plain spaces. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** Ids of the comments in document order, top-level and nested. */
const order = (el: KqCommentThread, selector = 'article') => $$(el, selector).map((a) => a.id.replace('comment-', ''));
const topLevel = (el: KqCommentThread) => $$(el, '[part=list] > li > article').map((a) => a.id.replace('comment-', ''));
/** The accessible name given by aria-labelledby. */
const labelOf = (el: KqCommentThread, node: HTMLElement) =>
  node
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => text(el.shadowRoot!.getElementById(id)))
    .join(' ');
/** `count` comments a minute apart, in threads of `group` (a top-level comment and its replies), ids `${prefix}0`… */
const conversation = (count: number, prefix: string, group: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    parentId: i % group ? `${prefix}${i - (i % group)}` : undefined,
    author: { name: `Lecteur ${i}` },
    published: new Date(Date.UTC(2021, 7, 3) + i * 60_000).toISOString(),
    body: `Commentaire ${i}`,
  }));
const uid = () => Math.random().toString(36).slice(2);
/**
 * The one heading, as assistive technology reads it: a real `<h2>`–`<h6>` (its role and level
 * native, not borrowed from `role`/`aria-level`), its level and its name.
 */
function headingOf(el: KqCommentThread) {
  const headings = $$(el, 'h1, h2, h3, h4, h5, h6, [role=heading]');
  expect(headings, 'one heading').to.have.length(1);
  const [heading] = headings;
  expect(heading.getAttribute('role'), 'a native heading role').to.be.null;
  expect(heading.getAttribute('aria-level'), 'a native heading level').to.be.null;
  return { level: Number(heading.localName.slice(1)), name: text(heading) };
}
const loaded = (el: KqCommentThread) =>
  waitUntil(() => $(el, 'article'), 'the comments did not render', { timeout: 8000 });

async function type(el: KqCommentThread, field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Fills and submits a form (the top-level one by default). */
async function submit(
  el: KqCommentThread,
  name: string,
  body: string,
  form = $(el, 'section > form') as HTMLFormElement,
) {
  await type(el, form.querySelector('input')!, name);
  await type(el, form.querySelector('textarea')!, body);
  form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
  await el.updateComplete;
}

afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<kq-comment-thread>', () => {
  it('is accessible: a labelled section, one named <article> per comment, no axe violations', async () => {
    const el = await mount((el) => (el.comments = seedThread()));
    await expect(el).to.be.accessible();
    expect($(el, 'section')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(headingOf(el)).to.deep.equal({ level: 2, name: '6 commentaires' });
    const articles = $$(el, 'article');
    expect(articles).to.have.length(6);
    // Each comment is named by its author and its date.
    expect(labelOf(el, comment(el, '1842'))).to.equal('ms 3 août 2021 à 11:24');
    expect(labelOf(el, comment(el, '1843'))).to.equal('Bertrand Millet 3 août 2021 à 14:02');
    for (const a of articles) expect(a.getAttribute('tabindex')).to.equal('-1');
    expectNoGarbage(el.shadowRoot!.textContent!);
  });

  const seedCases: Array<[string, string, string, string, string]> = [
    ['fr', '1 commentaire', '3 août 2021 à 11:24', 'Répondre', 'Copier le lien'],
    ['en', '1 comment', 'August 3, 2021 at 11:24 AM', 'Reply', 'Copy link'],
  ];
  for (const [lang, count, date, reply, copy] of seedCases) {
    it(`renders the seed comment fully in ${lang}: "${date}", never a mix of languages`, async () => {
      const el = await mount((el) => (el.comments = [seedComment]), lang);
      expect(text($(el, '#heading'))).to.equal(count);
      const article = comment(el, '1842');
      expect(text(article.querySelector('[part=author]'))).to.equal('ms');
      const time = article.querySelector('time')!;
      expect(text(time)).to.equal(date);
      expect(time.getAttribute('datetime')).to.equal('2021-08-03T09:24:00.000Z');
      expect(article.querySelector('[part=date]')!.getAttribute('href')).to.equal('#comment-1842');
      expect(text(article.querySelector('[part=body]'))).to.equal(SEED_BODY);
      expect(article.querySelectorAll('[part=body] p')).to.have.length(1);
      expect(text(article.querySelector('[part=actions]'))).to.equal(`${reply} ${copy}`);
      expect(text(article.querySelector('[part~=initials]'))).to.equal('M');
      // Labels of the form follow the language too.
      expect(text($(el, 'section > form label'))).to.equal(lang === 'fr' ? 'Votre nom' : 'Your name');
      expectNoGarbage(text(el.shadowRoot as unknown as Element));
    });
  }

  it('follows the time-zone attribute', async () => {
    const el = await mount((el) => {
      el.comments = [seedComment];
      el.setAttribute('time-zone', 'America/New_York');
    }, 'en');
    expect(text($(el, 'time'))).to.equal('August 3, 2021 at 5:24 AM');
  });

  it('shows a date without a time as that calendar day in any zone, with no time of day', async () => {
    for (const zone of ['Pacific/Chatham', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
      const el = await mount((el) => {
        el.comments = [{ ...seedComment, published: '2026-06-16' }];
        el.setAttribute('time-zone', zone);
      });
      expect(text($(el, 'time')), zone).to.equal('16 juin 2026');
      expect($(el, 'time')!.getAttribute('datetime'), zone).to.equal('2026-06-16');
      el.dateFormat = 'relative';
      await settled(el);
      expect($(el, 'kq-relative-time')!.getAttribute('datetime'), zone).to.equal('2026-06-16');
    }
  });

  it('pluralizes the count in fr and en (tombstones are not counted)', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...seedComment, id: `c${i}` }));
    const cases: Array<[unknown[], string, string]> = [
      [[], '0 commentaire', '0 comments'],
      [many(1), '1 commentaire', '1 comment'],
      [many(2), '2 commentaires', '2 comments'],
      [many(12), '12 commentaires', '12 comments'],
      [[...many(3), { ...seedComment, id: 'gone', status: 'deleted' }], '3 commentaires', '3 comments'],
    ];
    for (const [comments, fr, en] of cases) {
      const frEl = await mount((el) => (el.comments = comments), 'fr');
      expect(text($(frEl, '#heading'))).to.equal(fr);
      const enEl = await mount((el) => (el.comments = comments), 'en');
      expect(text($(enEl, '#heading'))).to.equal(en);
    }
    const empty = await mount((el) => (el.comments = []));
    expect(text($(empty, '[part=message]'))).to.equal('Aucun commentaire pour le moment.');
  });

  it('shows relative dates with <kq-relative-time> on request, the full date still in the name', async () => {
    const clock = sinon.useFakeTimers({ now: Date.parse('2021-08-07T11:24:00+02:00'), toFake: ['Date'] });
    try {
      const el = await mount((el) => {
        el.comments = [seedComment];
        el.dateFormat = 'relative';
      });
      const relative = $(el, 'kq-relative-time') as HTMLElement & { text: string; updateComplete: Promise<unknown> };
      await relative.updateComplete;
      expect(relative.text).to.equal('il y a 4 jours');
      expect(relative.getAttribute('time-zone')).to.equal(TZ);
      expect(labelOf(el, comment(el, '1842'))).to.equal('ms 3 août 2021 à 11:24');
    } finally {
      clock.restore();
    }
  });

  it('nests replies up to max-depth, then continues flat with "en réponse à …"', async () => {
    const el = await mount((el) => (el.comments = seedThread()));
    // Default cap 3: 1842 > 1843 > 1844, and 1845 (a 4th level) follows 1844 flat.
    expect(comment(el, '1843').parentElement!.closest('article')!.id).to.equal('comment-1842');
    expect(comment(el, '1844').parentElement!.closest('article')!.id).to.equal('comment-1843');
    expect(comment(el, '1845').parentElement!.closest('article')!.id).to.equal('comment-1843');
    expect(text(comment(el, '1845').querySelector('[part=in-reply-to]'))).to.equal('en réponse à Claire Dupont');
    expect(comment(el, '1844').querySelector(':scope > .main [part=in-reply-to]')).to.be.null;

    el.maxDepth = 2;
    await el.updateComplete;
    expect(comment(el, '1844').parentElement!.closest('article')!.id).to.equal('comment-1842');
    expect(text(comment(el, '1844').querySelector('[part=in-reply-to]'))).to.equal('en réponse à Bertrand Millet');
    expect(text(comment(el, '1845').querySelector('[part=in-reply-to]'))).to.equal('en réponse à Claire Dupont');
    // Conversation order is kept in the flat run.
    expect(order(el)).to.deep.equal(['1847', '1842', '1843', '1844', '1845', '1846']);

    const en = await mount((el) => {
      el.comments = seedThread();
      el.maxDepth = 1;
    }, 'en');
    expect(text(comment(en, '1843').querySelector('[part=in-reply-to]'))).to.equal('in reply to ms');
    expect($$(en, '[part=replies]')).to.have.length(0);
  });

  it('collapses and expands each branch with aria-expanded and the hidden-reply count', async () => {
    const el = await mount((el) => (el.comments = seedThread()));
    const toggle = comment(el, '1842').querySelector<HTMLButtonElement>(':scope > [part=toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Masquer 3 réponses');
    expect(toggle.getAttribute('aria-controls')).to.equal('r-1842');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text(toggle)).to.equal('Afficher 3 réponses');
    expect(comment(el, '1843')).to.be.null;
    expect(el.shadowRoot!.getElementById('r-1842')!.hidden).to.be.true;
    const inner = await mount((el) => (el.comments = seedThread()), 'en');
    expect(text(comment(inner, '1843').querySelector(':scope > [part=toggle]'))).to.equal('Hide 2 replies');
    expect(text(comment(inner, '1844').querySelector(':scope > [part=toggle]'))).to.equal('');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(comment(el, '1845')).to.exist;
  });

  it('sorts top-level comments oldest, newest or top, keeping replies in conversation order', async () => {
    const el = await mount((el) => (el.comments = seedThread()));
    const replies = () => order(el, '#comment-1842 article');
    expect(topLevel(el)).to.deep.equal(['1847', '1842', '1846']);
    expect(replies()).to.deep.equal(['1843', '1844', '1845']);
    el.sort = 'newest';
    await el.updateComplete;
    expect(topLevel(el)).to.deep.equal(['1846', '1842', '1847']);
    expect(replies()).to.deep.equal(['1843', '1844', '1845']);
    // From the control, as a reader does: top = most liked first, ties oldest first.
    const select = $(el, '[part=sort] select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Plus anciens',
      'Plus récents',
      'Les plus appréciés',
    ]);
    expect(select.labels?.[0]?.textContent).to.include('Trier par');
    select.value = 'top';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.sort).to.equal('top');
    expect(topLevel(el)).to.deep.equal(['1846', '1847', '1842']);
    expect(replies()).to.deep.equal(['1843', '1844', '1845']);
  });

  it('opens a #comment-ID permalink: expands its ancestors, scrolls to it and highlights it', async () => {
    const filler = Array.from({ length: 30 }, (_, i) => ({
      ...seedComment,
      id: `f${i}`,
      published: '2021-08-01T10:00:00Z',
    }));
    history.replaceState(null, '', '#comment-1845');
    const el = await mount((el) => (el.comments = [...filler, ...seedThread()]));
    await waitUntil(
      () => comment(el, '1845')?.part.contains('highlighted'),
      'the permalink target was not highlighted',
    );
    await aTimeout(50);
    const box = comment(el, '1845').getBoundingClientRect();
    expect(box.top).to.be.within(-1, innerHeight);
    expect(comment(el, '1842').part.contains('highlighted')).to.be.false;

    // A hash change later: collapse the branch first, then follow a link to a reply inside it.
    comment(el, '1842').querySelector<HTMLButtonElement>(':scope > [part=toggle]')!.click();
    await el.updateComplete;
    expect(comment(el, '1844')).to.be.null;
    location.hash = '#comment-1844';
    await waitUntil(
      () => comment(el, '1844')?.part.contains('highlighted'),
      'the branch was not expanded for the permalink',
    );
    expect(comment(el, '1842').querySelector(':scope > [part=toggle]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(comment(el, '1845').part.contains('highlighted')).to.be.false;
  });

  it('shows pending comments and keeps the replies of a deleted one under a tombstone', async () => {
    const list = seedThread();
    list[0] = { ...list[0], status: 'deleted', body: '', author: { name: '' } };
    list[4] = { ...list[4], status: 'pending' };
    const el = await mount((el) => (el.comments = list));
    const gone = comment(el, '1842');
    expect(text(gone.querySelector('[part=tombstone]'))).to.equal('Ce commentaire a été supprimé.');
    expect(gone.part.contains('deleted')).to.be.true;
    expect(gone.querySelector(':scope > .main [part=body]')).to.be.null;
    expect(labelOf(el, gone)).to.equal('Ce commentaire a été supprimé.');
    expect(order(el, '#comment-1842 article')).to.deep.equal(['1843', '1844', '1845']);
    const pending = comment(el, '1846');
    expect(pending.part.contains('pending')).to.be.true;
    expect(text(pending.querySelector('[part=badge]'))).to.equal('En attente de modération');
    await expect(el).to.be.accessible();
  });

  it('renders text bodies: paragraphs, line breaks, only http(s) URLs linked (nofollow ugc noopener)', async () => {
    const body =
      'Premier paragraphe\navec un saut de ligne.\n\n' +
      'Voir https://www.rfi.fr/fr/ ou http://example.com/a?b=1, pas javascript:alert(1) ni ftp://x.org.';
    const el = await mount((el) => (el.comments = [{ ...seedComment, body }]));
    const paragraphs = comment(el, '1842').querySelectorAll('[part=body] p');
    expect(paragraphs).to.have.length(2);
    expect(paragraphs[0].querySelectorAll('br')).to.have.length(1);
    expect(text(paragraphs[1])).to.equal(
      'Voir https://www.rfi.fr/fr/ ou http://example.com/a?b=1, pas javascript:alert(1) ni ftp://x.org.',
    );
    const links = [...paragraphs[1].querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://www.rfi.fr/fr/',
      'http://example.com/a?b=1',
    ]);
    for (const a of links) expect(a.getAttribute('rel')).to.equal('nofollow ugc noopener');
  });

  it('escapes markup in bodies and names, and never links a javascript: author URL (one warning)', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    let el!: KqCommentThread;
    const warnings = await captureWarnings(async () => {
      el = await mount((el) => (el.src = '/api/comments?set=hostile'));
      await loaded(el);
    });
    await aTimeout(50);
    const article = comment(el, 'x1');
    expect(article.querySelectorAll('img, script')).to.have.length(0);
    expect(text(article.querySelector('[part=author]'))).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(article.querySelector('[part=author] a')).to.be.null;
    expect(text(article.querySelector('[part=body]'))).to.equal(
      '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1">',
    );
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('kq-comment-thread').and.include('author.url');
  });

  it('links safe author URLs and shows avatars through safeUrl', async () => {
    const el = await mount((el) => (el.comments = seedThread()));
    const link = comment(el, '1843').querySelector('[part=author] a')!;
    expect(link.getAttribute('href')).to.equal('https://marketing-mentalist.com/');
    expect(link.getAttribute('rel')).to.equal('nofollow ugc noopener');
    const img = comment(el, '1844').querySelector('img[part=avatar]')!;
    expect(img.getAttribute('src')).to.equal('/api/comments/avatar.svg');
    expect(img.getAttribute('alt')).to.equal('');
  });

  it('sanitizes body-format="html" with DOMPurify: a small allow-list, links get nofollow ugc noopener', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const body =
      '<p>Un <strong>avis</strong> <em>nuancé</em> ' +
      '<a href="https://rfi.fr" target="_blank" onclick="window.__pwned=1">RFI</a> ' +
      '<a href="javascript:window.__pwned=1">piège</a></p>' +
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' +
      '<blockquote>cité</blockquote><ul><li>un</li></ul><h1 style="color:red">titre</h1>';
    const el = await mount((el) => {
      el.comments = [{ ...seedComment, body }];
      el.bodyFormat = 'html';
    });
    await waitUntil(() => comment(el, '1842').querySelector('[part=body] strong'), 'the sanitized HTML did not render');
    const bodyEl = comment(el, '1842').querySelector('[part=body]')!;
    expect(bodyEl.querySelectorAll('img, script, h1, [style], [onclick], [target]')).to.have.length(0);
    expect(bodyEl.querySelectorAll('p, em, blockquote, ul > li')).to.have.length(4);
    const links = [...bodyEl.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://rfi.fr', null]);
    for (const a of links) expect(a.getAttribute('rel')).to.equal('nofollow ugc noopener');
    expect(text(bodyEl)).to.include('titre');
    await aTimeout(50);
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('loads from src when near the viewport, and pages with "Voir plus de commentaires"', async () => {
    const el = await mount((el) => (el.src = '/api/comments'));
    await loaded(el);
    expect(text($(el, '#heading'))).to.equal('6 commentaires');
    const more = $(el, '[part=more]') as HTMLButtonElement;
    expect(text(more)).to.equal('Voir plus de commentaires');
    more.click();
    await waitUntil(() => comment(el, 'p2-3'), 'the next page was not appended');
    expect(text($(el, '#heading'))).to.equal('9 commentaires');
    expect(topLevel(el)).to.deep.equal(['1847', '1842', '1846', 'p2-1', 'p2-2', 'p2-3']);
    expect($(el, '[part=more]')).to.be.null;
    expect(el.shadowRoot!.activeElement?.id).to.equal('comment-p2-1');
    const en = await mount((el) => (el.src = '/api/comments?set=array'), 'en');
    en.scrollIntoView();
    await loaded(en);
    expect(text($(en, '#heading'))).to.equal('6 comments');
  });

  it('waits for the viewport before loading', async () => {
    scrollTo(0, 0);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><div style="height: 300vh"></div></div>`);
    const el = document.createElement('kq-comment-thread');
    el.src = '/api/comments?set=seed';
    wrapper.append(el);
    await aTimeout(300);
    expect($$(el, 'article').length).to.equal(0);
    el.scrollIntoView();
    await loaded(el);
    expect(order(el)).to.deep.equal(['1842']);
  });

  it('reads inline JSON: an array, or { items, next }', async () => {
    const fromArray = await mount((el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(seedThread());
      el.append(script);
    });
    expect(order(fromArray)).to.have.length(6);
    const fromPage = await mount((el) => {
      const page = { items: [seedComment], next: '/api/comments?page=2' };
      el.innerHTML = `<script type="application/json">${JSON.stringify(page)}</script>`;
    }, 'en');
    expect(text($(fromPage, '[part=more]'))).to.equal('Load more comments');
    ($(fromPage, '[part=more]') as HTMLButtonElement).click();
    await waitUntil(() => comment(fromPage, 'p2-1'), 'the next page was not appended');
  });

  const failures: Array<[string, string]> = [
    ['a 500', '/api/comments?status=500'],
    ['malformed JSON', '/api/comments?body=garbage'],
    ['a non-JSON page', '/api/comments?body=html'],
    ['JSON without items', '/api/comments?set=shape'],
  ];
  for (const [name, src] of failures) {
    it(`keeps the fallback and offers retry after ${name} (one warning)`, async () => {
      let el!: KqCommentThread;
      const warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.src = src;
          el.innerHTML = '<p>Commentaires rendus par le serveur</p>';
        });
        await waitUntil(() => $(el, '[role=alert]'), 'no error shown', { timeout: 8000 });
      });
      expect(text($(el, '[role=alert]'))).to.equal('Le chargement a échoué. Réessayer');
      expect($(el, 'slot')).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('kq-comment-thread');
      el.src = '/api/comments?set=seed';
      await loaded(el);
      expect($(el, 'slot')).to.be.null;
    });
  }

  it('shows a loading state while a slow endpoint answers', async () => {
    const el = await mount((el) => (el.src = '/api/comments?set=seed&delay=600'));
    await waitUntil(() => text($(el, '[role=status]')) === 'Chargement…', 'no loading state');
    await loaded(el);
    expect(text($(el, '#heading'))).to.equal('1 commentaire');
  });

  it('validates the form: messages tied with aria-describedby and aria-invalid', async () => {
    const el = await mount((el) => (el.comments = [seedComment]));
    const form = $(el, 'section > form') as HTMLFormElement;
    const submitted = sinon.spy();
    el.addEventListener('kq-comment-submit', submitted);
    form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    const name = form.querySelector('input')!;
    const body = form.querySelector('textarea')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el.shadowRoot!.getElementById(name.getAttribute('aria-describedby')!))).to.equal('Indiquez votre nom.');
    expect(text(el.shadowRoot!.getElementById(body.getAttribute('aria-describedby')!))).to.equal(
      'Écrivez votre commentaire.',
    );
    expect(el.shadowRoot!.activeElement).to.equal(name);
    expect(submitted.called).to.be.false;
    await expect(el).to.be.accessible();
    await type(el, name, 'Léa');
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    expect(name.hasAttribute('aria-describedby')).to.be.false;
    expect(body.getAttribute('aria-invalid')).to.equal('true');
    const en = await mount((el) => (el.comments = [seedComment]), 'en');
    ($(en, 'section > form [part=submit]') as HTMLButtonElement).click();
    await en.updateComplete;
    expect($$(en, '[part=field-error]').map(text)).to.deep.equal(['Enter your name.', 'Write your comment.']);
  });

  it('emits a cancelable, bubbling, composed kq-comment-submit; preventDefault stops the POST', async () => {
    const el = await mount((el) => {
      el.comments = seedThread();
      el.action = '/api/comments';
    });
    const events: CustomEvent<CommentSubmitDetail>[] = [];
    const listener = (e: Event) => {
      events.push(e as CustomEvent<CommentSubmitDetail>);
      e.preventDefault();
    };
    document.addEventListener('kq-comment-submit', listener);
    try {
      const reply = [...comment(el, '1846').querySelectorAll('button')].find((b) => text(b) === 'Répondre')!;
      reply.click();
      await el.updateComplete;
      expect(reply.getAttribute('aria-expanded')).to.equal('true');
      const form = comment(el, '1846').querySelector('form')!;
      expect(form.getAttribute('aria-label')).to.equal('en réponse à Julie');
      expect(el.shadowRoot!.activeElement).to.equal(form.querySelector('input'));
      await submit(el, ' Léa ', ' Bien vu. ', form);
      expect(events).to.have.length(1);
      expect(events[0].detail).to.deep.equal({ name: 'Léa', body: 'Bien vu.', parentId: '1846' });
      expect(events[0].bubbles && events[0].composed && events[0].cancelable).to.be.true;
      await aTimeout(200);
      // Prevented: nothing was posted or added.
      expect(order(el)).to.have.length(6);
      expect(comment(el, '1846').querySelector('form')).to.be.null;
    } finally {
      document.removeEventListener('kq-comment-submit', listener);
    }
  });

  it('a signed-in reader (rest-nonce) is not asked for a name; the event carries an empty one', async () => {
    const el = await mount((el) => {
      el.comments = seedThread();
      el.restNonce = 'a1b2c3d4e5';
    });
    const events: CustomEvent<CommentSubmitDetail>[] = [];
    el.addEventListener('kq-comment-submit', (e) => events.push(e as CustomEvent<CommentSubmitDetail>));
    const form = $(el, 'section > form') as HTMLFormElement;
    expect(form.querySelector('input'), 'no name field').to.be.null;
    form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    expect($$(el, 'section > form [part=field-error]').map(text)).to.deep.equal(['Écrivez votre commentaire.']);
    expect(el.shadowRoot!.activeElement).to.equal(form.querySelector('textarea'));
    const reply = [...comment(el, '1846').querySelectorAll('button')].find((b) => text(b) === 'Répondre')!;
    reply.click();
    await el.updateComplete;
    await el.updateComplete;
    const replyForm = comment(el, '1846').querySelector('form')!;
    expect(el.shadowRoot!.activeElement, 'the reply form focuses its text field').to.equal(
      replyForm.querySelector('textarea'),
    );
    await type(el, replyForm.querySelector('textarea')!, 'Bien vu.');
    replyForm.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([{ name: '', body: 'Bien vu.', parentId: '1846' }]);
    await expect(el).to.be.accessible();
  });

  it('POSTs to action: the comment shows as pending at once, then the server answer replaces it', async () => {
    const el = await mount((el) => {
      el.comments = seedThread();
      el.action = '/api/comments?delay=300';
    });
    const reply = [...comment(el, '1847').querySelectorAll('button')].find((b) => text(b) === 'Répondre')!;
    reply.click();
    await el.updateComplete;
    await submit(el, 'Léa', 'Bienvenue !', comment(el, '1847').querySelector('form')!);
    const local = comment(el, '1847').querySelector('[part=replies] article')!;
    expect(local.id).to.match(/^comment-kq-local-/);
    expect(text(local.querySelector('[part=badge]'))).to.equal('En attente de modération');
    expect(text(local.querySelector('[part=body]'))).to.equal('Bienvenue !');
    await waitUntil(
      () => comment(el, '1847').querySelector('[part=replies] article[id^="comment-srv-"]'),
      'the server answer did not replace it',
    );
    const saved = comment(el, '1847').querySelector('[part=replies] article')!;
    expect(text(saved.querySelector('[part=badge]'))).to.equal('En attente de modération');
    // Held for moderation: shown, not counted (the source counts published comments).
    expect(text($(el, '#heading'))).to.equal('6 commentaires');
    expect(order(el).filter((id) => id.startsWith('kq-local'))).to.have.length(0);
  });

  it('keeps the typed text on failure and offers retry', async () => {
    const el = await mount((el) => {
      el.comments = [seedComment];
      el.action = `/api/comments?failonce=${uid()}`;
    });
    let warnings = await captureWarnings(async () => {
      await submit(el, 'Léa', 'Mon texte précieux');
      await waitUntil(() => $(el, 'section > form [role=alert]'), 'no failure shown');
    });
    expect(warnings).to.have.length(1);
    const form = $(el, 'section > form')!;
    expect(text(form.querySelector('[role=alert]'))).to.equal('L’envoi a échoué. Votre texte est conservé. Réessayer');
    expect(form.querySelector('input')!.value).to.equal('Léa');
    expect(form.querySelector('textarea')!.value).to.equal('Mon texte précieux');
    expect(order(el)).to.deep.equal(['1842']);
    warnings = await captureWarnings(async () => {
      form.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await waitUntil(() => $(el, 'article[id^="comment-srv-"]'), 'the retry did not post');
    });
    expect(warnings).to.have.length(0);
    expect($(el, 'section > form [role=alert]')).to.be.null;
    expect(($(el, 'section > form textarea') as HTMLTextAreaElement).value).to.equal('');
  });

  it('says "Connectez-vous pour commenter." on a 401', async () => {
    const el = await mount((el) => {
      el.comments = [seedComment];
      el.action = '/api/comments?status=401';
    });
    await captureWarnings(async () => {
      await submit(el, 'Léa', 'Bonjour');
      await waitUntil(() => $(el, 'section > form [role=alert]'), 'no failure shown');
    });
    expect(text($(el, 'section > form [role=alert]'))).to.equal('Connectez-vous pour commenter. Réessayer');
    expect(($(el, 'section > form textarea') as HTMLTextAreaElement).value).to.equal('Bonjour');
  });

  it('heads the section with a real <h2>–<h6> from heading-level; another value: <h2>, one warning', async () => {
    for (const level of [2, 3, 4, 5, 6]) {
      const el = await mount((el) => {
        el.comments = [seedComment];
        el.setAttribute('heading-level', String(level));
      });
      expect(headingOf(el), `heading-level="${level}"`).to.deep.equal({ level, name: '1 commentaire' });
      expect(labelOf(el, $(el, 'section')!)).to.equal('1 commentaire');
    }
    // A comment section is never the page's main heading: 1 is refused like 7 or words.
    for (const value of ['1', '7', 'trois']) {
      let el!: KqCommentThread;
      const warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.comments = [seedComment];
          el.setAttribute('heading-level', value);
        });
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(headingOf(el), `heading-level="${value}"`).to.deep.equal({ level: 2, name: '1 commentaire' });
      expect(warnings, `heading-level="${value}"`).to.have.length(1);
      expect(warnings[0]).to.include('heading-level');
    }
  });

  it('closed: no form and no reply buttons, and says so', async () => {
    const el = await mount((el) => {
      el.comments = seedThread();
      el.closed = true;
    });
    expect($(el, 'form')).to.be.null;
    expect($$(el, 'button').filter((b) => text(b) === 'Répondre')).to.have.length(0);
    expect(text($(el, 'section > [part=message]'))).to.equal('Les commentaires sont fermés.');
    const en = await mount((el) => {
      el.comments = [seedComment];
      el.setAttribute('closed', '');
    }, 'en');
    expect(text($(en, 'section > [part=message]'))).to.equal('Comments are closed.');
  });

  it('moves between comments with j and k, not while typing', async () => {
    const el = await mount((el) => (el.comments = seedThread()));
    // Key events dispatched where the reader's focus is (WebKit's WebDriver in iframe mode cannot
    // send keys twice in one file); the element listens for keydown like for real keys.
    const press = (key: string) => {
      const target = (el.shadowRoot!.activeElement ?? el) as HTMLElement;
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      target.dispatchEvent(event);
      return event;
    };
    const focused = () => el.shadowRoot!.activeElement?.id;
    comment(el, '1847').focus();
    expect(press('j').defaultPrevented).to.be.true;
    expect(focused()).to.equal('comment-1842');
    press('j');
    expect(focused()).to.equal('comment-1843');
    press('k');
    press('k');
    expect(focused()).to.equal('comment-1847');
    press('k');
    expect(focused()).to.equal('comment-1847');
    // From a button inside a comment, j goes to the next comment.
    comment(el, '1843').querySelector('button')!.focus();
    press('j');
    expect(focused()).to.equal('comment-1844');
    // Typing j or k in the form does not move.
    const input = $(el, 'section > form input') as HTMLInputElement;
    input.focus();
    expect(press('j').defaultPrevented).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(input);
    // Modified keys are left to the browser.
    comment(el, '1847').focus();
    const target = el.shadowRoot!.activeElement!;
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', ctrlKey: true, bubbles: true, composed: true }));
    expect(focused()).to.equal('comment-1847');
  });

  it('warns once for invalid comments and shows the valid ones', async () => {
    let el!: KqCommentThread;
    const warnings = await captureWarnings(async () => {
      el = await mount(
        (el) =>
          (el.comments = [
            seedComment,
            { body: 'no id' },
            null,
            { id: 'b', author: { name: 'x', avatar: 'javascript:1' }, published: 'hier', body: 'ok' },
            { id: 'c', author: { name: 'y' }, body: 'ok', likes: { toString: [] } },
          ]),
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(order(el)).to.deep.equal(['1842', 'b', 'c']);
    expect(comment(el, 'b').querySelector('time, img')).to.be.null;
    // Likes that are not a number (here, an object that cannot even become one) are not shown.
    expect(text(comment(el, 'c').querySelector('[part=actions]'))).to.equal('Répondre Copier le lien');
    expectNoGarbage(text(el.shadowRoot as unknown as Element));
  });

  it('renders 5,000 comments progressively and adds one reply by re-rendering its branch only', async () => {
    const list = conversation(5000, 'n', 5);
    const el = await mount((el) => (el.comments = list));
    expect(text($(el, '#heading'))).to.equal('5000 commentaires');
    // A comment without a status is published: its part names no state.
    expect([...comment(el, 'n0').part]).to.deep.equal(['comment']);
    const first = $$(el, 'article').length;
    expect(first).to.be.within(100, 150);
    const other = comment(el, 'n5');
    const otherBody = other.querySelector('[part=body]')!.firstElementChild;
    el.comments = [
      ...list,
      {
        id: 'new',
        parentId: 'n0',
        author: { name: 'Léa' },
        published: '2022-01-01T00:00:00Z',
        body: 'Nouvelle réponse',
      },
    ];
    await el.updateComplete;
    // Only the branch changed: other comments keep their DOM. (Its speed is measured by
    // `npm run bench`, bench/comment-thread.mjs, not by a timed unit test.)
    expect(comment(el, 'new').parentElement!.closest('article')!.id).to.equal('comment-n0');
    expect(comment(el, 'n5')).to.equal(other);
    expect(other.querySelector('[part=body]')!.firstElementChild).to.equal(otherBody);
    ($(el, '[part=more]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, 'article').length).to.be.within(first + 100, first + 151);
  });

  it('a live reply re-renders only its thread, yet never drops a change made in the same task', async () => {
    const list = conversation(20, 'q', 4);
    const el = await mount((el) => (el.comments = list));
    const reply = (id: string, parentId: string) => ({
      id,
      parentId,
      author: { name: 'Léa' },
      published: '2022-01-01T00:00:00Z',
      body: id,
    });
    const toggle = (id: string) => comment(el, id).querySelector<HTMLButtonElement>(':scope > [part=toggle]')!;

    // A collapsed thread gaining a reply shows its new count.
    toggle('q4').click();
    await el.updateComplete;
    expect(text(toggle('q4'))).to.equal('Afficher 3 réponses');
    let current = [...list, reply('r1', 'q4')];
    el.comments = current;
    await el.updateComplete;
    expect(text(toggle('q4'))).to.equal('Afficher 4 réponses');
    expect(text($(el, '#heading'))).to.equal('21 commentaires');

    // A click and a live reply in the same task: both show.
    toggle('q8').click();
    el.comments = current = [...current, reply('r2', 'q0')];
    await el.updateComplete;
    expect(toggle('q8').getAttribute('aria-expanded')).to.equal('false');
    expect(comment(el, 'r2').parentElement!.closest('article')!.id).to.equal('comment-q0');

    // A property and a live reply in the same task: both show.
    el.closed = true;
    el.comments = current = [...current, reply('r3', 'q12')];
    await el.updateComplete;
    expect(comment(el, 'r3')).to.exist;
    expect($$(el, 'article [part=actions] button[aria-expanded]')).to.have.length(0);
    el.closed = false;
    await el.updateComplete;

    // Threads left alone by live replies still follow a later change of language.
    el.comments = [...current, reply('r4', 'q16')];
    await el.updateComplete;
    el.parentElement!.lang = 'en';
    await waitUntil(() => text($(el, '#heading')) == '24 comments', 'the heading did not change language');
    await el.updateComplete;
    expect(text(toggle('q4'))).to.equal('Show 4 replies');
    expect(
      $$(el, 'article [part=actions] button[aria-expanded]')
        .map(text)
        .every((t) => t == 'Reply'),
    ).to.be.true;
  });
});

describe('comment-thread tree (pure)', () => {
  /** Each container's ids, depth and "in reply to", for comparing two trees. */
  const shape = (nodes: readonly ThreadNode[]): unknown[] =>
    nodes.map((n) => [n.comment.id, n.depth, n.total, n.replyTo ?? '', shape(n.children)]);

  it('adds replies in place, exactly as a rebuild would place them, leaving every other node untouched', () => {
    const base = normalizeComments(seedThread());
    const replies = normalizeComments([
      {
        id: 'r1',
        parentId: '1842',
        author: { name: 'A' },
        published: '2021-08-03T12:00:00+02:00',
        body: 'between 1842 and 1843',
      },
      {
        id: 'r2',
        parentId: '1843',
        author: { name: 'B' },
        published: '2021-08-06T12:00:00+02:00',
        body: 'at the cap: after 1844 and its flat run',
      },
      {
        id: 'r3',
        parentId: '1846',
        author: { name: 'C' },
        published: '2021-08-06T12:00:00+02:00',
        body: 'under another thread',
      },
    ]);
    for (const depth of [3, 4]) {
      const before = buildThread(base, 'newest', depth);
      const old1847 = before.nodes.get('1847');
      const added = addReplies(before, replies, depth)!;
      expect(added, `max-depth ${depth}`).to.not.equal(null);
      expect(shape(added.roots)).to.deep.equal(shape(buildThread([...base, ...replies], 'newest', depth).roots));
      expect(added.count).to.equal(9);
      // The untouched thread keeps its node.
      expect(added.nodes.get('1847')).to.equal(old1847);
      expect(rootOf(added, 'r2')).to.equal('1842');
      expect(ancestorsOf(added, 'r2'), 'the comments to expand to show r2').to.deep.equal(['1843', '1842']);
      expect(ancestorsOf(added, '1847')).to.deep.equal([]);
    }
    // Not a plain nested reply: the caller rebuilds.
    const tree = buildThread(base, 'oldest', 3);
    expect(addReplies(tree, normalizeComments([{ id: 'top', author: { name: 'x' }, body: 'x' }]), 3)).to.equal(null);
    expect(
      addReplies(tree, normalizeComments([{ id: 'deep', parentId: '1845', author: { name: 'x' }, body: 'x' }]), 3),
    ).to.equal(null);
    expect(tree.nodes.has('top') || tree.nodes.has('deep')).to.be.false;
  });

  it('pages progressively: whole threads, up to 50 threads or 150 comments', () => {
    const many = normalizeComments(
      Array.from({ length: 400 }, (_, i) => ({
        id: `t${i}`,
        parentId: i % 4 ? `t${i - (i % 4)}` : undefined,
        author: { name: 'x' },
        body: 'x',
      })),
    );
    const roots = buildThread(many, 'oldest', 3).roots;
    expect(pageEnd(roots, 0)).to.equal(38); // 38 threads of 4 comments reach 150
    expect(pageEnd(roots, 95)).to.equal(100);
  });
});
