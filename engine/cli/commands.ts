/** Every `recon` sub-command, in the order `recon --help` lists them. One import per command file. */
import { addCommands } from './program.ts';
import { registerParse } from './parse.ts';
import { registerReconcile } from './reconcile.ts';
import { registerAsk } from './ask.ts';
import { registerFaq } from './faq.ts';
import { registerImport } from './import.ts';
import { registerRun } from './run.ts';
import { registerStatus } from './status.ts';
import { registerDifferences } from './differences.ts';
import { registerAccounts } from './accounts.ts';
import { registerUsers } from './users.ts';
import { registerResolve } from './resolve.ts';
import { registerApprove } from './approve.ts';
import { registerExport } from './export.ts';
import { registerAudit } from './audit.ts';
import { registerDemo } from './demo.ts';

addCommands(
  registerParse,
  registerReconcile,
  registerAsk,
  registerFaq,
  registerImport,
  registerRun,
  registerStatus,
  registerDifferences,
  registerAccounts,
  registerUsers,
  registerResolve,
  registerApprove,
  registerExport,
  registerAudit,
  registerDemo,
);
