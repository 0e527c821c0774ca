<?php
// WordPress loaded from the command line for the site at KQ_HOST (127.0.0.1:<port>), from
// KQ_WORDPRESS_ROOT; and the seed's clock: KQ_NOW (seconds since 1970), else the machine's.
$_SERVER['HTTP_HOST'] = getenv('KQ_HOST');
$_SERVER['REQUEST_URI'] = '/';
require rtrim(getenv('KQ_WORDPRESS_ROOT'), '/') . '/wp-load.php';

$kq_now = getenv('KQ_NOW') !== false ? (float) getenv('KQ_NOW') : time();
/** The UTC date and time `$days` days (and an hour) before now, as WordPress stores it. */
function kq_ago($days) {
  global $kq_now;
  return gmdate('Y-m-d H:i:s', (int) round($kq_now - $days * 86400 - 3600));
}

/** Gives post `$id` the publication (and modification) date `$gmt` without touching anything else. */
function kq_set_date($id, $gmt) {
  global $wpdb;
  $local = get_date_from_gmt($gmt);
  $dates = ['post_date_gmt' => $gmt, 'post_date' => $local, 'post_modified_gmt' => $gmt, 'post_modified' => $local];
  $wpdb->update($wpdb->posts, $dates, ['ID' => $id]);
  clean_post_cache($id);
}
