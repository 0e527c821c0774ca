import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../controllers/localize.js';

/** What a reader has typed in one form; kept across a failed send so nothing is lost. */
export interface Draft {
  name: string;
  body: string;
  /** Fields shown as invalid since the last submit attempt. */
  invalid: { name?: boolean; body?: boolean };
  failure?: 'sendFailed' | 'unauthorized';
}

/** What the `kq-comment-submit` event carries (and what is POSTed to `action`). */
export interface CommentSubmitDetail {
  name: string;
  body: string;
  parentId?: string;
}

/** Marks empty fields invalid; true when the draft can be sent. */
export function validate(draft: Draft): boolean {
  draft.invalid = { name: !draft.name.trim() || undefined, body: !draft.body.trim() || undefined };
  return !draft.invalid.name && !draft.invalid.body;
}

export interface FormOptions {
  /** Unique suffix for the ids inside this form. */
  key: string;
  /** Accessible name of the form. */
  label: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** Called when an invalid field becomes valid, to remove its message. */
  onChange: () => void;
}

/**
 * The reply form: labelled name and text fields; after a submit attempt, the validation messages
 * are tied to their fields with `aria-describedby` and `aria-invalid`. A failed send shows its
 * reason in an alert with a retry button, the typed text untouched.
 */
export function renderForm(draft: Draft, t: LocalizeController, o: FormOptions) {
  const field = (name: 'name' | 'body', label: string, message: string, control: (id: string, described?: string) => unknown) => {
    const id = `${name}-${o.key}`;
    const error = draft.invalid[name] ? `${id}-error` : undefined;
    return html`<p class="field">
      <label for=${id}>${label}</label>${control(id, error)}${error ? html`<span id=${error} part="field-error" class="error">${message}</span>` : nothing}
    </p>`;
  };
  const input = (name: 'name' | 'body') => (event: Event) => {
    draft[name] = (event.target as HTMLInputElement).value;
    if (draft.invalid[name] && draft[name].trim()) {
      draft.invalid[name] = undefined;
      o.onChange();
    }
  };
  return html`<form
    part="form"
    aria-label=${o.label}
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      o.onSubmit();
    }}
  >
    ${field(
      'name',
      t.term('yourName'),
      t.term('nameRequired'),
      (id, described) =>
        html`<input id=${id} name="name" autocomplete="name" maxlength="200" .value=${live(draft.name)} @input=${input('name')}
          aria-invalid=${draft.invalid.name ? 'true' : 'false'} aria-describedby=${ifDefined(described)} />`,
    )}
    ${field(
      'body',
      t.term('yourComment'),
      t.term('bodyRequired'),
      (id, described) =>
        html`<textarea id=${id} name="body" rows="4" .value=${live(draft.body)} @input=${input('body')}
          aria-invalid=${draft.invalid.body ? 'true' : 'false'} aria-describedby=${ifDefined(described)}></textarea>`,
    )}
    ${draft.failure
      ? html`<p role="alert" part="form-error" class="error">
          ${t.term(draft.failure)} <button type="button" part="retry" @click=${o.onSubmit}>${t.term('retry')}</button>
        </p>`
      : nothing}
    <p class="buttons">
      <button type="submit" part="submit">${t.term('publish')}</button>
      ${o.onCancel ? html`<button type="button" part="cancel" @click=${o.onCancel}>${t.term('cancel')}</button>` : nothing}
    </p>
  </form>`;
}
