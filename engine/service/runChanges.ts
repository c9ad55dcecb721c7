/**
 * What a run did to an account's open differences, in words, one line per kind of change (new,
 * carried with their numbers, settled, replaced, 未达账项 cleared): the chat's run result and
 * `recon run` say it the same way. Pure.
 */
import { fill, messages, type Lang } from '../i18n/index.ts';
import type { RunChanges } from './run.ts';

/** "#3、#4" (zh) or "#3, #4" (en). */
function ids(list: readonly string[], lang: Lang): string {
  return list.map((id) => `#${id}`).join(lang === 'en' ? ', ' : '、');
}

export function describeChanges(c: RunChanges, lang: Lang): string[] {
  const r = messages(lang).resolve.run;
  return [
    ...(c.new.length > 0 ? [fill(r.changesNew, { count: c.new.length, ids: ids(c.new, lang) })] : []),
    ...(c.carried.length > 0 ? [fill(r.changesCarried, { count: c.carried.length, ids: ids(c.carried, lang) })] : []),
    ...(c.settled.length > 0 ? [fill(r.changesSettled, { count: c.settled.length, ids: ids(c.settled, lang) })] : []),
    ...(c.replaced.length > 0 ? [fill(r.changesReplaced, { count: c.replaced.length, pairs: c.replaced.map((x) => `#${x.id} → ${ids(x.by, lang)}`).join(lang === 'en' ? '; ' : '；') })] : []),
    ...c.transitCleared.map((x) => fill(r.transitCleared, { id: x.id, expected: x.expected })),
    ...(c.corrected ?? []).map((x) => fill(r.adjustmentPosted, { id: x.id, entry: x.entry, line: x.line, date: x.date })),
    ...(c.bankCorrected ?? []).map((x) => fill(r.bankCorrected, { id: x.id, line: x.line, date: x.date })),
  ];
}
