/**
 * JSON text for a jsonb parameter. PostgreSQL's jsonb refuses the NUL character (\u0000) and a
 * lone UTF-16 surrogate (JSON.stringify writes one as `\udXXX`), which a chat message may well
 * contain; both are replaced by U+FFFD so a hostile message cannot make a state or activity write fail.
 */
export function toJsonb(value: unknown): string {
  // An escape is one preceded by an even number of backslashes (else it is literal text). JSON.stringify
  // escapes a surrogate only when it is alone: a pair is written as the character itself.
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/g, '$1\\ufffd');
}
