/** `recon parse` end to end through runCli: the JSON contract, the readable listing, one-line errors. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { runRecon } from '../support/cli.ts';
import type { Lang } from '../../engine/i18n/index.ts';
import { SAMPLES } from './helpers.ts';

async function recon(args: string[], lang: Lang = 'en') {
  return runRecon(args, { lang });
}

const dir = mkdtempSync(join(tmpdir(), 'recon-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recon parse', () => {
  it('--json prints exactly the contract shape with fixed-scale amount strings', async () => {
    const r = await recon(['parse', join(SAMPLES, 'camt053/oca_test-camt053-multi-currency.xml'), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json: unknown = JSON.parse(r.stdout);
    expect(json).toEqual({
      statements: [
        {
          account: 'CH1904835028789771000',
          currency: 'CHF',
          opening: '350777.85',
          closing: '350332.64',
          addsUp: true,
          transactions: [
            { id: 'DNXK210913CS36481/1001', date: '2021-09-14', amount: '-579.21', reference: 'SP-98803960-0', counterparty: 'Batelier', description: 'Devis DEV-01387' },
            { id: '80XM210914CS02210/1001', date: '2021-09-14', amount: '134.00', reference: '1050079910', counterparty: 'EPFL', description: '/INV/09.2021/01 7.9.2021' },
          ],
        },
      ],
    });
  });

  it('--json gives null balances and addsUp for a CSV without balances; --side ledger flips 借方/贷方', async () => {
    const file = join(dir, 'journal.csv');
    writeFileSync(file, iconv.encode('日期,凭证号,摘要,借方,贷方\n2026-03-01,记-1,收货款,"1,000.00",\n', 'gbk'));
    const r = await recon(['parse', file, '--side', 'ledger', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      statements: [
        {
          account: '',
          currency: 'CNY',
          opening: null,
          closing: null,
          addsUp: null,
          transactions: [{ id: '2026-03-01/记-1', date: '2026-03-01', amount: '1000.00', reference: '', counterparty: '', description: '收货款' }],
        },
      ],
    });
  });

  it('without --json lists each statement in the chosen language and says when it does not add up', async () => {
    const zh = await recon(['parse', join(SAMPLES, 'mt940/jejik_ing.sta'), '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('账户 0001234567');
    expect(zh.stdout).toContain('期初加本期发生额等于期末：否，不平');
    expect(zh.stdout).toContain('与期末相差 49.06');
    const en = await recon(['parse', join(SAMPLES, 'mt940/actual_data.sta')], 'en');
    expect(en.stdout).toContain('opening 1,500.00  closing 2,496.71');
    expect(en.stdout).toContain('opening + entries = closing: yes');
  });

  it('bad input: exit 2, one line on stderr naming file, line and reason, nothing on stdout', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'id,date,amount,currency,reference,counterparty,description\nB1,2026-02-30,1.00,CNY,,,\n');
    const en = await recon(['parse', file, '--json']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(`recon: ${file}:2: impossible or unreadable date "2026-02-30"\n`);
    const zh = await recon(['parse', file], 'zh-CN');
    expect(zh.stderr).toBe(`recon: ${file} 第 2 行：日期无效或无法识别：“2026-02-30”\n`);
  });

  it('a missing file, a bad option value and a bad profile are one line each', async () => {
    const missing = await recon(['parse', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`recon: ${join(dir, 'nope.csv')}: no such file\n`);
    const folder = await recon(['parse', dir], 'zh-CN');
    expect(folder).toMatchObject({ code: 2, stdout: '', stderr: `recon: ${dir}：这是一个目录，不是文件\n` });
    const format = await recon(['parse', join(dir, 'nope.csv'), '--format', 'xls']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('recon: invalid value "xls" for option --format\n');
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, '{"columns":{"date":"d"}}');
    const bad = await recon(['parse', join(SAMPLES, 'mt940/actual_data.sta'), '--profile', profile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')).toHaveLength(2);
    expect(bad.stderr).toContain(`${profile}: invalid column-mapping profile: columns:`);
    expect(bad.stdout).toBe('');
  });

  it('the sample that is not MT940 fails the same way', async () => {
    const file = join(SAMPLES, 'mt940/self-provided_invalid_statement.sta');
    const r = await recon(['parse', file, '--format', 'mt940']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`recon: ${file}:1: not an MT940 file: no statement starting with :20: found\n`);
  });
});
