// React wrappers (@lit/react): `import { KqRelativeTime } from 'kiosque/react'` in React 18 or 19.
// Each wrapper registers its element, takes the element's properties as typed props (objects and
// arrays such as `article` or `comments` are set as properties, not attributes), and maps the
// element's events to typed `on…` props. `react` and `@lit/react` are peer dependencies.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { KqArticleCard as ArticleCard } from '../components/article-card/article-card.define.js';
import { KqCommentThread as CommentThread } from '../components/comment-thread/comment-thread.define.js';
import { KqContactLink as ContactLink } from '../components/contact-link/contact-link.define.js';
import { KqRelatedArticles as RelatedArticles } from '../components/related-articles/related-articles.define.js';
import { KqRelativeTime as RelativeTime } from '../components/relative-time/relative-time.define.js';

/** A wrapper's `on…` prop for one of kiosque's events, typed as the element's `HTMLElementEventMap` entry. */
const event = <K extends keyof HTMLElementEventMap>(type: K) => type as EventName<HTMLElementEventMap[K]>;

export const KqRelativeTime = createComponent({
  react: React,
  tagName: 'kq-relative-time',
  elementClass: RelativeTime,
  displayName: 'KqRelativeTime',
});

export const KqContactLink = createComponent({
  react: React,
  tagName: 'kq-contact-link',
  elementClass: ContactLink,
  displayName: 'KqContactLink',
});

export const KqArticleCard = createComponent({
  react: React,
  tagName: 'kq-article-card',
  elementClass: ArticleCard,
  displayName: 'KqArticleCard',
});

export const KqRelatedArticles = createComponent({
  react: React,
  tagName: 'kq-related-articles',
  elementClass: RelatedArticles,
  displayName: 'KqRelatedArticles',
  events: {
    onKqLoad: event('kq-load'),
    onKqError: event('kq-error'),
    onKqImpression: event('kq-impression'),
    onKqArticleClick: event('kq-article-click'),
  },
});

export const KqCommentThread = createComponent({
  react: React,
  tagName: 'kq-comment-thread',
  elementClass: CommentThread,
  displayName: 'KqCommentThread',
  events: {
    onKqCommentSubmit: event('kq-comment-submit'),
  },
});
