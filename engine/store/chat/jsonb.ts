/**
 * JSON text for a jsonb parameter. PostgreSQL's jsonb refuses the NUL character (\u0000), which a
 * chat message may well contain; it is replaced by U+FFFD so a hostile message cannot make a
 * state or activity write fail.
 */
export function toJsonb(value: unknown): string {
  // An escaped NUL is `\u0000` preceded by an even number of backslashes (else it is literal text).
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}
