// Article endpoints for <kq-related-articles> and <kq-article-card> tests. See index.mjs for the
// query parameters that make any endpoint slow, failing or malformed.
export const routes = {};
