import type { MessageId } from '../l10n/localizer';

// Token kinds of the .virt scanner; kept in a const enum-like object so the hot loop compares small integers.

/** The kinds of token the scanner produces. */
export const enum T {
  Ident,
  String,
  Number,
  Time,
  Percent,
  DotDot,
  LBrace,
  RBrace,
  Semi,
  Comma,
  Newline,
  Invalid,
  EOF,
}

/** The phrase that names each kind of token in messages. */
export const TOKEN_NAMES: Record<T, MessageId> = {
  [T.Ident]: 'token.name',
  [T.String]: 'token.string',
  [T.Number]: 'token.number',
  [T.Time]: 'token.time',
  [T.Percent]: 'token.percent',
  [T.DotDot]: 'token.dotdot',
  [T.LBrace]: 'token.lbrace',
  [T.RBrace]: 'token.rbrace',
  [T.Semi]: 'token.semi',
  [T.Comma]: 'token.comma',
  [T.Newline]: 'token.newline',
  [T.Invalid]: 'token.invalid',
  [T.EOF]: 'token.eof',
};
