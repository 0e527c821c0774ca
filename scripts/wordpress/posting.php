<?php
// What the posting tests need (seed.php requires it, after the article): returns the ids it adds
// to the seed's JSON.

// A word WordPress refuses (Settings → Discussion, "Disallowed Comment Keys"): a comment holding it
// is saved straight to the trash, and the REST API answers 201 with `status: "trash"`.
update_option('disallowed_keys', 'kq-mot-interdit');

// A post whose comments are closed: WordPress answers a new comment with 403 `rest_comment_closed`.
$closedPost = wp_insert_post([
  'post_title' => 'Commentaires fermés', 'post_content' => '<p>Les commentaires de cet article sont fermés.</p>',
  'post_status' => 'publish', 'post_author' => 1, 'comment_status' => 'closed',
], true);
if (is_wp_error($closedPost)) { fwrite(STDERR, $closedPost->get_error_message()); exit(1); }

return ['closedPost' => $closedPost, 'disallowed' => 'kq-mot-interdit'];
