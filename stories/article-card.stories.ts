import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VARIANTS } from '../src/components/article-card/article-card.js';
import type { Article } from '../src/internal/article.js';
import PHOTO from './assets/las-terrenas.svg?no-inline';

const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

const TITLE = 'Les nomades numériques ringardisent l’image des expatriés';
const STANDFIRST =
  'Souvent jeunes et célibataires sans enfant, se jouant des frontières et des distances, ces entrepreneurs du ' +
  'digital n’ont besoin que d’un ordinateur et une liaison internet haut débit pour faire tourner leur petite ' +
  'entreprise. Reportage en République dominicaine, eldorado des nomades numériques.';
const BODY_1 =
  'Il a eu un vrai coup de cœur. Bertrand Millet va rester quelques semaines à «Las Terrenas», dans le nord sauvage ' +
  'de la République dominicaine. Un coin perdu où le Français s’est tout de suite senti chez lui : « J’ai trouvé ' +
  'tout ce que je cherchais : une communauté de francophones qui fait la même chose que moi et des Dominicains. Je ' +
  'vais au club de sport avec eux, je fais de la danse avec des locaux et je joue au poker avec des Français». ' +
  'Depuis neuf ans, le Français est nomade digital. Il a développé une dizaine d’entreprises, toutes sur internet et ' +
  'centrées autour du marketing en ligne. À raison de quelques heures par jour, il travaille n’importe où sur la ' +
  'planète à condition d’avoir une connexion internet haut débit. Ses clients sont de petits entrepreneurs ou de ' +
  'belles PME, éparpillées, comme lui, partout dans le monde.';
const BODY_2 =
  'Plus que quiconque, Bertrand Millet fait donc partie de cette nouvelle génération de nomades digitaux. «La ' +
  'dimension qu’on ne soupçonne pas, ajoute-t-il, c’est à quel point cette communauté est importante. On se retrouve ' +
  'à avoir des amis virtuels qu’on a déjà, ou pas, rencontrés, un peu partout dans le monde, donc on n’est jamais ' +
  'vraiment seul. Ici, la dernière fois, on était dix-huit à table et encore il n’y avait pas tout le monde !»';
const LONG_TITLE =
  'Sécurité dans le monde : gros plan sur les zones de vigilance du 13 au 18 novembre, avec les conseils du Quai ' +
  'd’Orsay aux voyageurs, aux expatriés et aux étudiants partis en échange universitaire';

interface Args {
  variant: string;
  href: string;
  headline: string;
  category?: string;
  'category-url'?: string;
  standfirst?: string;
  src?: string;
  width?: number;
  height?: number;
  alt?: string;
  caption?: string;
  credit?: string;
  author?: string;
  published?: string;
  'reading-minutes'?: number;
  'heading-level'?: number;
  priority: boolean;
  microdata: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Article card',
  component: 'kq-article-card',
  args: {
    variant: 'card',
    href: 'https://www.example.com/nomades-numeriques',
    headline: TITLE,
    category: 'Actualités internationales',
    'category-url': 'https://www.example.com/actualites-internationales',
    standfirst: STANDFIRST,
    src: PHOTO,
    width: 1200,
    height: 675,
    alt: 'Une plage de Las Terrenas, un ordinateur portable posé sur le sable',
    caption: 'Las Terrenas, dans le nord de la République dominicaine.',
    credit: 'Kiosque',
    author: 'Marie Martin',
    published: ago(4 * DAY),
    'reading-minutes': 4,
    priority: false,
    microdata: false,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: VARIANTS },
    'heading-level': { control: 'select', options: [undefined, 1, 2, 3, 4, 5, 6] },
  },
  render: (a) =>
    html`<div style="max-width: ${a.variant === 'header' ? '44rem' : a.variant === 'horizontal' ? '36rem' : '22rem'}">
      <kq-article-card
        variant=${a.variant}
        href=${a.href}
        headline=${a.headline}
        category=${ifDefined(a.category)}
        category-url=${ifDefined(a['category-url'])}
        standfirst=${ifDefined(a.standfirst)}
        src=${ifDefined(a.src)}
        width=${ifDefined(a.width)}
        height=${ifDefined(a.height)}
        alt=${ifDefined(a.alt)}
        caption=${ifDefined(a.caption)}
        credit=${ifDefined(a.credit)}
        author=${ifDefined(a.author)}
        published=${ifDefined(a.published)}
        reading-minutes=${ifDefined(a['reading-minutes'])}
        heading-level=${ifDefined(a['heading-level'])}
        ?priority=${a.priority}
        ?microdata=${a.microdata}
      ></kq-article-card>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The vertical teaser: one link (the headline) stretched over the whole card. */
export const Card: Story = {};
export const Horizontal: Story = { args: { variant: 'horizontal' } };
/** Category, date and title only, as in the seed page's "À lire aussi" list. */
export const Compact: Story = {
  args: {
    variant: 'compact',
    headline: 'Vivre ailleurs, sur RFI : « L’impact de l’élection de Donald Trump sur les expatriés aux États-Unis »',
    category: 'Actualités politiques',
  },
};
/** The top of an article page: kicker (linked), h1, standfirst, byline, date, lead image with caption and credit. */
export const Header: Story = { args: { variant: 'header', priority: true } };
export const HeaderWithMicrodata: Story = { args: { variant: 'header', priority: true, microdata: true } };
export const English: Story = {
  args: {
    headline: 'Digital nomads make the expat image look dated',
    category: 'World news',
    standfirst: 'Often young and single, these online entrepreneurs need only a laptop and a fast connection.',
    author: 'Mary Martin',
    alt: 'A beach in Las Terrenas',
  },
  parameters: { lang: 'en' },
};
export const EnglishHeader: Story = {
  ...English,
  args: { ...English.args, variant: 'header', caption: 'Las Terrenas, Dominican Republic.' },
};
export const Dark: Story = { parameters: { theme: 'dark' } };
export const DarkHeader: Story = { args: { variant: 'header' }, parameters: { theme: 'dark' } };
export const DarkHorizontal: Story = { args: { variant: 'horizontal' }, parameters: { theme: 'dark' } };
/** Right to left: the layout mirrors (image on the right in `horizontal`). */
export const RightToLeft: Story = {
  args: {
    variant: 'horizontal',
    headline: 'الرحالة الرقميون يغيرون صورة المغتربين',
    category: 'أخبار دولية',
    standfirst: 'غالبًا ما يكونون شبابًا، لا يحتاجون إلا إلى حاسوب واتصال سريع بالإنترنت.',
    author: 'مريم',
    alt: '',
  },
  parameters: { lang: 'ar' },
};
export const RightToLeftHeader: Story = { ...RightToLeft, args: { ...RightToLeft.args, variant: 'header' } };
export const LongTitle: Story = { args: { headline: LONG_TITLE } };
export const LongTitleHorizontal: Story = { args: { variant: 'horizontal', headline: LONG_TITLE } };
export const LongTitleCompact: Story = { args: { variant: 'compact', headline: LONG_TITLE } };
/** No image: the text takes the whole card. */
export const MissingImage: Story = { args: { src: undefined } };
export const MissingImageHorizontal: Story = { args: { variant: 'horizontal', src: undefined } };
/** An image that fails to load is removed: no broken-image icon. */
export const BrokenImage: Story = { args: { src: '/this-image-does-not-exist.jpg' } };
/** `javascript:` link and `data:` image are dropped (one console warning each); markup in the title is text. */
export const HostileInput: Story = {
  args: {
    href: 'javascript:alert(1)',
    src: 'data:image/svg+xml,<svg/>',
    headline: '<img src=x onerror=alert(1)> Titre piégé',
  },
};
export const HeadingLevel2: Story = { args: { 'heading-level': 2 } };
export const MinimalData: Story = {
  args: { category: undefined, standfirst: undefined, src: undefined, author: undefined, 'reading-minutes': undefined },
};

/** Server-rendered markup, shown as is until data arrives (what readers without JavaScript and crawlers see). */
export const ServerRenderedFallback: Story = {
  render: () =>
    html`<div style="max-width: 22rem">
      <kq-article-card>
        <p>Actualités internationales</p>
        <h3><a href="https://www.example.com/nomades-numeriques">${TITLE}</a></h3>
        <p>${STANDFIRST}</p>
      </kq-article-card>
    </div>`,
};

const article = (over: Partial<Article>): Article => ({
  url: 'https://www.example.com/article',
  title: TITLE,
  category: 'Actualités internationales',
  published: ago(4 * DAY),
  image: { src: PHOTO, alt: '', width: 1200, height: 675 },
  ...over,
});

/** Data from the `article` property; each card has exactly one tab stop. */
export const FromArticleProperty: Story = {
  render: () =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem">
      ${[
        article({
          title: 'Quels sont les droits à la retraite si l’on part travailler à l’étranger ?',
          category: 'Vie pratique',
          published: ago(8 * DAY),
          readingMinutes: 6,
        }),
        article({
          title: 'Import-export : qu’est-ce que le Mercosur ?',
          category: 'Actualités économiques',
          published: ago(5 * DAY),
          image: undefined,
        }),
        article({
          title: 'Cinq bonnes raisons de devenir volontaire international !',
          category: 'Etudier et travailler',
          published: ago(6 * DAY),
          author: 'Paul Durand',
        }),
      ].map((a) => html`<kq-article-card .article=${a}></kq-article-card>`)}
    </div>`,
};

/** Reading time computed from the body (230 words a minute), in the element's language. */
export const ReadingTimeFromBody: Story = {
  args: { variant: 'header', 'reading-minutes': undefined },
  render: (a) =>
    html`<div style="max-width: 44rem">
      <kq-article-card
        variant="header"
        headline=${a.headline}
        category=${ifDefined(a.category)}
        standfirst=${ifDefined(a.standfirst)}
        published=${ifDefined(a.published)}
      >
        <p slot="body">${BODY_1}</p>
        <p slot="body">${BODY_2}</p>
      </kq-article-card>
    </div>`,
};

/** The top of the seed page, built from kiosque components: kicker, headline, standfirst, body, contact line. */
export const SeedArticleHeader: Story = {
  parameters: { lang: 'fr' },
  render: () =>
    html`<main lang="fr" style="max-width: 44rem; line-height: 1.6">
      <kq-article-card
        variant="header"
        microdata
        priority
        href="https://www.example.com/nomades-numeriques"
        category="Actualités internationales"
        category-url="https://www.example.com/actualites-internationales"
        headline=${TITLE}
        standfirst=${STANDFIRST}
        published=${ago(4 * DAY)}
        src=${PHOTO}
        width="1200"
        height="675"
        alt="Une plage de Las Terrenas, un ordinateur portable posé sur le sable"
        caption="Las Terrenas, dans le nord sauvage de la République dominicaine."
      >
        <p slot="body">${BODY_1}</p>
        <p slot="body">${BODY_2}</p>
        <p slot="body">
          <kq-contact-link user="bertrand" domain="marketing-mentalist.com"
            >Lui écrire : bertrand [at] marketing-mentalist [dot] com</kq-contact-link
          >
        </p>
      </kq-article-card>
    </main>`,
};
