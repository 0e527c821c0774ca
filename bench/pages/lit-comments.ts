// Baseline for bench/comment-thread.mjs: the minimal Lit element that renders every comment at
// once with map(), for comparison only.
import { html, LitElement } from 'lit';
import { map } from 'lit/directives/map.js';

const fmt = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

interface C {
  id: string;
  author: { name: string };
  published: string;
  body: string;
}

class LitComments extends LitElement {
  static override properties = { comments: { attribute: false } };
  declare comments: C[];

  constructor() {
    super();
    this.comments = [];
  }

  override render() {
    return html`<ol>
      ${map(
        this.comments,
        (c) =>
          html`<li>
            <article id="comment-${c.id}">
              <header>
                <strong>${c.author.name}</strong>
                <time datetime=${c.published}>${fmt.format(new Date(c.published))}</time>
              </header>
              <p>${c.body}</p>
              <button>Répondre</button>
            </article>
          </li>`,
      )}
    </ol>`;
  }
}
customElements.define('lit-comments', LitComments);
