<?php
// Seeds the site once it is installed, through WordPress's own functions, and prints one line of
// JSON: the ids the tests need. The seed page's relative dates ("il y a 4 jours") are counted from
// KQ_NOW (else now: see load.php); the comment from "ms" is 3 August 2021, 11:24 in Paris (09:24 UTC).
require __DIR__ . '/load.php';
kses_remove_filters(); // hostile content is stored as it is, on purpose
update_option('require_name_email', 0); // the comment form asks a name, not an e-mail
// WordPress's defaults otherwise: a comment from someone without an approved one is held.
update_option('thread_comments_depth', 10);
update_option('comments_per_page', 50);
update_option('timezone_string', 'Europe/Paris');
update_option('permalink_structure', ''); // php -S has no rewrites: links read /?p=ID
update_option('show_avatars', 1);
remove_all_actions('comment_post');
remove_all_filters('pre_comment_approved');

$media = getenv('KQ_MEDIA_DIR');
$cat = function ($name) {
  $term = term_exists($name, 'category');
  if (!$term) $term = wp_insert_term($name, 'category');
  return (int) $term['term_id'];
};
$image = function ($slug, $label, $hue) use ($media) {
  $svg = "<svg xmlns='http://www.w3.org/2000/svg' width='600' height='400' viewBox='0 0 600 400'>"
    . "<rect width='600' height='400' fill='hsl($hue 45% 55%)'/>"
    . "<text x='300' y='215' font-family='sans-serif' font-size='36' text-anchor='middle' fill='#fff'>"
    . htmlspecialchars($label) . '</text></svg>';
  file_put_contents("$media/$slug.svg", $svg);
  $id = wp_insert_attachment([
    'post_title' => $label, 'post_mime_type' => 'image/svg+xml', 'post_status' => 'inherit',
    'guid' => home_url("/wp-content/uploads/kq-media/$slug.svg"),
  ]);
  update_post_meta($id, '_wp_attached_file', "kq-media/$slug.svg");
  update_post_meta($id, '_wp_attachment_image_alt', $label);
  wp_update_attachment_metadata($id, ['width' => 600, 'height' => 400, 'file' => "kq-media/$slug.svg", 'sizes' => []]);
  return $id;
};
file_put_contents(
  "$media/avatar.svg",
  "<svg xmlns='http://www.w3.org/2000/svg' width='96' height='96'><circle cx='48' cy='48' r='48' fill='#8a9'/></svg>"
);
$tag = wp_insert_term('Expatriation', 'post_tag')['term_id'];
$addPost = function ($title, $category, $days, $content = '', $excerpt = '') use ($cat, $tag) {
  $id = wp_insert_post([
    'post_title' => $title, 'post_content' => $content ?: "<p>$title</p>", 'post_excerpt' => $excerpt,
    'post_status' => 'publish', 'post_author' => 1, 'post_category' => [$cat($category)],
    'comment_status' => 'open', 'tags_input' => [],
  ], true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
  // Dated afterwards: a date after the machine's clock (KQ_NOW ahead) would make it a scheduled post.
  kq_set_date($id, kq_ago($days));
  wp_set_post_terms($id, [$tag], 'post_tag');
  return $id;
};

$article = $addPost(
  'Les nomades numériques ringardisent l’image des expatriés', 'Actualités internationales', 1200,
  '<p>Il a eu un vrai coup de cœur. Bertrand Millet va rester quelques semaines à «Las Terrenas», '
    . 'dans le nord sauvage de la République dominicaine.</p>',
  'Souvent jeunes et célibataires sans enfant, se jouant des frontières et des distances, ces entrepreneurs du '
    . 'digital n’ont besoin que d’un ordinateur et une liaison internet haut débit pour faire tourner leur petite '
    . 'entreprise.'
);
// Published 30 July 2021, never updated since (wp_update_post would stamp "modified" with now).
kq_set_date($article, '2021-07-30 08:00:00');
wp_update_user(['ID' => 1, 'display_name' => 'La rédaction']);
set_post_thumbnail($article, $image('las-terrenas', 'Las Terrenas', 190));

// The eight related posts of the seed page, in its order, with their categories and ages.
$related = require __DIR__ . '/related.php';
$relatedIds = [];
foreach ($related as $i => [$title, $category, $days]) {
  $id = $addPost($title, $category, $days, '', "Résumé : $title");
  set_post_thumbnail($id, $image("related-$i", $category, 30 * $i));
  $relatedIds[] = $id;
}

// A post whose stored title and excerpt are hostile (another tag: the related list stays the seed's).
$hostilePost = wp_insert_post([
  'post_title' => 'Piège <script>window.kqPwned=1</script><img src=x onerror="window.kqPwned=2"> &amp; Cie',
  'post_status' => 'publish', 'post_content' => '<p>x</p>',
  'post_excerpt' => '<img src=x onerror="window.kqPwned=3">Résumé piégé', 'post_author' => 1,
  'post_category' => [$cat('Actualités internationales')], 'tags_input' => ['Piège'],
]);

$addComment = function ($postId, $author, $content, $gmt, $extra = []) {
  $id = wp_insert_comment(array_merge([
    'comment_post_ID' => $postId, 'comment_author' => $author, 'comment_author_email' => '',
    'comment_content' => $content, 'comment_date_gmt' => $gmt, 'comment_date' => get_date_from_gmt($gmt),
    'comment_approved' => 1, 'comment_type' => 'comment',
  ], $extra));
  if (!$id) { fwrite(STDERR, "comment failed\n"); exit(1); }
  return $id;
};

$ms = $addComment(
  $article,
  'ms',
  'Sans doute n’etes vous pas au courant mais nombreux sont les expatries les afssociations qui utilisent aussi '
    . 'internet!. Bravo a ces jeunes mais comme vous le soulignez ils sont en general celibataires, sans famille et ” '
    . 'profitent de toutes les avancées qui ont été obtenues par les Francais de l’étranger. Ils y viendront encore '
    . 'plus s’ils veulent rester a l#etranger lorsqu’il auront des attaches. et surtout comme on l’a vu a l’occasion '
    . 'de la crise, ils ne s’engagent a rien , sont independants mais lorsqu’un probleme surgit ils s’adressent '
    . 'immediatement aux consulat ou a certains élus!',
  '2021-08-03 09:24:00'
);
$reply = $addComment(
  $article,
  'Bertrand Millet',
  'Merci pour ce retour ! Les associations et les consulats restent précieux, nomades ou non.',
  '2021-08-03 14:02:00',
  ['comment_parent' => $ms, 'comment_author_url' => 'https://marketing-mentalist.example/']
);
$pending = $addComment(
  $article, 'Visiteur en attente', 'Un commentaire qui attend la modération.', '2021-08-04 08:00:00',
  ['comment_approved' => 0]
);
// Hostile content, stored as it is: the REST API hands it out in content.rendered and author_url.
$hostile = $addComment(
  $article,
  'Mallory <b>Hacker</b>',
  '<p>Bonjour <script>window.kqPwned=4</script><img src="x" onerror="window.kqPwned=5"> '
    . '<a href="javascript:window.kqPwned=6">clic</a> <strong>gras</strong></p>',
  '2021-08-04 10:00:00',
  ['comment_author_url' => 'javascript:window.kqPwned=7']
);
// 60 more, one hour apart, for paging.
for ($i = 1; $i <= 60; $i++) {
  $gmt = gmdate('Y-m-d H:i:s', strtotime('2021-08-05 00:00:00 UTC') + $i * 3600);
  $addComment($article, "Lecteur $i", "Commentaire numéro $i.", $gmt);
}

// A subscriber, to post as a logged-in reader (with a REST nonce).
$reader = wp_insert_user([
  'user_login' => 'lecteur', 'user_pass' => 'kiosque-lecteur', 'user_email' => 'lecteur@example.com',
  'display_name' => 'Lecteur Connecté', 'role' => 'subscriber',
]);
// …with an approved comment elsewhere, so that theirs are published at once (not on the article: its
// counts stay the seed's).
$addComment(
  $relatedIds[0], 'Lecteur Connecté', 'Un premier commentaire approuvé.', '2021-08-01 10:00:00',
  ['user_id' => $reader, 'comment_author_email' => 'lecteur@example.com']
);

// The posting tests' disallowed word and post with comments closed.
$posting = require __DIR__ . '/posting.php';

echo json_encode([
  'article' => $article, 'related' => $relatedIds, 'tag' => (int) $tag, 'hostilePost' => $hostilePost,
  'comments' => 64, 'approved' => 63, 'ms' => $ms, 'reply' => $reply, 'pending' => $pending,
  'hostile' => $hostile,
  'reader' => $reader, 'categories' => array_map(fn($r) => $r[1], $related),
] + $posting), "\n";
