/**
 * The status reply: an Adaptive Card and the same content as plain text (the card's fallback,
 * and the reply on channels without cards). Pure: view, language and viewer in, JSON out.
 */
import { Decimal, formatAmountGrouped } from '../../engine/money.ts';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { outside } from '../flow/text.ts';
import { maskAccount } from '../flow/mask.ts';
import type { AccountStatus, Role, StatusView } from '../ports.ts';
import { parsePeriod } from '../../engine/service/period.ts';

export interface StatusReply {
  card: Record<string, unknown>;
  text: string;
}

/** Card text is markdown: a single newline is not a break, an empty line is. */
const LINE_BREAK = '\n\n';

interface Section {
  heading: string;
  facts: Array<{ title: string; value: string }>;
}

function accountSection(a: AccountStatus, lang: Lang, viewer: Role): Section {
  const t = messages(lang).bot.status;
  const kinds = messages(lang).kinds;
  const open = a.open.length === 0
    ? t.openNone
    : a.open
        .map((g) => fill(t.openKind, {
          kind: kinds[g.kind],
          count: g.count,
          amount: formatAmountGrouped(new Decimal(g.amount), a.currency),
          days: g.oldestDays,
        }))
        .join(LINE_BREAK);
  const facts = [
    { title: t.lastRun, value: a.lastRun ? fill(interim(a.lastRun) ? t.lastRunInterim : t.lastRunValue, { period: a.lastRun.period, at: a.lastRun.at }) : t.never },
    { title: t.matched, value: fill(t.matchedValue, { count: a.matched }) },
    { title: t.open, value: open },
    ...(a.awaiting.count > 0 ? [{ title: t.awaiting, value: fill(t.awaitingValue, { count: a.awaiting.count, amount: formatAmountGrouped(new Decimal(a.awaiting.amount), a.currency) }) }] : []),
    ...(a.customer.count > 0 ? [{ title: t.customer, value: fill(t.awaitingValue, { count: a.customer.count, amount: formatAmountGrouped(new Decimal(a.customer.amount), a.currency) }) }] : []),
    ...(a.inTransit.count > 0 ? [{ title: t.transit, value: fill(t.transitValue, { count: a.inTransit.count, overdue: a.inTransit.overdue.length }) }] : []),
    { title: t.balance, value: a.balanced === null ? t.noBalance : a.balanced ? t.balanced : t.unbalanced },
    { title: t.due, value: a.due ? t.dueYes : t.dueNo },
    ...openingGapFacts(a, lang),
  ];
  return { heading: `${outside(a.name)} ${maskAccount(a.account, viewer)} · ${a.currency}`, facts };
}

/** A gap between periods in the latest run, one fact (shown only when there is one). */
function openingGapFacts(a: AccountStatus, lang: Lang): Array<{ title: string; value: string }> {
  const t = messages(lang).bot.status;
  const gaps = a.openingGaps ?? [];
  if (gaps.length === 0) return [];
  const amount = (s: string): string => formatAmountGrouped(new Decimal(s), a.currency);
  const value = gaps
    .map((g) => fill(t.openingGapValue, {
      side: g.side === 'bank' ? t.bankSide : t.ledgerSide,
      stated: amount(g.stated),
      given: amount(g.given),
      period: g.period ?? '-',
      gap: amount(new Decimal(g.stated).minus(g.given).toString()),
    }))
    .join(LINE_BREAK);
  return [{ title: t.openingGap, value }];
}

/** Builds the status card and its plain-text twin; `hint` names the account asked about, if any. */
export function buildStatusReply(view: StatusView, lang: Lang, viewer: Role, hint?: string): StatusReply {
  const t = messages(lang).bot.status;
  const only = hint !== undefined && view.accounts.length === 1 ? view.accounts[0] : undefined;
  const title = only
    ? fill(t.titleOne, { account: maskAccount(only.account, viewer), date: view.asOf })
    : fill(t.titleAll, { date: view.asOf });
  if (view.accounts.length === 0) {
    const text = hint !== undefined ? fill(t.noMatch, { hint: outside(hint, 34) }) : t.noAccounts;
    return { text, card: card(title, [], text, text) };
  }
  const sections = view.accounts.map((a) => accountSection(a, lang, viewer));
  const openCount = view.accounts.reduce((n, a) => n + a.open.reduce((m, g) => m + g.count, 0), 0);
  const awaiting = view.accounts.reduce((n, a) => n + a.awaiting.count, 0);
  const due = view.accounts.filter((a) => a.due).map((a) => `${outside(a.name)} ${maskAccount(a.account, viewer)}`);
  const footer = [
    fill(t.totals, { accounts: view.accounts.length, open: openCount, awaiting }),
    due.length > 0 ? fill(t.dueSummary, { accounts: due.join('、') }) : t.dueNone,
  ];
  const joined = [title, ...sections.map((s) => [s.heading, ...s.facts.map((f) => `  ${f.title}：${f.value.split(LINE_BREAK).join('；')}`)].join('\n')), footer.join('\n')].join('\n\n');
  const text = lang === 'en' ? joined.replace(/：/g, ': ') : joined;
  return { text, card: card(title, sections, footer.join(LINE_BREAK), text) };
}

function card(title: string, sections: Section[], footer: string, fallbackText: string): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    fallbackText,
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...sections.map((s) => ({
        type: 'Container',
        separator: true,
        items: [
          { type: 'TextBlock', text: s.heading, weight: 'Bolder', wrap: true },
          { type: 'FactSet', facts: s.facts },
        ],
      })),
      { type: 'TextBlock', text: footer, wrap: true, separator: true },
    ],
  };
}

/** A run made on or before its period's last day: an interim result, later lines may still come. */
function interim(run: { period: string; at: string }): boolean {
  try {
    return run.at <= parsePeriod(run.period).to;
  } catch {
    return false;
  }
}
