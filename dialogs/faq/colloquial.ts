/**
 * How people type, rewritten to the words the knowledge base uses before segmentation: colloquial
 * and dialect forms (咋整, 啥, 干嘛用, 在哪点), and common typos and variant words (调解表 for
 * 调节表, 流成 for 流程, 登陆 for 登录). Applied to the folded text (simplified, lowercase) of both
 * the question and the entries. Order matters: longer phrases first.
 */
export const COLLOQUIAL: readonly (readonly [RegExp, string])[] = [
  // how / what to do
  [/咋整|咋办|咋弄|咋搞|怎么整|肿么办|怎么破/g, '怎么办'],
  [/咋个|咋样|咋/g, '怎么'],
  // what it is for / what
  [/(干嘛|干啥|干什么|做啥|做什么)用/g, '作用'],
  [/是干嘛的|是干啥的|是做啥的/g, '是什么'],
  [/啥子|啥/g, '什么'],
  [/干嘛|干啥/g, '什么'],
  // where
  [/在哪点|在哪儿|在哪块|在哪旮旯|在啥地方|在什么地方|在哪个地方|在那里|在那儿/g, '在哪里'],
  [/哪点|哪块|哪旮旯/g, '哪里'],
  // losing things
  [/弄丢|搞丢|整丢|丢掉|丢了|找不着了|不见了/g, '丢失'],
  // colloquial negation and disagreement
  [/木有|没得/g, '没有'],
  [/对不拢|对不牢|不对数|对不齐/g, '对不上'],
  // typos and variant words people type
  [/调解表|调剂表/g, '调节表'],
  [/余额调解/g, '余额调节'],
  [/流成|留程/g, '流程'],
  [/未打账项|未到账项|未达帐项/g, '未达账项'],
  [/登陆/g, '登录'],
  [/帐号/g, '账号'],
  [/那些/g, '哪些'],
  [/u顿|u敦|优盾/g, 'u盾'],
];

/** Rewrites colloquial forms and variants to the knowledge base's words. */
export function decolloquialize(folded: string): string {
  let text = folded;
  for (const [pattern, replacement] of COLLOQUIAL) text = text.replace(pattern, replacement);
  return text;
}
