import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { copyText } from '../../internal/clipboard.js';
import { KqElement } from '../../internal/kiosque-element.js';
import { safeUrl } from '../../internal/url.js';
import { warn } from '../../internal/warn.js';
import styles from './contact-link.styles.js';

const EMAIL = /^[^\s@"<>()[\]\\,;:]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*$/u;
const TEL = /^\+?[\d\s().\-/]{3,30}$/;

/** RFC 6068 percent-encoding of a header value: UTF-8, a space is %20 (never "+"), a line break is %0D%0A. */
const encode = (value: string): string =>
  encodeURIComponent(value.replace(/\p{Surrogate}/gu, '\ufffd').replace(/\r\n|\r|\n/g, '\r\n'));

/**
 * A `mailto:` URL per RFC 6068: `mailto:name@example.com?subject=Bonjour%20%C3%A0%20vous&body=…`.
 * The local part is percent-encoded too ("+" and "%" in an address survive).
 */
export function mailtoUrl(address: string, subject?: string, body?: string): string {
  const at = address.lastIndexOf('@');
  const query = [subject && `subject=${encode(subject)}`, body && `body=${encode(body)}`].filter(Boolean).join('&');
  return `mailto:${encode(address.slice(0, at))}@${address.slice(at + 1)}${query ? `?${query}` : ''}`;
}

/** The harvest-resistant spelling of an address: "bertrand [at] marketing-mentalist [dot] com". */
export const obfuscate = (user: string, domain: string): string => `${user} [at] ${domain.replace(/\./g, ' [dot] ')}`;

interface Target {
  href: string;
  text: string;
}

/**
 * "Lui écrire : bertrand@marketing-mentalist.com": a contact line with a localized label, an
 * e-mail, phone or web link, and an optional copy button.
 *
 * With `user` and `domain`, the address never appears whole in the served HTML: it is assembled
 * in the browser (never during server rendering). Write the no-JavaScript fallback as light DOM:
 * `Lui écrire : bertrand [at] marketing-mentalist [dot] com`. An invalid address or number is
 * shown as plain text (the light DOM if any), without a link, with one console warning.
 *
 * When several targets are given, the first of `email`, `user` + `domain`, `tel`, `href` is used.
 *
 * @summary A localized, harvest-resistant "write to" contact link with an optional copy button.
 * @tag kq-contact-link
 *
 * @slot - Fallback shown without JavaScript and when the address is invalid, e.g.
 * "Lui écrire : bertrand [at] marketing-mentalist [dot] com".
 * @slot label - Replaces the label ("Lui écrire :").
 *
 * @csspart label - The label.
 * @csspart link - The link.
 * @csspart copy-button - The copy button (with `copy`).
 * @csspart status - The live region announcing "Adresse copiée" or the failure.
 *
 * @cssprop --kq-color-accent - Colour of the link.
 */
export class KqContactLink extends KqElement {
  static override styles = styles;

  /** E-mail address: `bertrand@marketing-mentalist.com`. */
  @property() email?: string;
  /** Local part of the address, assembled with `domain` in the browser only. */
  @property() user?: string;
  /** Domain of the address: `marketing-mentalist.com`. */
  @property() domain?: string;
  /** Phone number, as it should read: `+33 1 23 45 67 89`. */
  @property() tel?: string;
  /** Any other contact link (http(s), relative, mailto: or tel:). */
  @property() href?: string;
  /** Replaces the localized label ("Lui écrire :", "Write to:"); `label=""` shows none. */
  @property() label?: string;
  /** Subject prefilled in the e-mail. */
  @property() subject?: string;
  /** Body prefilled in the e-mail; line breaks are kept. */
  @property() body?: string;
  /** Shows a button that copies the address and announces the result. */
  @property({ type: Boolean }) copy = false;

  @state() private status = '';

  #target: Target | null = null;
  /** What is shown without a link: the raw value, or the harvest-resistant spelling. */
  #plain = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ([...changed.keys()].some((key) => key !== 'status')) this.#resolve();
  }

  #resolve(): void {
    this.#target = null;
    this.#plain = '';
    const { email, user, domain, tel, href } = this;
    const address = email ?? (user || domain ? `${user ?? ''}@${domain ?? ''}` : undefined);
    if (address !== undefined) {
      this.#plain = email ?? obfuscate(user ?? '', domain ?? '');
      if (!EMAIL.test(address.trim())) {
        const given = email !== undefined ? `email="${email}"` : `user="${user}" domain="${domain}"`;
        warn(this, `email:${address}`, `${given} is not a valid e-mail address; shown as text, without a link.`);
      } else if (email !== undefined || !isServer) {
        const value = address.trim();
        this.#target = { href: mailtoUrl(value, this.subject, this.body), text: value };
      }
    } else if (tel !== undefined) {
      this.#plain = tel;
      const digits = tel.replace(/[^\d+]/g, '');
      if (TEL.test(tel.trim()) && /\d{3}/.test(digits)) this.#target = { href: `tel:${digits}`, text: tel.trim() };
      else warn(this, `tel:${tel}`, `tel="${tel}" is not a phone number; shown as text, without a link.`);
    } else if (href !== undefined) {
      this.#plain = href;
      const safe = safeUrl(href);
      if (safe)
        this.#target = {
          href: safe,
          text: safe
            .replace(/^(https?:\/\/|mailto:|tel:)/i, '')
            .replace(/[?#].*$/, '')
            .replace(/\/$/, ''),
        };
      else
        warn(
          this,
          `href:${href}`,
          `href="${href}" is not an http(s), relative, mailto: or tel: URL; shown as text, without a link.`,
        );
    } else {
      warn(this, 'none', 'no email, user + domain, tel or href given; showing the fallback content.');
    }
  }

  async #copy(): Promise<void> {
    const ok = await copyText(this.#target!.text, this.renderRoot);
    // Emptied first, so that the same message is announced again on a second click.
    this.status = '';
    await this.updateComplete;
    this.status = this.localize.term(ok ? 'addressCopied' : 'copyFailed');
    if (!ok) {
      // Select the address, so that the reader can copy it with the keyboard or the menu.
      const link = this.renderRoot.querySelector('a');
      if (link) getSelection()?.selectAllChildren(link);
    }
  }

  protected override render() {
    const label = this.label ?? this.localize.term('writeTo');
    const labelled = html`<span part="label"><slot name="label">${label}</slot></span
      >${label ? ' ' : nothing}`;
    const target = this.#target;
    if (!target) return html`<slot>${this.#plain ? html`${labelled}${this.#plain}` : nothing}</slot>`;
    // The button's text sits flush against its tags: whitespace there would be part of its text.
    const copyLabel = this.localize.term('copyAddress');
    const copy = html` <button part="copy-button" type="button" @click=${this.#copy}>${copyLabel}</button>
      <span part="status" role="status">${this.status}</span>`;
    return html`${labelled}<a part="link" href=${target.href}>${target.text}</a>${this.copy ? copy : nothing}`;
  }
}
