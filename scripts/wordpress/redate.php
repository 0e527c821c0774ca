<?php
// Dates the seed's related posts (KQ_RELATED: their ids, in related.php's order) again, their ages
// counted from KQ_NOW: the test server calls it with the clock of the page that asks, so that
// "il y a 4 jours" holds at the suite's pinned instant.
require __DIR__ . '/load.php';
$ids = array_map('intval', explode(',', getenv('KQ_RELATED')));
foreach (require __DIR__ . '/related.php' as $i => [, , $days]) kq_set_date($ids[$i], kq_ago($days));
echo json_encode(['redated' => count($ids), 'now' => gmdate('c', (int) $kq_now)]), "\n";
