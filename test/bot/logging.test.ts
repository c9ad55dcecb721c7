import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskNumbers } from '../../bot/logging.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', destination), lines };
}

describe('log masking', () => {
  it('cuts an account number to its last four, in the message and in fields', () => {
    const { logger, lines } = capture();
    logger.info({ account: '6222021234567890', note: '账号6222021234567890的导入' }, 'import of 6222021234567890 failed');
    const line = lines.join('');
    expect(line).not.toContain('6222021234567890');
    expect(line).toContain('"account":"****7890"');
    expect(line).toContain('账号****7890的导入');
    expect(line).toContain('import of ****7890 failed');
  });

  it('keeps a request id whose first group is all digits, so the log can still be searched for it', () => {
    const { logger, lines } = capture();
    const req = '12347485-0b1c-4d2e-8f30-4a5b6c7d8e9f';
    logger.warn({ req, path: '/api/messages' }, 'request refused: body');
    expect(lines.join('')).toContain(`"req":"${req}"`);
  });

  it('leaves amounts, dates and short counts alone', () => {
    expect(maskNumbers('2026-12-05 金额 1234567.89 共 42 笔')).toBe('2026-12-05 金额 1234567.89 共 42 笔');
  });
});
