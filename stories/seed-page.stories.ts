import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import pageStyles from '../examples/seed/seed.css?inline';
import { seedComment } from '../test/server/comments-seed.mjs';
import { CURRENT_URL, SEED_TEXT, seedArticles } from '../test/server/related-seed.mjs';

/*
 * The seed page (examples/seed/index.html) as a story: the same markup and the same stylesheet
 * (examples/seed/seed.css), with the server-rendered fallbacks inside each element. The elements
 * are registered by .storybook/preview.ts; here the dates are real ("il y a 4 jours" from now),
 * so no date shifting is needed.
 */

const HEADLINE = 'Les nomades numériques ringardisent l’image des expatriés';
const STANDFIRST =
  'Souvent jeunes et célibataires sans enfant, se jouant des frontières et des distances, ces entrepreneurs du digital n’ont besoin que d’un ordinateur et une liaison internet haut débit pour faire tourner leur petite entreprise. Reportage en République dominicaine, eldorado des nomades numériques.';
const CATEGORY_URL = 'https://lepetitjournal.example/rubrique/actualites-internationales/';
const BODY = [
  'Il a eu un vrai coup de cœur. Bertrand Millet va rester quelques semaines à «Las Terrenas», dans le nord sauvage de la République dominicaine. Un coin perdu où le Français s’est tout de suite senti chez lui : « J’ai trouvé tout ce que je cherchais : une communauté de francophones qui fait la même chose que moi et des Dominicains. Je vais au club de sport avec eux, je fais de la danse avec des locaux et je joue au poker avec des Français». Depuis neuf ans, le Français est nomade digital. Il a développé une dizaine d’entreprises, toutes sur internet et centrées autour du marketing en ligne. À raison de quelques heures par jour, il travaille n’importe où sur la planète à condition d’avoir une connexion internet haut débit. Ses clients sont de petits entrepreneurs ou de belles PME, éparpillées, comme lui, partout dans le monde.',
  'Plus que quiconque, Bertrand Millet fait donc partie de cette nouvelle génération de nomades digitaux. «La dimension qu’on ne soupçonne pas, ajoute-t-il, c’est à quel point cette communauté est importante. On se retrouve à avoir des amis virtuels qu’on a déjà, ou pas, rencontrés, un peu partout dans le monde, donc on n’est jamais vraiment seul. Ici, la dernière fois, on était dix-huit à table et encore il n’y avait pas tout le monde !»',
];

/** The comment's date as the server prints it in Paris (the element shows the same, localized). */
const COMMENT_DATE = '3 août 2021 à 11:24';

function seedPage() {
  const articles = seedArticles(Date.now()).map(({ id, url, title, category, published }) => ({ id, url, title, category, published }));
  return html`<style>
      ${unsafeCSS(pageStyles)}
    </style>
    <div class="page" lang="fr">
      <article>
        <kq-article-card
          variant="header"
          microdata
          href=${CURRENT_URL}
          category="Actualités internationales"
          category-url=${CATEGORY_URL}
          headline=${HEADLINE}
          standfirst=${STANDFIRST}
        >
          <header class="fallback-header">
            <p class="kicker"><a href=${CATEGORY_URL}>Actualités internationales</a></p>
            <h1>${HEADLINE}</h1>
            <p class="standfirst">${STANDFIRST}</p>
          </header>
        </kq-article-card>
        <div class="article-body">
          ${BODY.map((p) => html`<p>${p}</p>`)}
          <p class="contact">
            <kq-contact-link user="bertrand" domain="marketing-mentalist.com" subject="Les nomades numériques"
              >Lui écrire&nbsp;: bertrand [at] marketing-mentalist [dot] com</kq-contact-link
            >
          </p>
        </div>
      </article>

      <aside>
        <kq-related-articles exclude=${CURRENT_URL}>
          <script type="application/json">
            ${JSON.stringify({ items: articles })}
          </script>
          <section class="fallback-related" aria-labelledby="related-heading">
            <h2 id="related-heading">À lire aussi</h2>
            <ul>
              ${articles.map(
                (a, i) =>
                  html`<li>
                    <span
                      ><span class="meta"
                        ><span class="category">${a.category}</span>
                        <kq-relative-time datetime=${a.published}><time datetime=${a.published}>${SEED_TEXT[i][1]}</time></kq-relative-time></span
                      >
                      <a href=${a.url}>${a.title}</a></span
                    >
                  </li>`,
              )}
            </ul>
          </section>
        </kq-related-articles>
      </aside>

      <div class="comments">
        <kq-comment-thread time-zone="Europe/Paris" closed>
          <script type="application/json">
            ${JSON.stringify({ items: [seedComment] })}
          </script>
          <section class="fallback-comments" aria-labelledby="comments-heading">
            <h2 id="comments-heading">1 commentaire</h2>
            <ol>
              <li>
                <article id="comment-${seedComment.id}">
                  <header class="meta">
                    <span class="avatar" aria-hidden="true">M</span>
                    <span class="author">${seedComment.author.name}</span>
                    <a href="#comment-${seedComment.id}"><time datetime=${new Date(seedComment.published).toISOString()}>${COMMENT_DATE}</time></a>
                  </header>
                  <div class="body"><p>${seedComment.body}</p></div>
                </article>
              </li>
            </ol>
            <p class="message">Les commentaires sont fermés.</p>
          </section>
        </kq-comment-thread>
      </div>
    </div>`;
}

const meta: Meta = {
  title: 'Pages/Seed page',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen', lang: 'fr' },
  render: seedPage,
};
export default meta;
type Story = StoryObj;

/** The seed page, built from the five elements: article header, body, contact line, "À lire aussi", the comment. */
export const SeedPage: Story = {};
/** The same page in the dark colour scheme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
