// The eight related articles of the seed page (seed/article-fr.txt), with `published` dates
// relative to `now` so that they read as on the page: "il y a 4 jours", "il y a 1 semaine"…
// Pure data: imported by the test server (Node), by the tests and by the stories (browser).
const DAY = 86_400_000;
const SITE = 'https://lepetitjournal.example';

export const SEED = [
  [
    'Actualités politiques',
    4,
    'Vivre ailleurs, sur RFI : « L’impact de l’élection de Donald Trump sur les expatriés aux États-Unis »',
    'vivre-ailleurs-rfi-trump-expatries',
  ],
  [
    'Vie pratique',
    7,
    'Quels sont les droits à la retraite si l’on part travailler à l’étranger ?',
    'droits-retraite-travailler-etranger',
  ],
  ['Actualités économiques', 5, 'Import-export : qu’est-ce que le Mercosur ?', 'import-export-mercosur'],
  [
    'Etudier et travailler',
    6,
    'Cinq bonnes raisons de devenir volontaire international !',
    'raisons-volontaire-international',
  ],
  [
    'Actualités internationales',
    8,
    'Sécurité dans le monde : gros plan sur les zones de vigilance du 13 au 18 novembre',
    'securite-zones-vigilance',
  ],
  [
    'Actualités internationales',
    9,
    'AEFE : les élèves du lycée français de Valence solidaires des victimes des inondations',
    'aefe-lycee-valence-inondations',
  ],
  [
    'Actualités internationales',
    4,
    'Les inscriptions pour la 10è édition des Jeux de la francophonie sont ouvertes !',
    'jeux-francophonie-inscriptions',
  ],
  [
    'Actualités internationales',
    6,
    'Les derniers conseils aux voyageurs du Quai d’Orsay',
    'conseils-voyageurs-quai-orsay',
  ],
];

/** What the seed page shows, in order: [category, "il y a …", title]. */
export const SEED_TEXT = SEED.map(([category, days, title]) => [
  category,
  days < 7 ? `il y a ${days} jours` : 'il y a 1 semaine',
  title,
]);
export const SEED_TEXT_EN = SEED.map(([category, days, title]) => [
  category,
  days < 7 ? `${days} days ago` : '1 week ago',
  title,
]);

/** The current article of the seed page (to test `exclude`). */
export const CURRENT_URL = `${SITE}/nomades-numeriques-expatries/`;

/**
 * The seed's articles as Article objects. `image` is a thumbnail URL prefix (e.g. the test
 * server's `/api/related/thumb.svg`); `label` prefixes every title (to tell two answers apart).
 */
export function seedArticles(now = Date.now(), { image, label = '' } = {}) {
  return SEED.map(([category, days, title, slug], i) => ({
    id: i + 1,
    url: `${SITE}/${slug}/`,
    title: `${label}${title}`,
    category,
    categoryUrl: `${SITE}/rubrique/${encodeURIComponent(category.toLowerCase())}/`,
    published: new Date(now - days * DAY).toISOString(),
    ...(image
      ? {
          standfirst: `${category} — ${title.slice(0, 40)}…`,
          image: {
            src: `${image}?w=192&i=${i}`,
            srcset: `${image}?w=192&i=${i} 192w, ${image}?w=384&i=${i} 384w`,
            width: 192,
            height: 128,
            alt: title,
          },
        }
      : {}),
  }));
}

/**
 * Bad items mixed into good ones: one without a title, one without a URL, one with a javascript: URL, one with an
 * unsafe image.
 */
export function badArticles(now = Date.now()) {
  const [a, b] = seedArticles(now);
  return [
    a,
    { url: `${SITE}/sans-titre/`, published: a.published },
    { title: 'Sans adresse', published: a.published },
    { title: 'Piège', url: 'javascript:alert(1)', published: a.published },
    { ...b, image: { src: 'javascript:alert(2)', alt: '' } },
  ];
}
