<?php
// Written by kiosque's scripts/wordpress.mjs, which removes it when its last site stops.
// Debian's WordPress reads /etc/wordpress/config-<host>.php: for 127.0.0.1, this file, which
// serves one site per loopback port from the constants in kiosque/<port>.json beside it.
$kq_port = preg_replace('/[^0-9]/', '', preg_replace('/^.*:/', '', $_SERVER['HTTP_HOST'] ?? ''));
$kq_file = __DIR__ . "/kiosque/$kq_port.json";
if (!is_file($kq_file)) {
  header('HTTP/1.0 404 Not Found');
  exit("No kiosque WordPress on port $kq_port\n");
}
foreach (json_decode(file_get_contents($kq_file), true) as $kq_name => $kq_value) define($kq_name, $kq_value);
