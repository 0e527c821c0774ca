import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BODY_FORMATS, DATE_FORMATS, SORTS } from '../src/components/comment-thread/comment-thread.js';
import { SECTION_HEADING_LEVELS } from '../src/internal/heading.js';
import { seedComment, seedThread as seedConversation } from '../test/server/comments-seed.mjs';
import PHOTO from './assets/las-terrenas.svg?no-inline';

/** The seed conversation, its avatar served by Storybook (the tests serve theirs from test/server). */
const seedThread = () =>
  seedConversation().map((c) => (c.id === '1844' ? { ...c, author: { name: 'Claire Dupont', avatar: PHOTO } } : c));

/*
 * Remote states without a server: this file answers a few URLs under /kq-story/comments/ by
 * wrapping `fetch` for that prefix only (every other request goes on untouched). The element
 * still runs its real path (@lit/task, fetchJson, its timeout and AbortSignal).
 *   /kq-story/comments/page1     the seed conversation, next: page2
 *   /kq-story/comments/page2     three more comments, no next
 *   /kq-story/comments/pending   never answers: the loading state stays
 *   /kq-story/comments/broken    a 500: the error state with "Réessayer"
 *   /kq-story/comments/post      POST: answers the created comment, pending, after 800 ms
 *   /kq-story/comments/flaky     POST: fails (500) every other time: the kept text and "Réessayer"
 *   /kq-story/comments/login     POST: 401, "Connectez-vous pour commenter."
 * The tests do not use this: they run against the real endpoints of test/server/comments.mjs.
 */
const PREFIX = '/kq-story/comments/';
const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });
const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
let calls = 0;
let created = 0;
const previousFetch = globalThis.fetch;
globalThis.fetch = function commentStoryFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith(PREFIX)) return previousFetch(input, init);
  const name = url.pathname.slice(PREFIX.length);
  const post = () => {
    const body = JSON.parse(String(init?.body ?? '{}'));
    return later(
      800,
      json(
        {
          id: `story-${++created}`,
          parentId: body.parentId,
          author: { name: body.name },
          body: body.body,
          published: new Date().toISOString(),
          status: 'pending',
        },
        201,
      ),
    );
  };
  switch (name) {
    case 'page1':
      return later(300, json({ items: seedThread(), next: `${PREFIX}page2` }));
    case 'page2':
      return later(300, json({ items: more(3) }));
    case 'pending':
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    case 'post':
      return post();
    case 'flaky':
      return calls++ % 2 === 0 ? later(500, json({ error: 'busy' }, 500)) : post();
    case 'login':
      return later(300, json({ error: 'login required' }, 401));
    default:
      return Promise.resolve(json({ error: 'broken' }, 500));
  }
};

/** `n` more top-level comments, one hour apart. */
function more(n: number, start = 0) {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${start + i}`,
    author: { name: `Lecteur ${start + i + 1}` },
    published: new Date(Date.UTC(2021, 7, 6, 8) + (start + i) * 3_600_000).toISOString(),
    body: `Commentaire numéro ${start + i + 1}.`,
  }));
}

/** 5,000 comments: 1,000 threads of one comment and four replies, some nested deeper. */
function longThread() {
  return Array.from({ length: 5000 }, (_, i) => {
    const top = i - (i % 5);
    return {
      id: `l${i}`,
      parentId: i % 5 ? `l${i % 5 === 4 ? i - 1 : top}` : undefined,
      author: { name: `Lecteur ${i + 1}` },
      published: new Date(Date.UTC(2021, 7, 3, 8) + i * 60_000).toISOString(),
      body:
        i % 7
          ? `Commentaire ${i + 1}.`
          : `Commentaire ${i + 1}, plus long.\nSur deux lignes, avec un lien : https://www.rfi.fr/fr/`,
      likes: (i * 37) % 23,
    };
  });
}

interface Args {
  sort: string;
  'max-depth': number;
  'date-format': string;
  'time-zone'?: string;
  'body-format': string;
  'heading-level': number;
  closed: boolean;
  src?: string;
  action?: string;
  comments?: unknown[];
}

const meta: Meta<Args> = {
  title: 'Components/Comment thread',
  component: 'kq-comment-thread',
  args: {
    sort: 'oldest',
    'max-depth': 3,
    'date-format': 'absolute',
    'time-zone': 'Europe/Paris',
    'body-format': 'text',
    'heading-level': 2,
    closed: false,
    comments: seedThread(),
  },
  argTypes: {
    sort: { control: 'inline-radio', options: SORTS },
    'date-format': { control: 'inline-radio', options: DATE_FORMATS },
    'body-format': { control: 'inline-radio', options: BODY_FORMATS },
    'heading-level': { control: 'inline-radio', options: SECTION_HEADING_LEVELS },
    'max-depth': { control: { type: 'number', min: 1, max: 8 } },
    comments: { control: 'object', description: 'The `comments` property (a flat list of Comment objects)' },
  },
  render: (a) =>
    html`<div style="max-inline-size: 44rem">
      <kq-comment-thread
        sort=${a.sort}
        max-depth=${a['max-depth']}
        date-format=${a['date-format']}
        time-zone=${ifDefined(a['time-zone'])}
        body-format=${a['body-format']}
        heading-level=${a['heading-level']}
        ?closed=${a.closed}
        src=${ifDefined(a.src)}
        action=${ifDefined(a.action)}
        .comments=${a.src ? undefined : a.comments}
      ></kq-comment-thread>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seed page's comment: "ms", "3 août 2021 à 11:24", the long paragraph, in French. */
export const SeedComment: Story = { args: { comments: [seedComment] }, parameters: { lang: 'fr' } };
/** The same comment in English: "August 3, 2021 at 11:24 AM", never a mix of languages. */
export const SeedCommentEnglish: Story = { args: { comments: [seedComment] }, parameters: { lang: 'en' } };
/** A conversation: nested replies, a linked author, an avatar, initials, likes, a URL in a body. */
export const Conversation: Story = {};
export const ConversationEnglish: Story = { parameters: { lang: 'en' } };
export const Dark: Story = { parameters: { theme: 'dark' } };
/** Right to left: the toolbar's Arabic strings (the data stays French). */
export const RightToLeft: Story = { parameters: { lang: 'ar' } };
/** "il y a 4 jours" through `<kq-relative-time>`; the full date is still the comment's accessible name. */
export const RelativeDates: Story = {
  args: {
    'date-format': 'relative',
    comments: seedThread().map((c, i) => ({
      ...c,
      published: new Date(Date.now() - (5 - i) * 86_400_000).toISOString(),
    })),
  },
};
/** `max-depth="2"`: deeper replies continue flat, "en réponse à Bertrand Millet". */
export const DepthCap: Story = { args: { 'max-depth': 2 } };
/** `max-depth="1"`: a flat thread, every reply saying whom it answers. */
export const Flat: Story = { args: { 'max-depth': 1 } };
export const SortNewest: Story = { args: { sort: 'newest' } };
/** Most liked first; replies stay in conversation order. */
export const SortTop: Story = { args: { sort: 'top' } };
/** Opening `#comment-1845`: its ancestors expand, it scrolls into view and is highlighted. */
export const Permalink: Story = {
  render: (a, context) => {
    // Only on the story's own page: on the docs page it would scroll every thread.
    if (context.viewMode === 'story')
      history.replaceState(history.state, '', `${location.pathname}${location.search}#comment-1845`);
    return meta.render!(a, context);
  },
};
/** A comment awaiting moderation, as its author sees it. */
export const Pending: Story = {
  args: { comments: seedThread().map((c) => (c.id === '1846' ? { ...c, status: 'pending' } : c)) },
};
/** A deleted comment: a tombstone that keeps its replies. */
export const Deleted: Story = {
  args: { comments: seedThread().map((c) => (c.id === '1842' ? { ...c, status: 'deleted', body: '' } : c)) },
};
export const Closed: Story = { args: { closed: true } };
export const ClosedEnglish: Story = { args: { closed: true }, parameters: { lang: 'en' } };
export const NoComments: Story = { args: { comments: [] } };
/**
 * `body-format="html"`: sanitized by DOMPurify (loaded only now); the script, image and styles are
 * gone, links get rel="nofollow ugc noopener".
 */
export const HtmlBody: Story = {
  args: {
    'body-format': 'html',
    comments: [
      {
        ...seedComment,
        body:
          '<p>Un avis <strong>nuancé</strong>, avec une <em>citation</em> :</p>' +
          '<blockquote>On n’est jamais vraiment seul.</blockquote>' +
          '<ul><li>les associations</li><li>les consulats</li></ul>' +
          '<p>Source : <a href="https://www.rfi.fr/" target="_blank">RFI</a> ' +
          '<a href="javascript:alert(1)">piège</a></p>' +
          '<img src=x onerror="alert(1)"><script>alert(1)</script><h1 style="color:red">titre</h1>',
      },
    ],
  },
};
/** Markup in names and bodies is shown as text; a javascript: author URL is not linked (see the console). */
export const HostileInput: Story = {
  args: {
    comments: [
      {
        id: 'x',
        author: { name: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' },
        published: '2021-08-03T11:24:00+02:00',
        body: '<script>alert(1)</script>\n\nhttps://example.com/ et javascript:alert(1)',
      },
    ],
  },
};
/** 5,000 comments: the first threads render at once, "Voir plus de commentaires" reveals more. */
export const LongThread: Story = { args: { comments: longThread() } };
/** From `src`, paged: "Voir plus de commentaires" fetches `next` and appends. */
export const FromSrc: Story = { args: { src: `${PREFIX}page1` } };
export const FromSrcEnglish: Story = { args: { src: `${PREFIX}page1` }, parameters: { lang: 'en' } };
/** Inline `<script type="application/json">` in the element. */
export const InlineJson: Story = {
  render: () =>
    html`<kq-comment-thread time-zone="Europe/Paris"
      ><script type="application/json">
        ${JSON.stringify(seedThread())}
      </script></kq-comment-thread
    >`,
};
export const Loading: Story = { args: { src: `${PREFIX}pending` } };
/** The server failed: the message and "Réessayer" (the light-DOM fallback would show here too). */
export const LoadError: Story = { args: { src: `${PREFIX}broken` } };
export const LoadErrorEnglish: Story = { args: { src: `${PREFIX}broken` }, parameters: { lang: 'en' } };
/** Posting: the comment shows at once, "En attente de modération", then the server's answer replaces it. */
export const Posting: Story = { args: { action: `${PREFIX}post` } };
/** The first send fails: the text is kept and "Réessayer" sends it again. */
export const SendFailed: Story = { args: { action: `${PREFIX}flaky` } };
/** The server wants a signed-in reader: "Connectez-vous pour commenter." */
export const Unauthorized: Story = { args: { action: `${PREFIX}login` } };
