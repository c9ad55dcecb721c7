/**
 * Canonical JSON: object keys sorted, no whitespace. jsonb hands keys back in its own order, so
 * the audit hash is computed over this form on write and on verify alike.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  return JSON.stringify(value);
}

/** A lone surrogate (half of a UTF-16 pair) or a NUL: text PostgreSQL does not keep as sent. */
// eslint-disable-next-line no-control-regex -- a NUL is one of the things it looks for
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

/** True when PostgreSQL keeps the text as it is (no lone surrogate, no NUL). */
export function storableText(text: string): boolean {
  UNSTORABLE.lastIndex = 0;
  return !UNSTORABLE.test(text);
}

/**
 * The value as PostgreSQL will keep it: in every string, a lone surrogate (half of a UTF-16 pair)
 * and a NUL become U+FFFD, as text and jsonb store them (a NUL would be refused). Whatever is hashed
 * must be this form, or a row could never verify (a lone surrogate is hashed as \ud800 by JSON and
 * read back as U+FFFD). Dates and other non-plain objects are kept as they are.
 */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return value.replace(UNSTORABLE, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [storable(k), storable(v)])) as T;
  }
  return value;
}
