// The React wrappers (kiosque/react) in a React 19 app, rendered in the browser: typed props
// (attributes and object properties), re-renders, and element events as `on…` props.
import { expect, waitUntil } from '@open-wc/testing';
import type { AppProps } from './app.js';

const DAY = 86_400_000;
type AppModule = { mount: (container: HTMLElement, props: AppProps) => { unmount(): void } };

let app: AppModule;
before(async () => {
  const response = await fetch('/test/react/app.bundle.js');
  if (!response.ok) throw new Error(await response.text());
  const url = '/test/react/app.bundle.js';
  app = (await import(/* @vite-ignore */ url)) as AppModule;
});

const seen = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();

describe('React wrappers (kiosque/react) in React 19', () => {
  let container: HTMLDivElement;
  let root: { unmount(): void } | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    root?.unmount();
    container.remove();
  });

  it('renders the elements with their props, arrays as properties, and passes typed events to handlers', async () => {
    const loads: { items: unknown[] }[] = [];
    const clicks: { article: { title: string }; position: number }[] = [];
    root = app.mount(container, {
      datetime: new Date(Date.now() - 4 * DAY).toISOString(),
      onLoad: (detail) => loads.push(detail),
      onArticleClick: (detail) => clicks.push(detail),
    });

    const time = container.querySelector('kq-relative-time')!;
    await waitUntil(
      () => time.shadowRoot?.querySelector('time')?.textContent === 'il y a 4 jours',
      'kq-relative-time did not render',
    );
    const contact = container.querySelector('kq-contact-link')!;
    await waitUntil(() => contact.shadowRoot?.querySelector('a'), 'kq-contact-link did not render');
    expect(contact.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      'mailto:bertrand@marketing-mentalist.com',
    );
    expect(seen(contact)).to.include('Lui écrire');

    // `articles` arrived as a property (an attribute would be "[object Object]"), `max` as a number.
    const inline = container.querySelector('#inline')!;
    expect(inline.hasAttribute('articles')).to.equal(false);
    await waitUntil(
      () => inline.shadowRoot?.querySelectorAll('a').length === 2,
      'the articles property was not rendered',
    );
    expect([...inline.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Les Fermes de Gally',
      'Accueillir un stagiaire',
    ]);

    // A React state change re-renders the element with the new prop.
    container.querySelector<HTMLButtonElement>('#more')!.click();
    await waitUntil(() => inline.shadowRoot!.querySelectorAll('a').length === 3, 'max did not update from React state');

    // Element events reach the typed React handlers.
    container.addEventListener('click', (event) => event.preventDefault()); // stay on the test page
    inline.shadowRoot!.querySelectorAll('a')[1].click();
    expect(clicks).to.have.length(1);
    expect(clicks[0].article.title).to.equal('Accueillir un stagiaire');
    expect(clicks[0].position).to.equal(2); // 1-based
    await waitUntil(() => loads.length === 1, 'onKqLoad was not called for the data from src', { timeout: 10000 });
    expect(loads[0].items.length).to.be.greaterThan(0);
    const remote = container.querySelector('#remote')!;
    expect(remote.shadowRoot!.querySelectorAll('a').length).to.equal(loads[0].items.length);
  });
});
