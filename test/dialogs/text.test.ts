import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_OUTSIDE, oneLine, outside } from '../../dialogs/flow/text.ts';
import { channelIdentity, channelUserId } from '../../dialogs/channelUser.ts';

describe('outside text as one escaped line', () => {
  it.each([
    ['[点此领取](http://evil.example)', '\\[点此领取\\](http://evil.example)'],
    ['原因\n\n**提议人：** 张三', '原因 \\*\\*提议人：\\*\\* 张三'],
    ['a\r\nb\u2028c\u2029d\te', 'a b c d e'],
    ['- 列表', '\\- 列表'],
    ['+ 列表', '\\+ 列表'],
    ['1. 编号', '1\\. 编号'],
    ['2) 编号', '2\\) 编号'],
    ['## 标题', '\\## 标题'],
    ['`code` <http://x> ~~del~~ a_b \\', '\\`code\\` \\<http://x\\> \\~\\~del\\~\\~ a\\_b \\\\'],
    ['INV-1 12.50 元 (北京)', 'INV-1 12.50 元 (北京)'],
    [null, ''],
  ])('%j → %j', (input, want) => {
    expect(outside(input)).toBe(want);
  });

  it('caps long values with an ellipsis, counting characters, not UTF-16 units', () => {
    expect([...oneLine('汉'.repeat(300))]).toHaveLength(MAX_OUTSIDE);
    expect(oneLine('汉'.repeat(300)).endsWith('…')).toBe(true);
    expect(oneLine('𠀀'.repeat(10), 5)).toBe('𠀀𠀀𠀀𠀀…');
    expect(oneLine('短', 5)).toBe('短');
  });

  it('never leaves a line break, an unescaped link bracket or emphasis star in any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const out = outside(s);
      expect(out).not.toMatch(/[\r\n\u2028\u2029\t]/);
      // Every [ ] * _ ` < > ~ is preceded by an odd run of backslashes.
      for (const m of out.matchAll(/(\\*)([[\]*_`<>~])/g)) expect(m[1]!.length % 2).toBe(1);
    }));
  });
});

describe('the channel identity the dialogs see', () => {
  it('is the Teams object id (aad) when there is one, else the Web Chat / Direct Line user id', () => {
    expect(channelIdentity({ id: '29:1abc', aadObjectId: '0f3c2a9e-51d4-4b7a-9c1e-2d8f6a4b3c10' })).toEqual({ kind: 'aad', id: '0f3c2a9e-51d4-4b7a-9c1e-2d8f6a4b3c10' });
    expect(channelIdentity({ id: 'li.si@branch.example' })).toEqual({ kind: 'webchat', id: 'li.si@branch.example' });
    expect(channelUserId({ id: 'li.si@branch.example' })).toBe(channelIdentity({ id: 'li.si@branch.example' }).id);
  });
});
