/** The knowledge base as shipped, and the loader's refusal of broken entries (file + entry named). */
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../engine/errors.ts';
import { buildKnowledgeBase, loadKnowledgeBase, parseKbFile } from '../../dialogs/faq/load.ts';
import { answerFor } from '../../dialogs/faq/schema.ts';

const kb = loadKnowledgeBase();

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'sample-entry',
  audience: 'both',
  tags: ['t'],
  followUps: [],
  zh: { title: '标题', answer: '回答', alternatives: ['说法'] },
  en: { title: 'Title', answer: 'Answer', alternatives: ['phrasing'] },
  ...over,
});
const yaml = (entries: unknown[]) => JSON.stringify({ topic: 'sample', entries });

describe('shipped knowledge base', () => {
  it('has at least 40 entries, each in zh-CN and English with alternatives', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(40);
    for (const e of kb.entries) {
      expect(e.zh.answer).toMatch(/[\u4e00-\u9fff]/);
      expect(e.en.answer).not.toMatch(/[\u4e00-\u9fff]{4}/);
      expect(e.zh.alternatives.length + e.en.alternatives.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('covers every topic the issue lists, for the right audience', () => {
    const need: Record<string, string> = {
      'what-is-e-recon': 'both', 'why-e-recon': 'both', 'staff-procedure': 'staff', 'staff-prepare': 'staff',
      'staff-execute': 'staff', 'staff-review': 'staff', 'staff-handle': 'staff', 'staff-archive': 'staff',
      'first-login': 'staff', 'initial-settings': 'staff', 'customer-how-to': 'both', 'customer-report-mismatch': 'customer',
      'cannot-login': 'both', 'network-unstable': 'both', 'data-delay': 'staff', 'system-fault': 'both', 'contact-support': 'both',
      'bank-only-credit': 'both', 'bank-only-debit': 'both', 'ledger-only-credit': 'both', 'ledger-only-debit': 'both',
      'amount-mismatch': 'both', duplicate: 'both', 'balance-statement': 'both', 'protect-credentials': 'both',
      'safe-network': 'both', backups: 'staff', training: 'staff', 'day-end-vs-periodic': 'both', 'exempt-accounts': 'both',
      receipt: 'both', 'maker-checker': 'staff',
    };
    for (const [id, audience] of Object.entries(need)) expect(kb.byId.get(id)?.audience, id).toBe(audience);
  });

  it('fills the gaps of issue 18: where it is in online banking (customer-how-to), an unreturned receipt, a lost USB key, whom to call', () => {
    const need = { 'customer-how-to': 'both', 'receipt-not-returned': 'customer', 'lost-usb-key': 'both', 'contact-support': 'both', 'staff-contact': 'staff' };
    for (const [id, audience] of Object.entries(need)) expect(kb.byId.get(id)?.audience, id).toBe(audience);
    expect(kb.byId.get('lost-usb-key')?.zh.answer).toMatch(/^第一步是马上挂失/);
    expect(kb.byId.get('contact-support')?.zh.customerAnswer).toContain('{contact}');
  });

  it('customers never see staff-only lines (员工找系统管理员 …): entries for both audiences say them only in the staff answer', () => {
    const staffOnly = /员工请?(找|联系)|系统管理员|技术支持团队|主管|运营部门|\bstaff:|staff (ask|contact|call)|system administrator|support team|supervisor/i;
    for (const e of kb.entries.filter((x) => x.audience !== 'staff'))
      for (const v of [e.zh, e.en]) expect(answerFor(v, 'customer'), e.id).not.toMatch(staffOnly);
  });

  it('Chinese text has no spaces left over from YAML line folding', () => {
    for (const e of kb.entries) expect(e.zh.answer, e.id).not.toMatch(/[\u4e00-\u9fff，。；：]\s+[\u4e00-\u9fff，。；：]/);
  });

  it('every follow-up exists and entries are sorted by id', () => {
    const ids = kb.entries.map((e) => e.id);
    expect([...ids].sort()).toEqual(ids);
    for (const e of kb.entries) for (const f of e.followUps) expect(kb.byId.has(f), `${e.id} -> ${f}`).toBe(true);
  });
});

describe('loader refuses broken entries with file and entry', () => {
  it('a missing English version', () => {
    const bad = entry({ id: 'no-english', en: undefined });
    expect(() => parseKbFile('broken.yaml', yaml([entry(), bad]))).toThrow(/^broken\.yaml, entry no-english: en: /);
  });

  it('an empty answer and a bad audience', () => {
    expect(() => parseKbFile('a.yaml', yaml([entry({ zh: { title: 't', answer: ' ', alternatives: ['x'] } })]))).toThrow(
      /a\.yaml, entry sample-entry: zh\.answer: must not be empty/,
    );
    expect(() => parseKbFile('a.yaml', yaml([entry({ audience: 'everyone' })]))).toThrow(/a\.yaml, entry sample-entry: audience/);
  });

  it('an entry without an id is named by its position', () => {
    expect(() => parseKbFile('b.yaml', yaml([entry(), entry({ id: undefined })]))).toThrow(/b\.yaml, entry #2: id/);
  });

  it('invalid YAML names the file', () => {
    expect(() => parseKbFile('c.yaml', 'topic: x\nentries: [\n')).toThrow(/^c\.yaml: not valid YAML/);
  });

  it('duplicate ids across files and unknown follow-ups', () => {
    const one = parseKbFile('one.yaml', yaml([entry()]));
    const two = parseKbFile('two.yaml', yaml([entry()]));
    expect(() => buildKnowledgeBase([...one, ...two])).toThrow(/two\.yaml, entry sample-entry: duplicate id, already used in one\.yaml/);
    const dangling = parseKbFile('d.yaml', yaml([entry({ followUps: ['nowhere'] })]));
    expect(() => buildKnowledgeBase(dangling)).toThrow(ParseError);
    expect(() => buildKnowledgeBase(dangling)).toThrow(/follow-up "nowhere" is not an entry id/);
  });
});
