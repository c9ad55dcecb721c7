/**
 * Which attachments are files to import (Direct Line uploads, channel files, Teams files), which
 * links the bot may fetch, and the hints read from the words sent with a file. Pure.
 */
import { describe, expect, it } from 'vitest';
import { mayFetch } from '../../bot/ports/uploads.ts';
import { fileAttachments } from '../../dialogs/upload/attachments.ts';
import { sideHint } from '../../dialogs/upload/uploadDialog.ts';
import { uniqueSuffix } from '../../dialogs/flow/mask.ts';

describe('fileAttachments', () => {
  it('takes named files, Teams download links and too-large marks; not cards, HTML copies or unnamed images', () => {
    const files = fileAttachments({
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } },
        { contentType: 'text/html', content: '<p>四月的</p>' },
        { contentType: 'image/png', contentUrl: 'http://127.0.0.1:1/x.png' },
        { contentType: 'text/csv', name: 'april.csv', contentUrl: 'urn:recon:upload:abcdefghijklmnopqrstuvwx' },
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: '四月对账单.csv', content: { downloadUrl: 'https://bank.sharepoint.cn/personal/x/四月对账单.csv', uniqueId: 'u', fileType: 'csv' } },
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'broken.csv', content: { uniqueId: 'u' } },
        { contentType: 'text/csv', name: 'big.csv', content: { recon: 'tooLarge', size: 9000000, max: 5242880 } },
        { contentType: 'text/csv', name: 'guest.csv', content: { recon: 'notKept' } },
        'garbage',
      ],
    });
    expect(files).toEqual([
      { name: 'april.csv', contentType: 'text/csv', contentUrl: 'urn:recon:upload:abcdefghijklmnopqrstuvwx' },
      { name: '四月对账单.csv', contentType: 'application/vnd.microsoft.teams.file.download.info', contentUrl: 'https://bank.sharepoint.cn/personal/x/四月对账单.csv' },
      { name: 'big.csv', contentType: 'text/csv', tooLarge: { size: 9000000, max: 5242880 } },
      { name: 'guest.csv', contentType: 'text/csv', notKept: true },
    ]);
    expect(fileAttachments({})).toEqual([]);
  });
});

describe('mayFetch', () => {
  const policy = { maxBytes: 1024, allowlist: null };
  it('with an app id: only https links on SharePoint (Teams files)', () => {
    expect(mayFetch('https://contoso.sharepoint.com/personal/a/b.csv', policy)).toBe(true);
    expect(mayFetch('https://bank.sharepoint.cn/a.csv', policy)).toBe(true);
    expect(mayFetch('http://contoso.sharepoint.com/a.csv', policy)).toBe(false);
    expect(mayFetch('https://sharepoint.com.evil.example/a.csv', policy)).toBe(false);
    expect(mayFetch('https://169.254.169.254/latest/meta-data', policy)).toBe(false);
    expect(mayFetch('not a url', policy)).toBe(false);
  });
  it('anonymous mode: only the serviceUrl allowlist', () => {
    const open = { maxBytes: 1024, allowlist: ['http://127.0.0.1:*'] };
    expect(mayFetch('http://127.0.0.1:5000/files/a.csv', open)).toBe(true);
    expect(mayFetch('http://10.0.0.1/files/a.csv', open)).toBe(false);
  });
});

describe('hints in the words sent with a file', () => {
  it('reads the side (the journal first: 银行存款日记账 names a bank too)', () => {
    expect(sideHint('银行存款日记账 11月')).toBe('ledger');
    expect(sideHint('四月的银行对账单')).toBe('bank');
    expect(sideHint('bank statement for April')).toBe('bank');
    expect(sideHint('our cash book')).toBe('ledger');
    expect(sideHint('帮我导入')).toBeNull();
    // 银行 on its own is the bank's (probe L7); 银行存款 is the book's account of that name.
    expect(sideHint('0002 银行')).toBe('bank');
    expect(sideHint('银行给的十一月的')).toBe('bank');
    expect(sideHint('银行存款 11月')).toBe('ledger');
    expect(sideHint('银行存款明细账')).toBe('ledger');
  });
  it('names an account by the shortest tail no other account ends with', () => {
    const all = ['6222020200011234', '6222020200021234', '6222020200025678'];
    expect(uniqueSuffix('6222020200025678', all)).toBe('5678');
    expect(uniqueSuffix('6222020200011234', all)).toBe('11234');
  });
});
