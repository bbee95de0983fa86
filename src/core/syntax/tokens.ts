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

/** Readable token names for messages. */
export const TOKEN_NAMES: Record<T, string> = {
  [T.Ident]: 'a name',
  [T.String]: 'a string',
  [T.Number]: 'a number',
  [T.Time]: 'a time of day',
  [T.Percent]: "'%'",
  [T.DotDot]: "'..'",
  [T.LBrace]: "'{'",
  [T.RBrace]: "'}'",
  [T.Semi]: "';'",
  [T.Comma]: "','",
  [T.Newline]: 'the end of the line',
  [T.Invalid]: 'an invalid character',
  [T.EOF]: 'the end of the file',
};
