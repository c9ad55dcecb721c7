/**
 * The errors two files raise together (different currencies, an amount beyond 2^53 − 1 minor
 * units, a repeated id) come out in the person's language, through engine/i18n, like every
 * other refusal: one line, exit 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors.ts';
import { describeError } from '../../engine/parse/describe.ts';
import { runRecon } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'recon-errors-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `id,date,amount,currency\n${rows.join('\n')}\n`);
  return path;
}

const cny = file('cny.csv', ['B1,2026-03-01,100.00,CNY']);
const usd = file('usd.csv', ['L1,2026-03-01,100.00,USD']);
const huge = file('huge.csv', ['B1,2026-03-01,900719925474099.92,CNY']);

describe('errors of two files together, in the person\'s language', () => {
  it('a currency mismatch is Chinese in zh-CN and English in en', async () => {
    const zh = await runRecon(['reconcile', '--bank', cny, '--ledger', usd], { lang: 'zh-CN' });
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toBe(`recon: 银行对账单 ${cny} 的币种是 CNY，企业日记账 ${usd} 的币种是 USD；一次对账只能对一种币种\n`);
    const en = await runRecon(['reconcile', '--bank', cny, '--ledger', usd, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`recon: bank ${cny} is in CNY but ledger ${usd} is in USD; a run reconciles one currency\n`);
  });

  it('an amount beyond 2^53 − 1 minor units is Chinese in zh-CN and English in en', async () => {
    const zh = await runRecon(['reconcile', '--bank', huge, '--ledger', cny], { lang: 'zh-CN' });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(`recon: ${huge} 第 2 行：银行交易 B1 的金额 900719925474099.92 超出可精确对账的范围（最多 9007199254740991 个最小货币单位）\n`);
    const en = await runRecon(['reconcile', '--bank', cny, '--ledger', huge], { lang: 'en' });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`recon: ${huge}:2: ledger line B1: amount 900719925474099.92 is larger than the engine reconciles exactly (9007199254740991 minor units)\n`);
  });

  it('an EngineError without a key keeps its own message', () => {
    const err = new EngineError('ENGINE.BAD_OPTIONS', 'something plain', {});
    expect(describeError(err, 'zh-CN')).toBe('something plain');
  });
});
