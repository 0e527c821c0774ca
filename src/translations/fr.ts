import type { Translation, TranslationPart } from './translation.js';

const onDate = (date: string) => `le ${date}`;

/** The strings of <kq-relative-time> alone, so that its standalone bundle carries no others. */
export const relativeTime: TranslationPart = { $code: 'fr', onDate };

/** No-break space (espace insécable), required before ":" in French typography. */
const NBSP = '\u00a0';

const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  onDate,

  writeTo: `Lui écrire${NBSP}:`,
  copyAddress: 'Copier l’adresse',
  addressCopied: 'Adresse copiée',
  copyFailed: 'Copie impossible : sélectionnez l’adresse pour la copier',

  byAuthor: (name) => `Par ${name}`,
  readingTime: (minutes) => `${minutes}${NBSP}min de lecture`,
  updatedOn: (date) => `Mis à jour ${date}`,
  photoCredit: (credit) => `© ${credit}`,

  relatedHeading: 'À lire aussi',
  loading: 'Chargement…',
  emptyArticles: 'Aucun article à afficher pour le moment.',
  loadError: 'Le chargement a échoué.',
  retry: 'Réessayer',

  commentCount: (count) => (count < 2 ? `${count} commentaire` : `${count} commentaires`),
  commentsHeading: 'Commentaires',
  loadMoreComments: 'Voir plus de commentaires',
  reply: 'Répondre',
  inReplyTo: (name) => `en réponse à ${name}`,
  pending: 'En attente de modération',
  deleted: 'Ce commentaire a été supprimé.',
  showReplies: (count) => (count < 2 ? `Afficher ${count} réponse` : `Afficher ${count} réponses`),
  hideReplies: (count) => (count < 2 ? `Masquer ${count} réponse` : `Masquer ${count} réponses`),
  sortBy: 'Trier par',
  sortOldest: 'Plus anciens',
  sortNewest: 'Plus récents',
  sortTop: 'Les plus appréciés',
  yourName: 'Votre nom',
  yourComment: 'Votre commentaire',
  publish: 'Publier',
  cancel: 'Annuler',
  nameRequired: 'Indiquez votre nom.',
  bodyRequired: 'Écrivez votre commentaire.',
  sendFailed: 'L’envoi a échoué. Votre texte est conservé.',
  unauthorized: 'Connectez-vous pour commenter.',
  sendRejected: 'Votre commentaire n’a pas été accepté. Votre texte est conservé.',
  sendDuplicate: 'Vous avez déjà envoyé ce commentaire.',
  closed: 'Les commentaires sont fermés.',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  linkCopyFailed: 'Copie impossible : le lien est dans la barre d’adresse',
  noComments: 'Aucun commentaire pour le moment.',
  likes: (count) => (count < 2 ? `${count} j’aime` : `${count} j’aime`),
  anonymous: 'Anonyme',
  you: 'Vous',
};

export default fr;
