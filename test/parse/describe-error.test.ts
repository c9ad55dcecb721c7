/** Error lines in the user's language, from the reason key and its parameters. */
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors.ts';
import { describeError } from '../../engine/parse/index.ts';
import { failure, read } from './helpers.ts';

describe('describeError', () => {
  it('renders a ParseError in zh-CN and en', async () => {
    const err = await failure(read('id,date,amount,currency\nB1,2026-02-30,1.00,CNY\n', { fileName: '银行.csv' }));
    expect(describeError(err, 'zh-CN')).toBe('银行.csv 第 2 行：日期无效或无法识别：“2026-02-30”');
    expect(describeError(err, 'en')).toBe('银行.csv:2: impossible or unreadable date "2026-02-30"');
    expect(describeError(err, 'en')).toBe(err.message);
  });

  it('renders an entry location, and keeps the message of other engine errors', async () => {
    const err = await failure(
      read('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Ntry><CdtDbtInd>CRDT</CdtDbtInd></Ntry></Stmt></BkToCstmrStmt></Document>', { fileName: 'c.xml' }),
    );
    expect(describeError(err, 'zh-CN')).toBe('c.xml 条目 Ntry 1：条目没有金额（Amt）');
    expect(describeError(new EngineError('ENGINE.BAD_OPTIONS', 'bad option'), 'zh-CN')).toBe('bad option');
  });
});
