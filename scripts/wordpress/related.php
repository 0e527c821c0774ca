<?php
// The seed page's eight related posts, in its order: title, category, age in days.
return [
  [
    'Vivre ailleurs, sur RFI : « L’impact de l’élection de Donald Trump sur les expatriés aux États-Unis »',
    'Actualités politiques',
    4,
  ],
  ['Quels sont les droits à la retraite si l’on part travailler à l’étranger ?', 'Vie pratique', 7],
  ['Import-export : qu’est-ce que le Mercosur ?', 'Actualités économiques', 5],
  ['Cinq bonnes raisons de devenir volontaire international !', 'Etudier et travailler', 6],
  ['Sécurité dans le monde : gros plan sur les zones de vigilance du 13 au 18 novembre', 'Actualités internationales',
    7.5],
  ['AEFE : les élèves du lycée français de Valence solidaires des victimes des inondations',
    'Actualités internationales', 8],
  ['Les inscriptions pour la 10è édition des Jeux de la francophonie sont ouvertes !', 'Actualités internationales',
    4.2],
  ['Les derniers conseils aux voyageurs du Quai d’Orsay', 'Actualités internationales', 6.2],
];
