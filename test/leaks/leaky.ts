import { clock } from '../../src/controllers/clock.js';

/**
 * An element that forgets to clean up, one of each kind: proves that the leak counters of
 * instrument.ts see a leak (a leak test that cannot fail would prove nothing).
 */
export class LeakyElement extends HTMLElement {
  tick() {}

  connectedCallback() {
    setTimeout(() => {}, 3_600_000);
    setInterval(() => {}, 3_600_000);
    const loop = () => requestAnimationFrame(loop);
    loop();
    new MutationObserver(() => {}).observe(this, { attributes: true });
    new IntersectionObserver(() => {}).observe(this);
    new ResizeObserver(() => {}).observe(this);
    addEventListener('resize', () => {});
    document.addEventListener('visibilitychange', () => {});
    clock.schedule(this, Date.now() + 3_600_000);
  }
}
customElements.define('kq-test-leaky', LeakyElement);
