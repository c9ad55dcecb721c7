/**
 * Every `recon` sub-command, in the order `recon --help` lists them. Each command's module (and
 * what it imports: pg, the store, exceljs, the FAQ) is loaded only when the command line names
 * it, so `recon reconcile` does not pay for the store and `recon parse` not for the FAQ. Help and
 * anything that names no known command load them all, so what commander prints stays the same.
 */
import { addLazyCommands } from './program.ts';

addLazyCommands([
  { names: ['parse'], load: async () => (await import('./parse.ts')).registerParse },
  { names: ['reconcile'], load: async () => (await import('./reconcile.ts')).registerReconcile },
  { names: ['ask'], load: async () => (await import('./ask.ts')).registerAsk },
  { names: ['faq'], load: async () => (await import('./faq.ts')).registerFaq },
  { names: ['import'], load: async () => (await import('./import.ts')).registerImport },
  { names: ['run'], load: async () => (await import('./run.ts')).registerRun },
  { names: ['status'], load: async () => (await import('./status.ts')).registerStatus },
  { names: ['differences'], load: async () => (await import('./differences.ts')).registerDifferences },
  { names: ['accounts'], load: async () => (await import('./accounts.ts')).registerAccounts },
  { names: ['users'], load: async () => (await import('./users.ts')).registerUsers },
  { names: ['resolve'], load: async () => (await import('./resolve.ts')).registerResolve },
  { names: ['approve', 'reject'], load: async () => (await import('./approve.ts')).registerApprove },
  { names: ['export'], load: async () => (await import('./export.ts')).registerExport },
  { names: ['audit'], load: async () => (await import('./audit.ts')).registerAudit },
  { names: ['prune'], load: async () => (await import('./prune.ts')).registerPrune },
  { names: ['demo'], load: async () => (await import('./demo.ts')).registerDemo },
]);
