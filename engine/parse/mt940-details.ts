/**
 * The free text of an MT940 entry (`:86:`, and the supplementary details line of `:61:`):
 * counterparty, description and the references it names, where the bank uses a known
 * structure, else the text itself.
 * - German GVC layout `166?00posting text?20purpose...?32name?33name`: SWIFT wraps its lines
 *   at 65 characters in the middle of words and even of `?NN` markers, so the lines are joined
 *   without a separator before the sub-fields are split.
 * - Dutch/French tag layout `/TRTP/.../NAME/name/REMI/text`, and ING's `/EREF/…//CNTP/account/
 *   bic/name/city//REMI/USTD//text/`: each tag's value runs to the next tag.
 * - Anything else: the text itself.
 *
 * Other lines are joined like this: a line filled to the SWIFT width (64 or 65 characters; banks
 * count differently) was cut by width, maybe inside a word (`Nede` + `rland`), so the next line
 * follows it directly; a shorter line ended where the writer chose, and a space separates them.
 */

export interface EntryText {
  readonly counterparty: string;
  readonly description: string;
  /** The end-to-end reference (`/EREF/`), '' when none or NOTPROVIDED. */
  readonly endToEnd: string;
  /** The payment-information (batch) reference (`/PREF/`), '' when none. */
  readonly batch: string;
}

/** A line this long (text after the tag on the first line) was cut by width, not by the writer. */
const FULL_LINE = 64;
const GVC = /^\s*\d{3}\?/;
const TAG_NAMES = 'TRTP|CSID|NAME|MARF|REMI|IBAN|BIC|EREF|ORDP|BENM|ID|ADDR|RTRN|PREF|SVCL|CNTP|ULTC|ULTD|PURP|ISDT|TRCD|SUM';
const TAGS = new RegExp(`/(${TAG_NAMES})/`, 'g');
const STRUCTURED = new RegExp(`^/(${TAG_NAMES})/|/(NAME|REMI|CNTP|EREF)/`);
const NONE: EntryText = { counterparty: '', description: '', endToEnd: '', batch: '' };

/** The lines of a field joined as SWIFT wrapped them (see the module comment). */
export function joinWrapped(lines: readonly string[]): string {
  let out = '';
  lines.forEach((line, i) => {
    const previous = i === 0 ? null : (lines[i - 1] ?? '');
    if (previous !== null && previous.length >= FULL_LINE) {
      out += line;
      return;
    }
    const t = line.trim();
    if (t === '') return;
    out = out.trimEnd();
    out = out === '' ? t : `${out} ${t}`;
  });
  return out.trim();
}

/** Counterparty, description and references from the lines of a `:86:` field (first line without the tag). */
export function entryText(lines: readonly string[]): EntryText {
  if (lines.length === 0) return NONE;
  const first = lines[0] ?? '';
  if (GVC.test(first)) return { ...NONE, ...gvc(lines.join('').replace(/^\s*\d{3}/, '')) };
  const text = joinWrapped(lines);
  if (STRUCTURED.test(text)) return tagged(text);
  return { ...NONE, description: text };
}

function gvc(text: string): { counterparty: string; description: string } {
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
    // A tag's value runs to the next tag; the slashes that close it (ING writes `//`) are not part of it.
    if (m[1] !== undefined && !values.has(m[1])) values.set(m[1], text.slice(start, end).replace(/\/+$/, '').trim());
  });
  // ING: /CNTP/account/bic/name/city/
  const cntpName = (values.get('CNTP') ?? '').split('/')[2]?.trim() ?? '';
  const remittance = (values.get('REMI') ?? '').replace(/^USTD\/+/, '').trim();
  const endToEnd = values.get('EREF') ?? '';
  return {
    counterparty: values.get('NAME') || cntpName,
    description: remittance || text,
    endToEnd: endToEnd === 'NOTPROVIDED' ? '' : endToEnd,
    batch: values.get('PREF') ?? '',
  };
}
