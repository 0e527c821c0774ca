// A small React 19 app using the wrappers, bundled the way a React project bundles it (esbuild, by
// test/server/dist.mjs on request). The import below is type-checked against src/; the bundle
// resolves it as `kiosque/react` through package.json's exports, i.e. the built dist/react/.
import { createElement as h, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { KqContactLink, KqRelatedArticles, KqRelativeTime } from '../../src/react/index.js';

export interface AppProps {
  datetime: string;
  onLoad: (detail: { items: unknown[] }) => void;
  onArticleClick: (detail: { article: { title: string }; position: number }) => void;
}

function App({ datetime, onLoad, onArticleClick }: AppProps) {
  const [max, setMax] = useState(2);
  return h(
    'div',
    { lang: 'fr' },
    h('p', null, 'Publié ', h(KqRelativeTime, { datetime, id: 'time' }, 'le 3 août 2021')),
    h(KqContactLink, { user: 'bertrand', domain: 'marketing-mentalist.com', id: 'contact' }),
    // An array as a property, never an attribute; a typed event handler.
    h(KqRelatedArticles, {
      id: 'inline',
      articles: [
        { title: 'Les Fermes de Gally', url: 'https://www.lepetitjournal.com/gally' },
        { title: 'Accueillir un stagiaire', url: 'https://www.lepetitjournal.com/stagiaire' },
        { title: 'Le marché de Noël', url: 'https://www.lepetitjournal.com/noel' },
      ],
      max,
      onKqArticleClick: (event) => onArticleClick(event.detail),
    }),
    h(KqRelatedArticles, { id: 'remote', src: '/api/related', onKqLoad: (event) => onLoad(event.detail) }),
    h('button', { id: 'more', onClick: () => setMax(3) }, 'more'),
  );
}

export function mount(container: HTMLElement, props: AppProps): Root {
  const root = createRoot(container);
  flushSync(() => root.render(h(App, props)));
  return root;
}
