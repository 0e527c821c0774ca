import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Args {
  email?: string;
  user?: string;
  domain?: string;
  tel?: string;
  href?: string;
  label?: string;
  subject?: string;
  body?: string;
  copy: boolean;
  fallback: string;
}

const meta: Meta<Args> = {
  title: 'Components/Contact link',
  component: 'kq-contact-link',
  args: { email: 'bertrand@marketing-mentalist.com', copy: false, fallback: '' },
  argTypes: {
    fallback: { description: 'Light-DOM fallback (no JavaScript, invalid address)' },
  },
  render: (a) =>
    html`<p>
      <kq-contact-link
        email=${ifDefined(a.email)}
        user=${ifDefined(a.user)}
        domain=${ifDefined(a.domain)}
        tel=${ifDefined(a.tel)}
        href=${ifDefined(a.href)}
        label=${ifDefined(a.label)}
        subject=${ifDefined(a.subject)}
        body=${ifDefined(a.body)}
        ?copy=${a.copy}
        >${a.fallback}</kq-contact-link
      >
    </p>`,
};
export default meta;
type Story = StoryObj<Args>;

/** As on the seed page: "Lui écrire : bertrand@marketing-mentalist.com" (no-break space before the colon in French). */
export const Email: Story = {};
/**
 * `user` + `domain`: the served HTML never holds the whole address; the fallback reads
 * "bertrand [at] marketing-mentalist [dot] com".
 */
export const HarvestResistant: Story = {
  args: {
    email: undefined,
    user: 'bertrand',
    domain: 'marketing-mentalist.com',
    fallback: 'Lui écrire : bertrand [at] marketing-mentalist [dot] com',
  },
};
/** Subject and body prefilled per RFC 6068 (accents, "&", "?", "#", line breaks). */
export const WithSubjectAndBody: Story = {
  args: {
    subject: 'Réaction à « Les nomades numériques » & questions ? #expat',
    body: 'Bonjour,\nJ’ai lu votre article.\nCordialement',
  },
};
/** A copy button; the result is announced in a live region ("Adresse copiée", or the failure). */
export const CopyButton: Story = { args: { copy: true } };
export const Phone: Story = { args: { email: undefined, tel: '+33 1 23 45 67 89', label: 'Nous appeler :' } };
export const WebPage: Story = {
  args: { email: undefined, href: 'https://www.example.com/contact/', label: 'Contact :' },
};
export const CustomLabel: Story = { args: { label: 'Écrire à la rédaction :' } };
export const NoLabel: Story = { args: { label: '' } };
export const LabelSlot: Story = {
  render: () =>
    html`<p>
      <kq-contact-link email="bertrand@marketing-mentalist.com"
        ><strong slot="label">Écrire à l’auteur :</strong></kq-contact-link
      >
    </p>`,
};
/** An invalid address: plain text, no link, one console warning. */
export const InvalidAddress: Story = { args: { email: 'bertrand@' } };
/** An invalid address with a publisher fallback: the fallback stays. */
export const InvalidWithFallback: Story = {
  args: {
    email: undefined,
    user: 'bertrand',
    domain: 'not a domain',
    fallback: 'Lui écrire : bertrand [at] marketing-mentalist [dot] com',
  },
};
export const InvalidPhone: Story = { args: { email: undefined, tel: 'appelez-moi' } };
export const English: Story = { args: { copy: true }, parameters: { lang: 'en' } };
export const French: Story = { args: { copy: true }, parameters: { lang: 'fr' } };
export const Dark: Story = { args: { copy: true }, parameters: { theme: 'dark' } };
export const RightToLeft: Story = { args: { copy: true }, parameters: { lang: 'ar' } };
export const LongAddress: Story = {
  render: () =>
    html`<p style="max-width: 16rem">
      <kq-contact-link
        email="service.lecteurs.abonnements.international@une-tres-longue-redaction-regionale.example.com"
        copy
      ></kq-contact-link>
    </p>`,
};
