/** English: shared vocabulary (difference kinds, match rules, generic errors). */
import type { common as zh } from '../zh-CN/common.ts';

export const common: typeof zh = {
  kinds: {
    bank_only_credit: 'Received by bank, not yet in books',
    bank_only_debit: 'Paid by bank, not yet in books',
    ledger_only_credit: 'Received in books, not yet at bank',
    ledger_only_debit: 'Paid in books, not yet at bank',
    amount_mismatch: 'Amount mismatch',
    duplicate: 'Duplicate entry',
  },
  rules: {
    reference: 'Reference',
    amount_date: 'Amount and date',
    one_to_many: 'One to many',
    many_to_one: 'Many to one',
    tolerance: 'Within tolerance',
    manual: 'Manual match',
  },
  errors: {
    internal: 'Internal error, please contact technical support (code {code}).',
    file: {
      ENOENT: 'cannot find {path}: no such file or folder',
      EACCES: 'no permission to access {path}',
      EPERM: 'no permission to access {path}',
      EISDIR: '{path} is a folder; a file is needed here',
      ENOTDIR: '{path} is not a folder',
      ENOSPC: 'the disk holding {path} is full',
      EROFS: 'the disk holding {path} is read-only',
      other: 'cannot read or write {path} ({code})',
    },
    connectionLost: 'the database connection was lost ({reason}); nothing from this command was saved, please try again',
  },
};
