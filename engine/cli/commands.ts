/** Every `recon` sub-command, in the order `recon --help` lists them. One import per command file. */
import { addCommands } from './program.ts';
import { registerParse } from './parse.ts';
import { registerReconcile } from './reconcile.ts';
import { registerAsk } from './ask.ts';
import { registerFaq } from './faq.ts';

addCommands(
  registerParse,
  registerReconcile,
  registerAsk,
  registerFaq,
);
