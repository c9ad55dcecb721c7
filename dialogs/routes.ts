/**
 * The guided dialogs as routes of the main dialog (its `routes` extension point): recognisers for
 * what people type, roles allowed, the dialogs, and the card buttons outside a dialog that start
 * them (the approval card, the run summary). The one place that knows every feature dialog: it
 * hands the approval card to the resolution dialog, so no feature dialog imports another.
 */
import { APPROVAL_WORDS, ApprovalDialog } from './approval/approvalDialog.ts';
import { approvalCard } from './approval/card.ts';
import { relativePeriod } from '../engine/service/period.ts';
import type { ExtensionIntent } from './intent.ts';
import type { IntentRoute } from './mainDialog.ts';
import type { GuidedPorts, Role } from './ports.ts';
import { ResolveDialog } from './resolve/resolveDialog.ts';
import { RunDialog } from './run/runDialog.ts';
import { SetupDialog } from './setup/setupDialog.ts';
import { UploadDialog } from './upload/uploadDialog.ts';

const STAFF: readonly Role[] = ['staff', 'approver', 'admin'];
const ACCOUNT = String.raw`(?:\s*(?:账户|账号|尾号|account|acct)?\s*(\d{4,34}))?`;
const RESOLVE = new RegExp(`^(?:处理差异|处理一下差异|开始处理差异|resolve(?: the)? differences?)${ACCOUNT}$`);
/** One difference by its number: "处理差异 #5", "#5", "resolve #5", "差异#5". */
const RESOLVE_ONE = /^(?:处理差异|处理|差异|resolve(?: the)?(?: differences?)?|difference)?\s*[#＃]\s*(\d{1,18})$/;
const SETUP = new RegExp(`^(?:设置|初始设置|首次设置|账户设置|对账设置|setup|settings|first-time setup)${ACCOUNT}$`);
const RUN = /^(?:对账|开始对账|运行对账|run reconciliation|run recon|reconcile)((?:\s+\S+){0,2})$/;
const PERIOD = /^(?:\d{4}-\d{2}(?:-\d{2})?|\d{4}-[qh][1-4]|(?:19|20)\d{2})$/;

function withAccount(route: string, m: RegExpExecArray | null): ExtensionIntent | null {
  if (!m) return null;
  return { name: 'extension', route, args: m[1] ? { account: m[1] } : {} };
}

/** "对账 [账户] 1234 2026-10": the account hint and the period, in either order; null if a word is neither. */
export function recognizeRun(t: string): ExtensionIntent | null {
  // "last month" is one word here, so the period stays one argument.
  const joined = t.replace(/(账户|账号|尾号|account|acct)\s*(?=\d)/g, ' ').replace(/\b(last|this|previous|current) (month|quarter|year)\b/g, '$1-$2');
  const m = RUN.exec(joined);
  if (!m) return null;
  const args: Record<string, string> = {};
  for (const word of (m[1] ?? '').trim().split(/\s+/).filter((w) => w !== '')) {
    // Relative words are checked against any day: only whether they name a period matters here.
    if ((PERIOD.test(word) || relativePeriod(word, '2000-01-01') !== null) && !args.period) args.period = word;
    else if (/^\d{4,34}$/.test(word) && !args.account) args.account = word;
    else return null;
  }
  return { name: 'extension', route: 'run', args };
}

/** The guided dialogs as routes of the main dialog (the upload dialog when files are taken). */
export function guidedRoutes(ports: GuidedPorts): IntentRoute[] {
  const { uploads } = ports;
  // A message with a file begins the upload dialog (no words do): the main dialog checks `files`.
  const upload: IntentRoute[] = uploads ? [{ route: 'upload', rule: () => null, allowed: STAFF, dialog: new UploadDialog({ ...ports, uploads }), files: true }] : [];
  return [
    ...upload,
    {
      route: 'resolve',
      rule: (t) => {
        const one = RESOLVE_ONE.exec(t);
        return one ? { name: 'extension', route: 'resolve', args: { difference: one[1]! } } : withAccount('resolve', RESOLVE.exec(t));
      },
      allowed: STAFF,
      dialog: new ResolveDialog(ports, approvalCard), entries: ['resolve.start'],
    },
    {
      route: 'approval', rule: (t) => (APPROVAL_WORDS.test(t) ? { name: 'extension', route: 'approval', args: {} } : null), allowed: ['approver', 'admin'],
      dialog: new ApprovalDialog(ports), entries: ['approval.list', 'approval.decide'],
    },
    { route: 'run', rule: recognizeRun, allowed: STAFF, dialog: new RunDialog(ports) },
    { route: 'setup', rule: (t) => withAccount('setup', SETUP.exec(t)), allowed: ['admin'], dialog: new SetupDialog(ports) },
  ];
}
