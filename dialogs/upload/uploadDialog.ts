/**
 * A statement or journal file sent in chat: keep it, read it with the engine's readers, show what
 * it holds (account, dates, lines, whether the balances add up), ask for the account and the side
 * when the file and the words sent with it do not say, confirm, import it (as `recon import`
 * does: all or nothing, idempotent, audited, posted by the sender) and offer to run the period.
 * A file no reader accepts ends the dialog with the reader's one line (file, line, reason).
 */
import { MessageFactory, type Activity } from 'botbuilder';
import { z } from 'zod';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { Decimal } from '../../engine/money.ts';
import { SideSchema, type Side } from '../../engine/model.ts';
import { periodOf } from '../../engine/service/period.ts';
import { balanceConflictNotice, zeroAmountNotice } from '../../engine/service/import.ts';
import type { UploadInspection } from '../../engine/service/upload.ts';
import type { Prompt } from '../flow/card.ts';
import { FlowDialog, type FlowContext, type FlowOptions, type Outcome, type StepInput } from '../flow/flowDialog.ts';
import { amountText } from '../flow/format.ts';
import { accountChoices, maskAccount, uniqueSuffix } from '../flow/mask.ts';
import { oneLine, outside } from '../flow/text.ts';
import type { FileAttachment, GuidedPorts, Role, UploadPort } from '../ports.ts';

export const UPLOAD_DIALOG = 'uploadChat';
/** A reader's or the store's line with account numbers (10 digits or more) masked for everyone but admins. */
function maskedLine(error: string, viewer: Role): string {
  return outside(viewer === 'admin' ? error : error.replace(/\d{10,}/g, (n) => maskAccount(n, viewer)), 500);
}

/** Statements listed one by one in the summary; more are counted. */
const LISTED = 5;

const StatementSchema = z.object({
  account: z.string(), currency: z.string(), from: z.string().nullable(), to: z.string().nullable(), lines: z.number().int(),
  opening: z.string().nullable(), closing: z.string().nullable(), addsUp: z.boolean().nullable(),
});
const InspectionSchema = z.object({
  format: z.enum(['csv', 'mt940', 'camt053']), side: SideSchema.nullable(), statements: z.array(StatementSchema), lines: z.number().int(),
  from: z.string().nullable(), to: z.string().nullable(), fileAccount: z.string(), accounts: z.array(z.string()),
  zeroLines: z.array(z.number().int()).default([]),
});
const UploadDataSchema = z.object({
  upload: z.string(), file: z.string(), note: z.string(), inspection: InspectionSchema, account: z.string().nullable(), side: SideSchema.nullable(),
});
export type UploadData = z.infer<typeof UploadDataSchema>;

const FileSchema = z.object({
  name: z.string(), contentType: z.string(), contentUrl: z.string().optional(),
  tooLarge: z.object({ size: z.number(), max: z.number() }).optional(),
});
const OptionsSchema = z.object({ files: z.array(FileSchema).min(1), note: z.string().default('') });

/**
 * The side the words sent with a file name. The book is tried first: "银行存款日记账" and "银行存款
 * 明细账" name a bank too. Then the bank: 对账单, "bank", or 银行 on its own ("0002 银行", "银行给的"),
 * but not 银行存款 (the book's account of that name).
 */
export function sideHint(note: string): Side | null {
  if (/日记账|明细账|账簿|账本|银行存款|ledger|journal|\bbooks?\b/i.test(note)) return 'ledger';
  if (/对账单|银行(?!存款)|\bbank\b|statement/i.test(note)) return 'bank';
  return null;
}

function copy(i: UploadInspection): UploadData['inspection'] {
  return { ...i, statements: i.statements.map((s) => ({ ...s })), accounts: [...i.accounts], zeroLines: [...i.zeroLines] };
}

export class UploadDialog extends FlowDialog<UploadData> {
  protected readonly roles: readonly Role[] = ['staff', 'approver', 'admin'];
  protected readonly dataSchema = UploadDataSchema;

  constructor(private readonly ports: GuidedPorts & { uploads: UploadPort }) {
    super(UPLOAD_DIALOG, ports);
  }

  protected help(lang: Lang): string {
    return messages(lang).upload.help;
  }

  protected async start(ctx: FlowContext, options: FlowOptions): Promise<Outcome<UploadData>> {
    const t = messages(ctx.lang).upload;
    const opts = OptionsSchema.parse(options);
    const file: FileAttachment = opts.files[0]!;
    const rest = opts.files.slice(1);
    const name = outside(file.name);
    const a = ctx.turn.activity;
    const got = await this.ports.uploads.receive(file, {
      channelId: a.channelId ?? '', conversationId: a.conversation?.id ?? '', serviceUrl: a.serviceUrl ?? '', actor: ctx.person.channelUserId,
    });
    if (!got.ok) {
      if (got.code === 'too_large') return { kind: 'end', say: fill(t.tooLarge, { file: name, size: got.size, max: got.max }) };
      return { kind: 'end', say: fill(got.code === 'bad_type' ? t.badType : t.fetchFailed, { file: name }) };
    }
    const note = oneLine(opts.note, 500);
    const side = sideHint(note);
    const seen = await this.ports.uploads.inspect(got.uploadId, side, ctx.lang);
    if (!seen.ok) return this.ended(got.uploadId, seen.gone ? t.gone : fill(t.unreadable, { error: maskedLine(seen.error, ctx.person.role) }));
    const i = seen.inspection;
    if (i.accounts.length === 0) {
      // Nothing to import into: the account the file names is not registered, or none is in its currency.
      const say = i.fileAccount !== ''
        ? fill(t.noAccountFits, { file: name, account: maskAccount(i.fileAccount, ctx.person.role) })
        : fill(t.noAccountInCurrency, { file: name, currency: i.statements[0]?.currency ?? '' });
      return this.ended(got.uploadId, say);
    }
    const hinted = /\d{4,34}/.exec(note)?.[0];
    const fits = hinted ? i.accounts.filter((n) => n.endsWith(hinted)) : [];
    const account = fits.length === 1 ? fits[0]! : i.accounts.length === 1 ? i.accounts[0]! : null;
    const data: UploadData = { upload: got.uploadId, file: file.name, note, inspection: copy(i), account, side: side ?? i.side };
    const say = rest.length > 0 ? fill(t.oneAtATime, { file: name, n: rest.length }) : undefined;
    return { kind: 'next', step: this.nextStep(data), data, ...(say ? { say } : {}) };
  }

  private nextStep(data: UploadData): string {
    if (data.account === null) return 'account';
    if (data.side === null) return 'side';
    return 'confirm';
  }

  protected async prompt(ctx: FlowContext, step: string, data: UploadData): Promise<Prompt> {
    const t = messages(ctx.lang).upload;
    const title = fill(t.title, { file: outside(data.file), format: t.formats[data.inspection.format] });
    const lines = summaryLines(data, ctx.lang, ctx.person.role);
    if (step === 'account') {
      const all = await this.ports.cases.accounts();
      const fitting = all.filter((a) => data.inspection.accounts.includes(a.number));
      return { title, lines: [...lines, t.askAccount], choices: accountChoices(fitting, ctx.person.role, t.accountLabel) };
    }
    if (step === 'side') {
      return {
        title, lines: [...lines, t.askSide],
        choices: (['bank', 'ledger'] as const).map((s) => ({ value: s, label: t.sides[s], aliases: t.sideAliases[s] })),
      };
    }
    const target = fill(t.target, { account: maskAccount(data.account ?? '', ctx.person.role), side: t.sides[data.side ?? 'bank'] });
    return {
      title, lines: [...lines, target, t.confirm],
      choices: [{ value: 'yes', label: t.yes, aliases: ['是', '确认', '导入', 'yes', 'y', 'ok'] }, { value: 'no', label: t.no, aliases: ['否', '不', 'no', 'n'] }],
    };
  }

  protected async handle(ctx: FlowContext, step: string, data: UploadData, input: StepInput): Promise<Outcome<UploadData>> {
    const t = messages(ctx.lang).upload;
    const r = messages(ctx.lang).resolve;
    if (step === 'account') {
      if (input.choice === null) return { kind: 'stay', say: fill(r.flow.chooseOne, { max: data.inspection.accounts.length }) };
      const next = { ...data, account: input.choice };
      return { kind: 'next', step: this.nextStep(next), data: next };
    }
    if (step === 'side') {
      const side = SideSchema.safeParse(input.choice);
      if (!side.success) return { kind: 'stay', say: fill(r.flow.chooseOne, { max: 2 }) };
      // 借方/贷方 mean opposite things on the two sides: the file is read again as the side chosen.
      const seen = await this.ports.uploads.inspect(data.upload, side.data, ctx.lang);
      if (!seen.ok) return this.ended(data.upload, seen.gone ? t.gone : fill(t.unreadable, { error: maskedLine(seen.error, ctx.person.role) }));
      return { kind: 'next', step: 'confirm', data: { ...data, side: side.data, inspection: copy(seen.inspection) } };
    }
    if (input.choice === 'no') return this.ended(data.upload, t.notImported);
    if (input.choice !== 'yes') return { kind: 'stay', say: fill(r.flow.chooseOne, { max: 2 }) };
    return this.importFile(ctx, data);
  }

  private async importFile(ctx: FlowContext, data: UploadData): Promise<Outcome<UploadData>> {
    const t = messages(ctx.lang).upload;
    const account = data.account!;
    const side = data.side!;
    const out = await this.ports.uploads.import({ uploadId: data.upload, account, side, actor: ctx.person.channelUserId }, ctx.lang);
    if (!out.ok) return this.ended(data.upload, out.gone ? t.gone : fill(t.unreadable, { error: maskedLine(out.error, ctx.person.role) }));
    const { inserted, alreadyPresent } = out.result;
    const file = outside(data.file);
    const masked = maskAccount(account, ctx.person.role);
    const imported = inserted === 0 ? fill(t.nothingNew, { file, alreadyPresent }) : fill(t.imported, { file, account: masked, side: t.sides[side], inserted, alreadyPresent });
    // Balances this file states otherwise than a file imported before: said at once, not at the run.
    const currency = out.conflicts.length === 0 ? null : (await this.ports.cases.account(account))?.currency ?? null;
    const done = currency === null ? imported : [imported, ...balanceConflictNotice(data.file, side, out.conflicts, currency, ctx.lang, outside)].join('\n');
    const offer = await this.runOffer(ctx, account, data.inspection.to);
    return this.ended(data.upload, offer ? [done, offer] : done);
  }

  /** Ends the dialog with its word; the file is not needed any more (what was imported keeps its sha256). */
  private async ended(uploadId: string, say: string | Array<string | Partial<Activity>>): Promise<Outcome<UploadData>> {
    await this.ports.uploads.discard(uploadId);
    return { kind: 'end', say };
  }

  /**
   * "对账 8106 2026-04" as a button and in words: the period the file ends in, for the account; or,
   * while the other side of that period is not imported yet, which file is still needed.
   */
  private async runOffer(ctx: FlowContext, number: string, lastDay: string | null): Promise<Partial<Activity> | null> {
    const t = messages(ctx.lang).upload;
    const all = await this.ports.cases.accounts();
    const account = all.find((a) => a.number === number);
    if (!account || lastDay === null) return null;
    const period = periodOf(account.cycle, lastDay).label;
    // One side alone cannot be reconciled: say which file is still needed instead of a button.
    const missing = await this.ports.cases.missingSide(number, period);
    if (missing !== null) return { type: 'message', text: fill(t.needOtherSide, { period, side: t.sides[missing] }) };
    const command = fill(t.runCommand, { account: uniqueSuffix(number, all.map((a) => a.number)), period });
    return MessageFactory.suggestedActions([{ type: 'imBack', title: fill(t.runButton, { period }), value: command }], fill(t.offerRun, { period, command }));
  }
}

/** What the file holds, in lines: each statement (account, dates, lines), its balances, the note. */
function summaryLines(data: UploadData, lang: Lang, viewer: Role): string[] {
  const t = messages(lang).upload;
  const i = data.inspection;
  const out: string[] = [];
  for (const s of i.statements.slice(0, LISTED)) {
    const values = { account: maskAccount(outside(s.account), viewer), currency: s.currency, from: s.from ?? t.noDates, to: s.to ?? t.noDates, lines: s.lines };
    out.push(fill(s.account === '' ? t.statementNoAccount : t.statement, values));
    if (s.opening === null || s.closing === null) out.push(t.noBalances);
    else {
      const verdict = s.addsUp ? t.addsUp : t.notAddsUp;
      out.push(fill(t.balances, { opening: amountText(new Decimal(s.opening), s.currency), closing: amountText(new Decimal(s.closing), s.currency), verdict }));
    }
  }
  if (i.statements.length > 1) out.push(fill(t.statements, { n: i.statements.length, lines: i.lines }));
  if (i.zeroLines.length > 0) out.push(zeroAmountNotice(i.zeroLines, i.format === 'camt053', lang));
  if (data.note !== '') out.push(fill(t.note, { note: outside(data.note) }));
  return out;
}
