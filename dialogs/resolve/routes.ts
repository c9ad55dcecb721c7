/**
 * The guided dialogs as routes of the main dialog (its `routes` extension point): recognisers for
 * what people type, roles allowed, and the dialogs. `ResolveMainDialog` also starts them from card
 * buttons outside a dialog (the approval card, the run summary), which the main dialog's own
 * submit parser does not know, and answers a stale step card politely.
 */
import { ActivityTypes } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { messages, pickLang } from '../../engine/i18n/index.ts';
import { ApprovalDialog, APPROVAL_DIALOG } from '../approval/approvalDialog.ts';
import type { ExtensionIntent } from '../intent.ts';
import { MainDialog, type IntentRoute, type MainDialogOptions } from '../mainDialog.ts';
import type { DialogPorts, Role } from '../ports.ts';
import { RunDialog } from '../runChat/runDialog.ts';
import { SetupDialog } from '../setup/setupDialog.ts';
import type { ResolvePorts } from './ports.ts';
import { ResolveDialog, RESOLVE_DIALOG } from './resolveDialog.ts';
import { looksLikeStepSubmit, parseEntrySubmit } from './submit.ts';

const STAFF: readonly Role[] = ['staff', 'approver', 'admin'];
const ACCOUNT = String.raw`(?:\s*(?:账户|账号|尾号|account|acct)?\s*(\d{4,34}))?`;
const RESOLVE = new RegExp(`^(?:处理差异|处理一下差异|开始处理差异|resolve(?: the)? differences?)${ACCOUNT}$`);
const APPROVAL = /^(?:审批|待审批|我的审批|审批列表|approvals?|pending approvals?|my approvals)$/;
const SETUP = new RegExp(`^(?:设置|初始设置|首次设置|账户设置|对账设置|setup|settings|first-time setup)${ACCOUNT}$`);
const RUN = /^(?:对账|开始对账|运行对账|run reconciliation|run recon|reconcile)((?:\s+\S+){0,2})$/;
const PERIOD = /^(?:\d{4}-\d{2}(?:-\d{2})?|\d{4}-[qh][1-4]|(?:19|20)\d{2})$/;

function withAccount(route: string, m: RegExpExecArray | null): ExtensionIntent | null {
  if (!m) return null;
  return { name: 'extension', route, args: m[1] ? { account: m[1] } : {} };
}

/** "对账 [账户] 1234 2026-10": the account hint and the period, in either order; null if a word is neither. */
export function recognizeRun(t: string): ExtensionIntent | null {
  const m = RUN.exec(t.replace(/(账户|账号|尾号|account|acct)\s*(?=\d)/g, ' '));
  if (!m) return null;
  const args: Record<string, string> = {};
  for (const word of (m[1] ?? '').trim().split(/\s+/).filter((w) => w !== '')) {
    if (PERIOD.test(word) && !args.period) args.period = word;
    else if (/^\d{4,34}$/.test(word) && !args.account) args.account = word;
    else return null;
  }
  return { name: 'extension', route: 'run', args };
}

/** The four guided dialogs as routes of the main dialog. */
export function resolveRoutes(ports: ResolvePorts): IntentRoute[] {
  return [
    { route: 'resolve', rule: (t) => withAccount('resolve', RESOLVE.exec(t)), allowed: STAFF, dialog: new ResolveDialog(ports) },
    { route: 'approval', rule: (t) => (APPROVAL.test(t) ? { name: 'extension', route: 'approval', args: {} } : null), allowed: ['approver', 'admin'], dialog: new ApprovalDialog(ports) },
    { route: 'run', rule: recognizeRun, allowed: STAFF, dialog: new RunDialog(ports) },
    { route: 'setup', rule: (t) => withAccount('setup', SETUP.exec(t)), allowed: ['admin'], dialog: new SetupDialog(ports) },
  ];
}

/** The main dialog plus card buttons that start a guided dialog from outside one. */
export class ResolveMainDialog extends MainDialog {
  constructor(ports: DialogPorts, options: MainDialogOptions) {
    super(ports, options);
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const a = innerDc.context.activity;
    const text = typeof a.text === 'string' ? a.text.trim() : '';
    if (a.type === ActivityTypes.Message && text === '' && a.value !== undefined) {
      const lang = pickLang(a.locale);
      const entry = parseEntrySubmit(a.value);
      const target = entry ? (entry.action === 'resolve.start' ? RESOLVE_DIALOG : APPROVAL_DIALOG) : null;
      if (entry && target && this.findDialog(target)) {
        // The dialog checks the person's role itself (a forged card is refused and audited there).
        return innerDc.beginDialog(target, { entry, lang, ...(entry.action === 'resolve.start' && entry.account ? { account: entry.account } : {}) });
      }
      if (looksLikeStepSubmit(a.value)) {
        // A button of a dialog that has ended or expired since.
        await innerDc.context.sendActivity(messages(lang).resolve.flow.staleCard);
        return { status: DialogTurnStatus.complete };
      }
    }
    return super.onBeginDialog(innerDc, options);
  }
}
