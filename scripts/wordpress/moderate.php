<?php
// A moderator's actions for the tests (test/wordpress/moderator.mjs runs it through
// runWordPressScript), through WordPress's own functions. KQ_ACTION is:
//   thread   a new post, comments open, with one approved comment per UTC date of KQ_DATES
//            (comma-separated, oldest first; equal dates are comments of the same second); prints
//            the post's id and its comments' ids, in that order
//   trash    moves comment KQ_COMMENT to the trash, as "Trash" in wp-admin does
//   approve  approves comment KQ_COMMENT, as "Approve" in wp-admin does
require __DIR__ . '/load.php';

$action = getenv('KQ_ACTION');
if ($action === 'thread') {
  $post = wp_insert_post([
    'post_title' => 'Fil de test ' . wp_generate_password(8, false), 'post_content' => '<p>Un fil de test.</p>',
    'post_status' => 'publish', 'post_author' => 1, 'comment_status' => 'open',
  ], true);
  if (is_wp_error($post)) { fwrite(STDERR, $post->get_error_message()); exit(1); }
  $comments = [];
  foreach (array_filter(explode(',', (string) getenv('KQ_DATES'))) as $i => $date) {
    $gmt = gmdate('Y-m-d H:i:s', strtotime("$date UTC"));
    $comments[] = wp_insert_comment([
      'comment_post_ID' => $post, 'comment_author' => 'Lecteur ' . ($i + 1), 'comment_author_email' => '',
      'comment_content' => 'Commentaire ' . ($i + 1) . '.', 'comment_date_gmt' => $gmt,
      'comment_date' => get_date_from_gmt($gmt), 'comment_approved' => 1, 'comment_type' => 'comment',
    ]);
  }
  echo json_encode(['post' => $post, 'comments' => $comments]), "\n";
} elseif ($action === 'trash' || $action === 'approve') {
  $id = (int) getenv('KQ_COMMENT');
  $done = $action === 'trash' ? wp_trash_comment($id) : wp_set_comment_status($id, 'approve');
  if (!$done) { fwrite(STDERR, "$action $id failed\n"); exit(1); }
  echo json_encode(['comment' => $id, 'status' => wp_get_comment_status($id)]), "\n";
} else {
  fwrite(STDERR, "KQ_ACTION: thread, trash or approve\n");
  exit(2);
}
