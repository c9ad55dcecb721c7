/**
 * Reading a parsed XML tree (fast-xml-parser with every element as an array, attributes as
 * `@_name`, text as `#text`) without casts: each accessor checks the shape it is given.
 */
export type XmlNode = Readonly<Record<string, unknown>>;

function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The parser's result as a node, if it is one. */
export function asNode(v: unknown): XmlNode | undefined {
  return isNode(v) ? v : undefined;
}

/** Every child element called `name` (namespace prefixes already removed). */
export function kids(node: XmlNode | undefined, name: string): XmlNode[] {
  if (node === undefined) return [];
  const v = node[name];
  if (!Array.isArray(v)) return [];
  return v.map((x) => (isNode(x) ? x : { '#text': typeof x === 'string' ? x : String(x) }));
}

/** The first child called `name`, following a path: `kid(n, 'Acct', 'Id', 'IBAN')`. */
export function kid(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let at = node;
  for (const name of path) at = kids(at, name)[0];
  return at;
}

/** The element's text, trimmed; '' when absent. */
export function text(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  const t = node['#text'];
  return typeof t === 'string' ? t.trim() : '';
}

/** Text at a path below `node`. */
export function textAt(node: XmlNode | undefined, ...path: string[]): string {
  return text(kid(node, ...path));
}

/** An attribute of the element; '' when absent. */
export function attr(node: XmlNode | undefined, name: string): string {
  const v = node?.[`@_${name}`];
  return typeof v === 'string' ? v.trim() : '';
}
