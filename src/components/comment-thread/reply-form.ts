import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { loadAdapter } from '../../adapters/adapter.js';
import { postComment, type PostError } from '../../adapters/post.js';
import type { PostRefusal } from '../../adapters/types.js';
import type { Comment } from '../../internal/comment.js';
import { warn } from '../../internal/warn.js';
import type { CommentSubmitDetail, ReplyFormHost, ReplyFormThread } from './types.js';

type Field = 'name' | 'body';
const FIELDS: readonly Field[] = ['name', 'body'];
const LABELS = { name: 'yourName', body: 'yourComment' } as const;
const REQUIRED = { name: 'nameRequired', body: 'bodyRequired' } as const;

/** What the reader reads when a send failed, by the site's refusal (anything else: `sendFailed`). */
const FAILURES = {
  duplicate: 'sendDuplicate',
  closed: 'closed',
  unauthorized: 'unauthorized',
  rejected: 'sendRejected',
} as const satisfies Record<PostRefusal, string>;
type Failure = 'sendFailed' | (typeof FAILURES)[PostRefusal];
/** The failures worth sending the same text again for; not a refusal that would come again (closed, rejected). */
const RETRIED: ReadonlySet<Failure> = new Set(['sendFailed', 'unauthorized']);

/** What a reader has typed in one form; kept across a failed send, so that nothing is lost. */
interface Draft {
  readonly name: string;
  readonly body: string;
  /** Fields shown as invalid since the last attempt to send. */
  readonly invalid: Readonly<Partial<Record<Field, boolean>>>;
  readonly failure?: Failure;
  /**
   * The comment (name and text) of the last send that failed: the site may have it all the same
   * (its answer lost, or late), and then says so when it comes again (a duplicate).
   */
  readonly tried?: string;
}

let localIds = 0;

/**
 * The reply forms of one `<kq-comment-thread>`: their drafts, validation, the
 * `kq-comment-submit` event, the POST to `action` and its failure, and their template. A module
 * of its own, loaded by the thread only when it shows a form: a closed thread never fetches it.
 */
export class ReplyFormController implements ReactiveController {
  /** Each form's draft, by `parent`. Created when the form first renders. */
  readonly #drafts = new Map<string, Draft>();
  /** The name last sent, offered in the next form. */
  #lastName = '';
  /** The comments on their way to `action`, until the site answers. */
  readonly #sending = new Set<Comment>();

  constructor(
    private readonly host: ReplyFormHost,
    private readonly thread: ReplyFormThread,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // The fields show their drafts, whatever was typed before a send or a failure (Lit's `live`, lighter).
    for (const [parent, draft] of this.#drafts) {
      for (const field of FIELDS) {
        const control = this.#control(parent, field);
        if (control && control.value !== draft[field]) control.value = draft[field];
      }
    }
  }

  /** Moves the focus to the first field of the form `parent`, if it is shown. */
  focus(parent: string): void {
    (this.#control(parent, 'name') ?? this.#control(parent, 'body'))?.focus();
  }

  /**
   * The form `parent`, named `label`: labelled name and text fields; after an attempt to send,
   * the validation messages are tied to their fields with `aria-describedby` and `aria-invalid`.
   * A failed send shows its reason in an alert, the typed text untouched, with a retry button unless
   * the same text would be refused again (comments closed, a comment the site did not keep).
   */
  render(parent: string, label: string): TemplateResult {
    const t = this.host.localize;
    const draft = this.#draft(parent);
    const key = parent || 'top';
    const send = () => this.#send(parent);
    const onInput = (event: Event) => {
      const { name, value } = event.target as HTMLInputElement | HTMLTextAreaElement;
      this.#type(parent, name as Field, value);
    };
    const errorId = (field: Field) => `${field}-${key}-error`;
    const describedBy = (field: Field) => (draft.invalid[field] ? errorId(field) : nothing);
    const field = (name: Field, control: TemplateResult) =>
      html`<p class="field">
        <label for="${name}-${key}">${t.term(LABELS[name])}</label>${control}${
          draft.invalid[name]
            ? html`<span id=${errorId(name)} part="field-error">${t.term(REQUIRED[name])}</span>`
            : nothing
        }
      </p>`;
    const nameField = html`<input
      id="name-${key}"
      name="name"
      autocomplete="name"
      maxlength="200"
      @input=${onInput}
      aria-invalid=${!!draft.invalid.name}
      aria-describedby=${describedBy('name')}
    />`;
    const bodyField = html`<textarea
      id="body-${key}"
      name="body"
      rows="4"
      @input=${onInput}
      aria-invalid=${!!draft.invalid.body}
      aria-describedby=${describedBy('body')}
    ></textarea>`;
    return html`<form
      part="form"
      aria-label=${label}
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        send();
      }}
    >
      ${this.host.restNonce ? nothing : field('name', nameField)} ${field('body', bodyField)}
      ${
        draft.failure
          ? html`<p role="alert" part="form-error">
              ${t.term(draft.failure)}
              ${
                RETRIED.has(draft.failure)
                  ? html`<button type="button" part="retry" @click=${send}>${t.term('retry')}</button>`
                  : nothing
              }
            </p>`
          : nothing
      }
      <p>
        <button part="submit">${t.term('publish')}</button>
        ${
          parent
            ? html`<button type="button" part="cancel" @click=${() => this.thread.cancel()}>
                ${t.term('cancel')}
              </button>`
            : nothing
        }
      </p>
    </form>`;
  }

  #control(parent: string, field: Field) {
    const id = `${field}-${parent || 'top'}`;
    return this.host.shadowRoot!.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
  }

  #draft(parent: string): Draft {
    let draft = this.#drafts.get(parent);
    if (!draft) {
      draft = { name: this.#lastName, body: '', invalid: {} };
      this.#drafts.set(parent, draft);
    }
    return draft;
  }

  /**
   * Replaces a draft and renders it (`draft` undefined: the form starts over). A controller has no
   * reactive properties: it asks its host for an update, as Lit's controllers do.
   */
  #set(parent: string, draft?: Draft) {
    if (draft) this.#drafts.set(parent, draft);
    else this.#drafts.delete(parent);
    this.host.requestUpdate();
  }

  /** Keeps what the reader types; the field already shows it, so only a message that goes away renders. */
  #type(parent: string, field: Field, value: string) {
    const draft = { ...this.#draft(parent), [field]: value };
    if (draft.invalid[field] && value.trim())
      this.#set(parent, { ...draft, invalid: { ...draft.invalid, [field]: false } });
    else this.#drafts.set(parent, draft);
  }

  async #send(parent: string): Promise<void> {
    const { host, thread } = this;
    const draft = this.#draft(parent);
    // A signed-in reader (rest-nonce) has no name field: the site knows who they are.
    const signedIn = !!host.restNonce;
    const name = signedIn ? '' : draft.name.trim();
    const body = draft.body.trim();
    // A second Enter or click on the form its comment just left (on its way): nothing new to send.
    if (!body && [...this.#sending].some((c) => (c.parentId ?? '') === parent)) return;
    const invalid = { name: !signedIn && !name, body: !body };
    if (invalid.name || invalid.body) {
      this.#set(parent, { ...draft, invalid, failure: undefined });
      await host.updateComplete;
      this.#control(parent, invalid.name ? 'name' : 'body')?.focus();
      return;
    }
    const detail: CommentSubmitDetail = { name, body, parentId: parent || undefined };
    const comment = JSON.stringify([name, body]);
    if (name) this.#lastName = name;
    const allowed = host.emit('kq-comment-submit', detail, { cancelable: true });
    this.#set(parent, undefined);
    const { action } = host;
    if (!allowed || !action) {
      thread.sent(parent);
      return;
    }
    // Optimistic: the comment shows at once, awaiting moderation, then the server's answer replaces it.
    const pending: Comment = {
      id: `kq-local-${++localIds}`,
      parentId: detail.parentId,
      author: { name: name || host.localize.term('you') },
      published: new Date().toISOString(),
      body,
      status: 'pending',
    };
    thread.sent(parent, pending);
    this.#sending.add(pending);
    try {
      const adapter = await loadAdapter(host.adapter);
      thread.saved(parent, pending, await postComment(adapter, action, detail, host.restNonce));
    } catch (error) {
      const { refusal } = error as Partial<PostError>;
      // The site has it already, from the attempt that seemed to fail: it was sent, and is pending.
      if (refusal === 'duplicate' && draft.tried === comment) {
        thread.saved(parent, pending, pending);
        return;
      }
      // Each failed send its own message with its reason (a send fails once: no repeat on re-render).
      warn(host, `post ${pending.id}`, String(error));
      this.#set(parent, { ...draft, invalid: {}, failure: refusal ? FAILURES[refusal] : 'sendFailed', tried: comment });
      thread.failed(parent, pending);
    } finally {
      this.#sending.delete(pending);
    }
  }
}
