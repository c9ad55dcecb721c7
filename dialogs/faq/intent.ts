/**
 * Status questions typed as free text ("对账状态", "今天有多少差异", "status") belong to the status
 * capability, not the FAQ; questions about how reconciliation works ("对账流程", "差异怎么处理")
 * belong to the FAQ. Rules over folded text (traditional characters and full-width letters too):
 * a status cue, and no how/what/why cue that would make it a question about the procedure.
 */
import { fold } from './fold.ts';

const STATUS_CUES: readonly RegExp[] = [
  /^(状态|进度|status)[?？!！。.]*$/,
  /(对账|账户|账号|今天|今日|本月|昨天|最新)的?(状态|进度|情况)/,
  /(账户|账号|尾号)\s*\d{4,34}\s*的?(状态|进度|情况|差异)/,
  /(多少|几笔|几条|几个)(笔|条|个)?(未处理|未解决|待处理|待审批|未清|未达|新)?的?(差异|未达账项)/,
  /(差异|未达账项)(有|还有)?(多少|几笔|几条|几个|统计|汇总|数量|清单|列表)/,
  /(未处理|未解决|待处理|待审批)的?(差异|事项)/,
  /(今天|今日|昨天|本月|本期)的?(对账结果|差异|对账)(怎么样|如何|出来|有)/,
  /\b(status|progress)\b/,
  /\bhow many (open |unresolved |pending |new )?(difference|differences|exception|exceptions|item|items)\b/,
  /\b(open|unresolved|pending|outstanding) (difference|differences|exception|exceptions)\b(?! mean)/,
  /\btoday'?s? (reconciliation|differences|results?)\b/,
];

const HOW_CUES: readonly RegExp[] = [
  /怎么|如何|怎样|为什么|为啥|什么是|是什么|什么意思|啥意思|哪些|流程|步骤|区别|咋|对不上|不符|不一致/,
  /\b(how (do|to|can|should|does)|what (is|are|does)|why|explain|meaning of|difference between)\b/,
];

/** True when the text asks for the current reconciliation status rather than how things work. */
export function isStatusQuestion(text: string): boolean {
  const t = fold(text).trim().replace(/\s+/g, ' ');
  if (!t) return false;
  if (!STATUS_CUES.some((re) => re.test(t))) return false;
  return !HOW_CUES.some((re) => re.test(t));
}
