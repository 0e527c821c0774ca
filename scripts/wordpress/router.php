<?php
// The router of `php -S` (scripts/wordpress.mjs): the seed's images from the site's own media
// directory (KQ_MEDIA_DIR); everything else goes to WordPress as usual.
$kq_path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$kq_media = getenv('KQ_MEDIA_DIR');
if (preg_match('#^/wp-content/uploads/kq-media/([a-z0-9-]+\.svg)$#', $kq_path, $m) && is_file("$kq_media/$m[1]")) {
  header('Content-Type: image/svg+xml');
  header('Access-Control-Allow-Origin: *');
  readfile("$kq_media/$m[1]");
  return true;
}
return false;
