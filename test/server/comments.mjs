// Comment endpoints for <kq-comment-thread> tests. See index.mjs for the query parameters that
// make any endpoint slow, failing or malformed.
export const routes = {};
