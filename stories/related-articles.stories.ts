import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LAYOUTS } from '../src/components/related-articles/related-articles.js';
import type { Article } from '../src/internal/article.js';
import { CURRENT_URL, seedArticles } from '../test/server/related-seed.mjs';
import PHOTO from './assets/las-terrenas.svg?no-inline';

/*
 * Remote states without a server. Storybook serves no API, so this file answers a few URLs under
 * /kq-story/related/ itself, by wrapping `fetch` for that prefix only (every other request goes
 * to the network untouched). The component still runs its real path: @lit/task, fetchJson,
 * its timeout and AbortSignal.
 *   /kq-story/related/ok        the seed's eight articles, dated relative to now
 *   /kq-story/related/pending   never answers: the loading skeleton stays (aborted on disconnect)
 *   /kq-story/related/flaky     fails (503) on every other request: the error state, then "Réessayer" loads
 *   /kq-story/related/empty     { items: [] }
 * The tests do not use this: they run against the real HTTP endpoints of test/server/articles.mjs.
 */
const PREFIX = '/kq-story/related/';
const flaky = new Map<string, number>();
const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });
const networkFetch = globalThis.fetch;
globalThis.fetch = function storyFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith(PREFIX)) return networkFetch(input, init);
  const name = url.pathname.slice(PREFIX.length);
  if (name === 'pending') {
    return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  }
  const calls = flaky.get(url.href) ?? 0;
  flaky.set(url.href, calls + 1);
  if (name === 'flaky' && calls % 2 === 0) return Promise.resolve(json({ error: 'busy' }, 503));
  if (name === 'empty') return Promise.resolve(json({ items: [] }));
  return Promise.resolve(json({ items: seedArticles(Date.now(), { image: PHOTO }) }));
};

/** The seed's articles with thumbnails and excerpts (the image is the story's Las Terrenas illustration). */
const withImages = (): Article[] =>
  seedArticles(Date.now()).map((a, i) => ({
    ...a,
    standfirst: [
      'Ce que change l’élection américaine pour les Français installés aux États-Unis.',
      'Cotisations, trimestres, accords bilatéraux : ce qu’il faut savoir avant de partir.',
      'Le marché commun d’Amérique du Sud, expliqué en cinq points.',
      'VIE, VIA : partir travailler à l’étranger pour une entreprise ou une administration française.',
      'Les pays et régions où la prudence s’impose cette semaine.',
      'Une collecte organisée par les élèves après les inondations.',
      'Sportifs et artistes francophones peuvent s’inscrire jusqu’au 15 décembre.',
      'Documents, assurances, vaccins : la liste avant le départ.',
    ][i],
    image: { src: PHOTO, srcset: `${PHOTO} 1200w`, alt: '', width: 1200, height: 675 },
  }));

interface Args {
  layout: string;
  heading?: string;
  'heading-level'?: number;
  max?: number;
  exclude?: string;
  src?: string;
  'empty-message'?: string;
  'show-empty': boolean;
  timeout?: number;
  articles?: Article[];
}

const meta: Meta<Args> = {
  title: 'Components/Related articles',
  component: 'kq-related-articles',
  args: { layout: 'list', 'show-empty': false, articles: seedArticles() },
  argTypes: {
    layout: { control: 'inline-radio', options: LAYOUTS },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    articles: { control: 'object', description: 'The `articles` property (Article objects)' },
  },
  render: (a) =>
    html`<div style="max-inline-size: 22rem">
      <kq-related-articles
        layout=${a.layout}
        heading=${ifDefined(a.heading)}
        heading-level=${ifDefined(a['heading-level'])}
        max=${ifDefined(a.max)}
        exclude=${ifDefined(a.exclude)}
        src=${ifDefined(a.src)}
        empty-message=${ifDefined(a['empty-message'])}
        timeout=${ifDefined(a.timeout)}
        ?show-empty=${a['show-empty']}
        .articles=${a.src ? undefined : a.articles}
      ></kq-related-articles>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seed page's sidebar: "À lire aussi", eight articles, "il y a 4 jours", "il y a 1 semaine". */
export const SeedSidebar: Story = { parameters: { lang: 'fr' } };
/** The same in English: "Related articles", "4 days ago", "1 week ago". */
export const English: Story = { parameters: { lang: 'en' } };
/** Right to left: the toolbar's Arabic (the strings are Arabic, the data stays French). */
export const RightToLeft: Story = { parameters: { lang: 'ar' } };
export const Dark: Story = { parameters: { theme: 'dark' } };

export const ListLayout: Story = { args: { layout: 'list' } };
/** Titles and dates only, tighter. */
export const CompactLayout: Story = { args: { layout: 'compact' } };
/** Thumbnails (lazy, a fixed 3:2 box so nothing moves when they load) and excerpts. */
export const ThumbnailsLayout: Story = { args: { layout: 'thumbnails', articles: withImages() } };
export const ThumbnailsDark: Story = {
  args: { layout: 'thumbnails', articles: withImages() },
  parameters: { theme: 'dark' },
};

/** `max="4"`, the current article excluded, a custom heading at level 3. */
export const MaxExcludeHeading: Story = {
  args: {
    max: 4,
    exclude: CURRENT_URL,
    heading: 'Sur le même sujet',
    'heading-level': 3,
    articles: [
      { ...seedArticles()[0], url: CURRENT_URL, title: 'Les nomades numériques ringardisent l’image des expatriés' },
      ...seedArticles(),
    ],
  },
};

/** From a `src` URL, fetched when the element nears the viewport. */
export const FromSrc: Story = { args: { src: `${PREFIX}ok` } };

/** From an inline `<script type="application/json">` child (`{ items }` or an array). */
export const FromInlineJson: Story = {
  render: () =>
    html`<div style="max-inline-size: 22rem">
      <kq-related-articles>
        <script type="application/json">
          ${JSON.stringify({ items: seedArticles() })}
        </script>
      </kq-related-articles>
    </div>`,
};

/** Server-rendered links as a publisher writes them: what readers see without JavaScript, shown as they are. */
export const ServerRenderedLinks: Story = {
  render: () =>
    html`<div style="max-inline-size: 22rem">
      <kq-related-articles>
        <h2>À lire aussi</h2>
        <ul>
          ${seedArticles().map((a) => html`<li><a href=${a.url}>${a.title}</a></li>`)}
        </ul>
      </kq-related-articles>
    </div>`,
};

/**
 * Loading: `src` points at a URL that never answers (see the top of this file), so the skeleton
 * of `max` rows stays. Its height is what the list will take.
 */
export const Loading: Story = { args: { src: `${PREFIX}pending`, max: 8, timeout: 3_600_000 } };
export const LoadingThumbnails: Story = {
  args: { src: `${PREFIX}pending`, max: 4, layout: 'thumbnails', timeout: 3_600_000 },
};

/** Empty, with the localized message (`show-empty`); without it the element takes no room. */
export const Empty: Story = { args: { articles: [], 'show-empty': true } };
export const EmptyCustomMessage: Story = {
  args: { articles: [], 'empty-message': 'Pas d’autre article sur ce sujet pour l’instant.' },
};
/** Empty without a message: nothing is shown (the frame below stays empty). */
export const EmptyHidden: Story = {
  args: { src: `${PREFIX}empty` },
  decorators: [(story) => html`<div style="outline: 1px dashed gray; min-block-size: 1rem">${story()}</div>`],
};

/** Error: the request fails (503); "Réessayer" loads the list (the next request succeeds). */
export const ErrorWithRetry: Story = { args: { src: `${PREFIX}flaky?story=fr` } };
export const ErrorEnglish: Story = { args: { src: `${PREFIX}flaky?story=en` }, parameters: { lang: 'en' } };

/** Bad data: items without a title or URL are skipped, unsafe URLs dropped (one console warning). */
export const BadData: Story = {
  args: {
    articles: [
      ...seedArticles().slice(0, 2),
      { url: 'https://example.com/sans-titre' } as Article,
      { title: 'Piège', url: 'javascript:alert(1)', published: new Date().toISOString() },
    ],
  },
};

/** A language of its own: `lang` on the element's container wins over the page's. */
export const LangOnContainer: Story = {
  render: () =>
    html`<div lang="en" style="max-inline-size: 22rem">
      <kq-related-articles .articles=${seedArticles()} max="3"></kq-related-articles>
    </div>`,
};
