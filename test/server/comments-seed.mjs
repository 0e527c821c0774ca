// The seed page's comment and a few replies, shared by the test server, the tests and the stories.
export const SEED_BODY =
  'Sans doute n’etes vous pas au courant mais nombreux sont les expatries les afssociations qui utilisent aussi ' +
  'internet!. Bravo a ces jeunes mais comme vous le soulignez ils sont en general celibataires, sans famille et ” ' +
  'profitent de toutes les avancées qui ont été obtenues par les Francais de l’étranger. Ils y viendront encore plus ' +
  's’ils veulent rester a l#etranger lorsqu’il auront des attaches. et surtout comme on l’a vu a l’occasion de la ' +
  'crise, ils ne s’engagent a rien , sont independants mais lorsqu’un probleme surgit ils s’adressent immediatement ' +
  'aux consulat ou a certains élus!';

/** "ms", 3 August 2021 at 11:24 in Paris. */
export const seedComment = {
  id: '1842',
  author: { name: 'ms' },
  published: '2021-08-03T11:24:00+02:00',
  body: SEED_BODY,
  status: 'published',
};

/** A small conversation under the seed comment (dates after it, likes for "top"). */
export function seedThread() {
  return [
    seedComment,
    {
      id: '1843',
      parentId: '1842',
      author: { name: 'Bertrand Millet', url: 'https://marketing-mentalist.com/' },
      published: '2021-08-03T14:02:00+02:00',
      body: 'Merci pour ce retour.\nLes associations sont précieuses, bien sûr.',
      likes: 4,
    },
    {
      id: '1844',
      parentId: '1843',
      author: { name: 'Claire Dupont', avatar: '/api/comments/avatar.svg' },
      published: '2021-08-04T09:15:00+02:00',
      body: 'Tout à fait d’accord.\n\nVoir https://www.lepetitjournal.com/expat.',
      likes: 1,
    },
    {
      id: '1845',
      parentId: '1844',
      author: { name: 'ms' },
      published: '2021-08-04T10:00:00+02:00',
      body: 'Un quatrième niveau de réponse.',
    },
    {
      id: '1846',
      author: { name: 'Julie' },
      published: '2021-08-05T08:30:00+02:00',
      body: 'Très bon reportage, merci !',
      likes: 12,
    },
    { id: '1847', author: { name: 'Karim' }, published: '2021-08-02T18:45:00+02:00', body: 'Premier !', likes: 0 },
  ];
}
