/** English text, one file per feature, same keys as zh-CN/ (enforced by typeof in each file). */
import type { zhCN } from '../zh-CN/index.ts';
import { common } from './common.ts';
import { parse } from './parse.ts';
import { bot } from './bot.ts';
import { report } from './report.ts';
import { faq } from './faq.ts';
import { resolve } from './resolve.ts';
import { store } from './store.ts';
import { signin } from './signin.ts';
import { upload } from './upload.ts';

export const en: typeof zhCN = {
  ...common,
  ...parse,
  ...bot,
  ...report,
  ...faq,
  ...resolve,
  ...store,
  ...signin,
  ...upload,
};
