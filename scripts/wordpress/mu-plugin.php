<?php
// kiosque's test sites only (scripts/wordpress.mjs copies it into the site's own WPMU_PLUGIN_DIR).

// Anonymous REST comments (the one-line plugin of docs/adapters.md), except for requests the test
// server marks as coming from a site that requires sign-in: that is how the tests get WordPress's
// own 401 from the same site.
add_filter('rest_allow_anonymous_comments', function () {
  return empty($_SERVER['HTTP_X_KQ_LOGIN_REQUIRED']);
});

// Tests post several comments a second from one address: no flood check.
add_filter('wp_is_comment_flood', '__return_false', 99);

// Avatars from the site itself: the test machines have no other network.
add_filter('pre_get_avatar_data', function ($args) {
  $args['url'] = home_url('/wp-content/uploads/kq-media/avatar.svg');
  return $args;
});
