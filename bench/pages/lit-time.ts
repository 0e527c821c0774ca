// Baseline: the plainest Lit element that shows a relative time, for comparison only.
import { LitElement, html } from 'lit';

const rtf = new Intl.RelativeTimeFormat('fr');

class LitTime extends LitElement {
  static override properties = { datetime: {} };
  declare datetime: string;
  override render() {
    const minutes = Math.round((Date.parse(this.datetime) - Date.now()) / 60000);
    return html`<time datetime=${this.datetime}>${rtf.format(minutes, 'minute')}</time>`;
  }
}
customElements.define('lit-time', LitTime);
