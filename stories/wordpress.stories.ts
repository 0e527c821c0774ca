import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { loadAdapter } from '../src/adapters/adapter.js';

/*
 * The seed page live from a real WordPress: the header card, "À lire aussi" and the comments, read
 * from (and posted to) its REST API with `adapter="wordpress"`, no glue code. Start a site first:
 *
 *   KQ_WORDPRESS_PORT=8088 node scripts/wordpress.mjs start    (stop: node scripts/wordpress.mjs stop)
 *
 * (Debian's wordpress, mariadb-server, php-cli and php-mysql; installed by the script as root.)
 * Another address: the `site` control, or STORYBOOK_WORDPRESS_URL when starting Storybook.
 * The site answers with CORS headers, so the story reads it across origins; posting works too
 * because the script's site allows anonymous REST comments (docs/adapters.md).
 */
const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env;
const SITE = env?.STORYBOOK_WORDPRESS_URL ?? 'http://127.0.0.1:8088';

interface Args {
  site: string;
  lang: string;
}

/** The seed article and its tag, found on the site by what they are (their ids vary between installs). */
async function seedOf(site: string) {
  const get = async (route: string) => {
    const answer = await fetch(`${site.replace(/\/$/, '')}/?rest_route=${route}`);
    if (!answer.ok) throw new Error(`${route}: ${answer.status}`);
    return answer.json();
  };
  const [[post], [tag]] = await Promise.all([
    get('/wp/v2/posts&search=nomades&_embed=author,wp:featuredmedia,wp:term'),
    get('/wp/v2/tags&slug=expatriation'),
  ]);
  if (!post || !tag) throw new Error('the seed article is not on this site');
  return { post, tag };
}

const message = (site: string, error: unknown) =>
  html`<div
    role="status"
    style="max-inline-size: 40rem; padding: 1rem; border: 1px solid; border-radius: 0.5rem; font: 1rem/1.5 system-ui"
  >
    <p><strong>No WordPress answers at ${site}</strong> (${String((error as Error)?.message ?? error)}).</p>
    <p>Start the seeded site, then reload this story:</p>
    <pre style="white-space: pre-wrap">KQ_WORDPRESS_PORT=8088 node scripts/wordpress.mjs start</pre>
    <p>
      It needs Debian's <code>wordpress mariadb-server php-cli php-mysql</code> (installed by the script when run as
      root). Another address: the <code>site</code> control.
    </p>
  </div>`;

async function page({ site, lang }: Args): Promise<TemplateResult> {
  const base = site.replace(/\/$/, '');
  try {
    const { post, tag } = await seedOf(base);
    const article = (await loadAdapter('wordpress')).toArticle(post);
    const comments = `${base}/?rest_route=/wp/v2/comments&post=${post.id}`;
    const commentPage = `${comments}&per_page=20`;
    const related = `${base}/?rest_route=/wp/v2/posts&tags=${tag.id}&exclude=${post.id}&per_page=8`;
    return html`<div
      lang=${lang}
      style="display: grid; gap: 2rem; grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); max-inline-size: 72rem"
    >
      <main>
        <kq-article-card variant="header" heading-level="1" .article=${article}></kq-article-card>
        <kq-comment-thread
          adapter="wordpress"
          time-zone="Europe/Paris"
          src=${commentPage}
          action=${comments}
        ></kq-comment-thread>
      </main>
      <aside>
        <kq-related-articles adapter="wordpress" src=${related}></kq-related-articles>
      </aside>
    </div>`;
  } catch (error) {
    return message(base, error);
  }
}

const meta: Meta<Args> = {
  title: 'Data sources/WordPress',
  args: { site: SITE, lang: 'fr' },
  argTypes: {
    site: { control: 'text', description: 'The WordPress site (its REST API is read with `?rest_route=`)' },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) => html`${until(page(args), html`<p role="status">Connecting to ${args.site}…</p>`)}`,
  parameters: { layout: 'padded' },
};
export default meta;

/** The seed page from a live WordPress: card, related posts and comments, with paging and the reply form. */
export const SeedPage: StoryObj<Args> = {};

/** The same in English: WordPress gives the data, kiosque the language. */
export const English: StoryObj<Args> = { args: { lang: 'en' } };
