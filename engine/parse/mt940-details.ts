/**
 * The free text of an MT940 entry (`:86:`, and the supplementary details line of `:61:`):
 * counterparty and description where the bank uses a known structure, else the text itself.
 * - German GVC layout `166?00posting text?20purpose...?32name?33name`: SWIFT wraps its lines
 *   at 65 characters in the middle of words and even of `?NN` markers, so the lines are joined
 *   without a separator before the sub-fields are split.
 * - Dutch/French tag layout `/TRTP/.../NAME/name/REMI/text`.
 * - Anything else: the lines joined by a space.
 */

export interface EntryText {
  readonly counterparty: string;
  readonly description: string;
}

const GVC = /^\s*\d{3}\?/;
const TAGS = /\/(TRTP|CSID|NAME|MARF|REMI|IBAN|BIC|EREF|ORDP|BENM|ID|ADDR|RTRN|PREF|SVCL|CNTP|ULTC|ULTD|PURP)\//g;

/** Counterparty and description from the lines of a `:86:` field (first line without the tag). */
export function entryText(lines: readonly string[]): EntryText {
  if (lines.length === 0) return { counterparty: '', description: '' };
  const first = lines[0] ?? '';
  if (GVC.test(first)) return gvc(lines.join('').replace(/^\s*\d{3}/, ''));
  const text = lines.map((l) => l.trim()).filter((l) => l !== '').join(' ');
  if (text.includes('/NAME/') || text.includes('/REMI/')) return tagged(text);
  return { counterparty: '', description: text };
}

function gvc(text: string): EntryText {
  const fields = new Map<string, string>();
  const parts = text.split(/\?(\d{2})/);
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const key = parts[i] ?? '';
    fields.set(key, (fields.get(key) ?? '') + (parts[i + 1] ?? ''));
  }
  const pick = (keys: readonly string[]): string => keys.map((k) => fields.get(k) ?? '').join('');
  const purpose = pick(['20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '60', '61', '62', '63']).trim();
  const posting = (fields.get('00') ?? '').trim();
  return {
    counterparty: pick(['32', '33']).trim(),
    description: [posting, purpose].filter((x) => x !== '').join(' '),
  };
}

function tagged(text: string): EntryText {
  const values = new Map<string, string>();
  const marks = [...text.matchAll(TAGS)];
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const next = marks[i + 1];
    const end = next?.index ?? text.length;
    // A tag's value runs to the next tag; the slash that opens the next tag is not part of it.
    if (m[1] !== undefined && !values.has(m[1])) values.set(m[1], text.slice(start, end).trim());
  });
  return {
    counterparty: values.get('NAME') ?? '',
    description: values.get('REMI') ?? text,
  };
}
