// The one way VirtStack speaks the user's language. Every text a user sees has a message id;
// its English text is in l10n/bundle.l10n.json and its translations in
// l10n/bundle.l10n.<locale>.json, the files VS Code itself loads for an extension. The core
// carries only English, built in; a host hands it the bundle of the user's language (the
// extension takes the one VS Code loaded, a CLI reads the file), so adding a language is adding
// files, and the core stays free of I/O.
import ENGLISH_TEXTS from '../../../l10n/bundle.l10n.json';

/** A language tag such as `en`, `ko` or `ko-KR`; picks number formats as well as texts. */
export type Locale = string;

/** The id of a message: a key of the English bundle. */
export type MessageId = keyof typeof ENGLISH_TEXTS;

/** Texts by message id in one language: what a bundle file holds. */
export type Bundle = Readonly<Record<string, string>>;

/** A message with the values of its placeholders, to be put into words in any language later. */
export interface Message {
  readonly id: MessageId;
  readonly args?: readonly MessageArg[];
}

/** Items shown joined with commas. */
export interface MessageList {
  readonly list: readonly MessageArg[];
}

/** A value of a placeholder: the user's own text or a number verbatim, a message, or a list. */
export type MessageArg = string | number | Message | MessageList;

/** A message as data, for diagnostics and results that are put into words by the host. */
export function msg(id: MessageId, ...args: MessageArg[]): Message {
  return args.length > 0 ? { id, args } : { id };
}

/** A list argument, shown joined with commas. */
export function list(items: readonly MessageArg[]): MessageList {
  return { list: items };
}

/** Whether an id names a message of the English bundle (ids from elsewhere, e.g. a newer core, may not). */
export function isMessageId(id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(ENGLISH_TEXTS, id);
}

/** Every message id, in the English bundle's order. */
export const MESSAGE_IDS: readonly MessageId[] = Object.keys(ENGLISH_TEXTS) as MessageId[];

/** Puts messages into words in one language, falling back to English for what its bundle lacks. */
export class Localizer {
  /**
   * @param locale the language tag of the bundle
   * @param bundle texts by id; ids it lacks are shown in English
   */
  constructor(
    readonly locale: Locale,
    private readonly bundle: Bundle = {},
  ) {}

  /** The text of a message with `{0}`, `{1}` … filled. */
  t(id: MessageId, ...args: readonly MessageArg[]): string {
    return fill(this.template(id), args, this);
  }

  /** A message (or any argument) as text. */
  text(arg: MessageArg): string {
    if (typeof arg === 'string') return arg;
    if (typeof arg === 'number') return String(arg);
    if ('list' in arg) return arg.list.map((a) => this.text(a)).join(this.template('list.separator'));
    return fill(this.template(arg.id), arg.args ?? [], this);
  }

  /** The text of a message id that may not be known (from a newer core), or `fallback`. */
  textOf(id: string, args: readonly MessageArg[], fallback: string): string {
    return isMessageId(id) ? fill(this.template(id), args, this) : fallback;
  }

  /** Words joined as alternatives: "a, b or c". */
  orList(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    return this.t('list.or', items.slice(0, -1).join(this.template('list.separator')), items[items.length - 1]);
  }

  /** The raw template of a message in this language. */
  template(id: MessageId): string {
    const own = this.bundle[id];
    // An id no bundle knows (from a newer core, through a saved result) shows as itself, never as 'undefined'.
    return typeof own === 'string' ? own : (ENGLISH_TEXTS[id] ?? id);
  }
}

function fill(template: string, args: readonly MessageArg[], l10n: Localizer): string {
  if (args.length === 0) return template;
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? l10n.text(args[Number(i)]) : m));
}

/** English, built in. */
export const ENGLISH = new Localizer('en');

/** The localizer for a language, given the bundle a host loaded for it (none for English). */
export function localizerFor(locale: Locale, bundle?: Bundle): Localizer {
  return bundle ? new Localizer(locale, bundle) : locale.toLowerCase().startsWith('en') ? ENGLISH : new Localizer(locale);
}
