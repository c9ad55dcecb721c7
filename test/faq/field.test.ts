/**
 * Field phrasings (dialogs/faq/field.ts): questions people typed, labelled with the entry that
 * answers them, searched as that entry's alternatives; questions known to have no answer feed the
 * gate. Checked: the file's errors name file and line; a set can be left out; and, measured the way
 * `npm run eval:faq` measures it (each retired set scored without its own phrasings), they answer
 * questions the search has never seen better than the entries' own phrasings alone.
 */
import { describe, expect, it } from 'vitest';
import { createFaq } from '../../dialogs/faq/answer.ts';
import { FIELD_FILE, loadFieldPhrasings, parseFieldPhrasings, withFieldPhrasings } from '../../dialogs/faq/field.ts';
import { DEFAULT_KB_DIR, loadKnowledgeBase } from '../../dialogs/faq/load.ts';
import { evaluate, loadEvalSet } from './evaluate.ts';
import { FIELD_SETS } from './sets.ts';

const ALL_SETS = new Set(FIELD_SETS.map((s) => s.set));

describe('field phrasings file', () => {
  it('reads one phrasing or declined question per line', () => {
    const text = 'phrasings:\n  - { entry: receipt, set: dev3, q: "回执咋交" }\n  # a comment\n  - { decline: gap, set: dev4, q: "what if the \\"deadline\\" is a holiday" }\n';
    expect(parseFieldPhrasings('f.yaml', text)).toEqual([
      { entry: 'receipt', set: 'dev3', q: '回执咋交' },
      { decline: 'gap', set: 'dev4', q: 'what if the "deadline" is a holiday' },
    ]);
  });

  it.each([
    ['  - { entry: receipt, set: dev3, q: "x" }\n', 1, 'expected "phrasings:"'],
    ['phrasings:\n  - { entry: receipt, set: dev3 }\n', 2, 'q: '],
    ['phrasings:\n  - { entry: receipt, set: dev3, q: "x", note: "y" }\n', 2, 'note'],
    ['phrasings:\n  - { entry: receipt, set: dev3, q: "x" }\n  - { entry: receipt, q: "unclosed }\n', 3, 'not valid YAML'],
    ['phrasings:\n  - { decline: maybe, set: dev3, q: "x" }\n', 2, 'decline'],
    ['phrasings:\n  - { entry: receipt, set: Dev 3, q: "x" }\n', 2, 'set: must be lowercase'],
  ])('refuses a bad line with the file and its line number (%#)', (text, line, what) => {
    expect(() => parseFieldPhrasings('phrasings.yaml', text)).toThrow(`phrasings.yaml:${line}`);
    expect(() => parseFieldPhrasings('phrasings.yaml', text)).toThrow(what);
  });

  it('refuses a phrasing of an entry that does not exist, naming it', () => {
    const kb = loadKnowledgeBase(DEFAULT_KB_DIR, { leaveOutFieldSets: ALL_SETS });
    expect(() => withFieldPhrasings(kb, [{ entry: 'no-such-entry', set: 'dev3', q: '这是什么' }])).toThrow(`${FIELD_FILE}, entry no-such-entry`);
  });

  it('adds each phrasing to its entry in the language its script shows, and leaves a set out when asked', () => {
    const bare = loadKnowledgeBase(DEFAULT_KB_DIR, { leaveOutFieldSets: ALL_SETS });
    const kb = withFieldPhrasings(bare, [
      { entry: 'receipt', set: 'dev3', q: '回执咋交' },
      { entry: 'receipt', set: 'dev4', q: 'how 2 send back receipt' },
      { decline: 'out', set: 'dev3', q: '帮我订机票' },
    ]);
    const before = bare.byId.get('receipt')!;
    const after = kb.byId.get('receipt')!;
    expect(after.zh.alternatives).toEqual([...before.zh.alternatives, '回执咋交']);
    expect(after.en.alternatives).toEqual([...before.en.alternatives, 'how 2 send back receipt']);
    expect(kb.declined).toEqual({ zh: ['帮我订机票'], en: [] });
    const without = withFieldPhrasings(bare, [{ entry: 'receipt', set: 'dev3', q: '回执咋交' }], new Set(['dev3']));
    expect(without.byId.get('receipt')!.zh.alternatives).toEqual(before.zh.alternatives);
  });

  it('the shipped file names only entries that exist, takes nothing from a blind set, and is loaded by default', () => {
    const phrasings = loadFieldPhrasings(DEFAULT_KB_DIR);
    expect(phrasings.length).toBeGreaterThan(1000);
    expect(new Set(phrasings.map((p) => p.set))).toEqual(ALL_SETS);
    const kb = loadKnowledgeBase();
    for (const p of phrasings) if ('entry' in p) expect(kb.byId.has(p.entry)).toBe(true);
    expect(kb.declined?.zh.length).toBeGreaterThan(100);
  });

  it('takes every phrasing from the set it names, one of the retired sets (so none from a blind set)', () => {
    const source = new Map(FIELD_SETS.map((s) => [s.set, s.path]));
    const labelled = new Map([...source].map(([set, f]) => [set, loadEvalSet(f)]));
    for (const p of loadFieldPhrasings(DEFAULT_KB_DIR)) {
      const item = labelled.get(p.set)?.find((i) => i.q.trim() === p.q);
      expect(item, `${p.set}: ${p.q}`).toBeDefined();
      if ('entry' in p) expect(item!.expect).toBe(p.entry);
      else expect([item!.expect, item!.gap !== undefined]).toEqual([null, p.decline === 'gap']);
    }
  });
});

describe('field phrasings on questions the search has not seen', () => {
  // Every retired set scored with and without the other sets' phrasings, never with its own, pooled.
  it('more right answers, no more false accepts', async () => {
    const sets = FIELD_SETS.filter((s) => s.set !== 'dev');
    const pooled = { bare: { right: 0, accepted: 0 }, field: { right: 0, accepted: 0 }, answerable: 0, decline: 0 };
    // Without any set's phrasings the FAQ is the same for every set: built once.
    const bareFaq = await createFaq({}, { kb: loadKnowledgeBase(DEFAULT_KB_DIR, { leaveOutFieldSets: ALL_SETS }) });
    for (const { set, path } of sets) {
      const items = loadEvalSet(path);
      const bare = await evaluate(bareFaq, items);
      const field = await evaluate(await createFaq({}, { kb: loadKnowledgeBase(DEFAULT_KB_DIR, { leaveOutFieldSets: new Set([set]) }) }), items);
      pooled.answerable += bare.answerable;
      pooled.decline += bare.mustDecline;
      for (const [k, r] of [['bare', bare], ['field', field]] as const) {
        pooled[k].right += r.hitAt1 * r.answerable;
        pooled[k].accepted += r.falseAccept * r.mustDecline;
      }
    }
    expect(pooled.field.right / pooled.answerable).toBeGreaterThanOrEqual(pooled.bare.right / pooled.answerable + 0.05);
    expect(pooled.field.accepted / pooled.decline).toBeLessThanOrEqual(pooled.bare.accepted / pooled.decline + 0.01);
  }, 600_000);
});
