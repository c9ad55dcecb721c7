/** 简体中文文案（参考语言）。每个功能一个文件；新增文件时在此登记，并在 en/ 下建同名文件。 */
import { common } from './common.ts';
import { parse } from './parse.ts';
import { bot } from './bot.ts';
import { report } from './report.ts';
import { faq } from './faq.ts';
import { resolve } from './resolve.ts';
import { store } from './store.ts';
import { signin } from './signin.ts';
import { upload } from './upload.ts';

export const zhCN = {
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
