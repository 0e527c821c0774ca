/** Never download a browser: the suite uses the system's Chromium and Firefox. */
module.exports = { skipDownload: true };
