/**
 * `recon ask "QUESTION" [--lang zh|en] [--json]`: asks the FAQ knowledge base, answering in the
 * question's language (its script) unless --lang says otherwise. With --json:
 * `{"answer","confidence","sources":[{"id","title"}],"suggestions":[...]}` (`sources` empty when no
 * entry answers). Without QUESTION it reads one question per line from standard input and prints
 * one answer per line (blank lines are skipped), in input order.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { fill, messages, scriptLang, type Lang } from '../i18n/index.ts';
import type { AskAnswer, CliContext } from './context.ts';
import type { Register } from './program.ts';
import { refuse } from './refuse.ts';

const FlagsSchema = z.object({
  lang: z
    .enum(['zh', 'zh-CN', 'zh-cn', 'en'])
    .transform((l): Lang => (l === 'en' ? 'en' : 'zh-CN'))
    .optional(),
  json: z.boolean().default(false),
});

/** The contract's JSON line for one answer (fixed key order). */
export function askJson(a: AskAnswer): string {
  return JSON.stringify({
    answer: a.answer,
    confidence: a.confidence,
    sources: a.sources.map((s) => ({ id: s.id, title: s.title })),
    suggestions: [...a.suggestions],
  });
}

/** The readable form: answer, source, follow-ups, confidence. */
export function askText(a: AskAnswer, lang: Lang): string {
  const t = messages(lang).faq;
  const lines = [a.answer];
  for (const s of a.sources) lines.push(fill(t.source, { title: s.title }));
  if (a.sources.length && a.suggestions.length) lines.push(t.followUps, ...a.suggestions.map((s) => `- ${s}`));
  lines.push(`(${fill(t.cli.confidence, { value: a.confidence.toFixed(3) })})`);
  return lines.join('\n');
}

async function run(ctx: CliContext, question: string | undefined, raw: Record<string, unknown>): Promise<void> {
  const flags = FlagsSchema.safeParse(raw);
  if (!flags.success) refuse(ctx, fill(messages(ctx.lang).faq.cli.badLang, { value: String(raw.lang ?? '') }));
  // Without --lang each question is answered in its own language (its script), else the locale's.
  const langOf = (q: string): Lang => flags.data.lang ?? scriptLang(q) ?? ctx.lang;
  const lang = flags.data.lang ?? ctx.lang;
  const print = async (q: string, separator: string): Promise<void> => {
    const qLang = langOf(q);
    const a = await ctx.ask(q, qLang);
    ctx.stdout.write(flags.data.json ? `${askJson(a)}\n` : `${askText(a, qLang)}\n${separator}`);
  };
  if (question !== undefined) {
    if (!question.trim()) refuse(ctx, messages(lang).faq.cli.emptyQuestion);
    await print(question, '');
    return;
  }
  const lines = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim()) await print(line.trim(), '\n');
  }
}

export const registerAsk: Register = (program: Command, ctx: CliContext) => {
  program
    .command('ask')
    .description(messages(ctx.lang).faq.cli.askDescription)
    .argument('[question]')
    .option('--lang <lang>', 'zh | en')
    .option('--json', 'JSON')
    .action(async (question: string | undefined, opts: Record<string, unknown>) => run(ctx, question, opts));
};
