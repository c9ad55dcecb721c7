/**
 * What the FAQ says besides answers: a brief reply to greetings, thanks and goodbyes, and the
 * questions about the assistant itself. Rules over folded text; the whole message must be small
 * talk, so "谢谢，回执怎么交" is still a question. What the FAQ declines is in offtopic.ts.
 */
import { fold } from './fold.ts';

export type SmallTalk = 'greeting' | 'thanks' | 'bye';

const FILLER = /[\s,，.。!！~～?？、…:：;；]+|啊|呀|哈|哦|喔|噢|嗯|呢|啦|哒|了|lol|:\)/g;

/**
 * The pieces a small-talk message is made of, tried at the start of what is left: "谢谢啦 再见",
 * "懂了 谢谢", "您好，请问有人吗" are small talk as a whole; "谢谢，回执怎么交" is not (a question remains).
 * An acknowledgement (好的, 明白了, ok, 👍) counts as thanks.
 */
const UNITS: readonly (readonly [SmallTalk, RegExp])[] = [
  ['bye', /^(再见|拜拜|掰掰|白白|回头见|晚安|下班|先这样|就这样|(明天|明日|回头|下次|改天|晚点|迟些)(再)?(问|聊|说|来|找你|联系)|没(有)?(别的|其他|其它)(问题)?|拜(?!托)|886|88|bye ?bye|goodbye|bye|see ?you( later| soon| tomorrow)?|catch (you|u) later|talk (to you |to u )?later|ttyl|gtg|got ?ta go|ciao|good ?night|have a (nice|good|great) (day|one|weekend|evening)|take care)/],
  ['thanks', /^((太|非常|十分|真是?)?(谢谢|多谢|感谢|感恩)(你|您|晒|哂)?(的)?(帮助|帮忙|解答|说明|解释|回答)?|谢啦|谢了|谢|唔该(晒|哂)?|辛苦|3q|帮(了)?(我|我们)?(个|一个)?(大|很大的)?忙|(many |big )?thank ?(you|u)|(many |big )?thanks?|thanku|thx|tks|tnx|ty|cheers( mate)?|much (appreciated|obliged)|appreciated|nice one|(you|u) saved my (day|life)|👍|🙏)/],
  ['thanks', /^((很|非常|挺)?清楚|好的?|ok(ay)?|alright|all right|行|嗯+|明白|懂|我?知道|收到|了解|没问题|(问题)?解决|搞定|got ?it|great|cool|noted|fine|perfect|problem solved|solved|that help(s|ed)|(you( re|'re| are| were| have been) )?(very |so |really )?(helpful|a (great |big )?help)|you( re|'re| are) (great|awesome|amazing|a star|the best))/],
  ['greeting', /^(你好|您好|大家好|嗨+|哈喽|哈罗|哈啰|早上好|上午好|下午好|晚上好|早晨好?|早安|午安|早|在吗|在么|在不在|(请问)?有人(在)?吗|请问|请多(多)?关照|(不好意思)?(打扰|打搅|麻烦)(你|您)?(一下)?|不好意思|excuse me|sorry to (bother|disturb)( you)?|小助手|助手|机器人|hello( there)?|hi( there)?|hey( there)?|hiya|yo|(我|我们)?(开始)?(上班|开工|上夜班|夜班开始)|good ?(morning|afternoon|evening)|morning|(is )?(any ?one|any ?body|some ?one) (there|here|around|online)|are you (there|online|around)|bot)/],
  ['thanks', /^(a ?lot|very ?much|so ?much|你|您|哈+|then|for now)/],
];

/** What small talk a message is made of, in order, or undefined when something else is left over. */
function smallTalkUnits(question: string): SmallTalk[] | undefined {
  let rest = fold(question).replace(/[^\p{L}\p{N}👍🙏 ]+/gu, ' ').replace(/啊|呀|哦|喔|噢|呢|啦|哒|了|吧/g, '').trim();
  if (rest.length === 0 || rest.length > 30) return undefined;
  const kinds: SmallTalk[] = [];
  while (rest.length > 0) {
    const unit = UNITS.map(([kind, re]) => [kind, rest.match(re)?.[0]] as const).find(([, m]) => m);
    if (!unit?.[1]) return undefined;
    kinds.push(unit[0]);
    rest = rest.slice(unit[1].length).trim();
  }
  return kinds;
}

/** Questions about the assistant itself ("你能做什么", "are you a bot"): answered by its own entry. */
const ABOUT_ASSISTANT = /^(你|您|机器人|助手|bot)?(到底|都)?(能|可以|会)?(帮我|帮忙|为我)?(做|干|办)?些?(什么|啥|哪些事|哪些)$|\bwhat (do|can) you do\b|你是(谁|机器人|真人|人工)|(是|是不是)(机器人|真人|人工)(吗|回复)?|\bare you (a )?(bot|robot|human|real|person)\b|(介绍|讲讲|说说)(一下)?你自己|你是哪(家|个)公司|谁(开发|做)的你|你是谁(开发|做)的|\bwho (made|built|created|developed) you\b|\btell me about yourself\b|\bwhat can (you|this bot) do\b|你是(不是)?(chatgpt|gpt|ai|人工智能|大模型)|\bare you (chat ?gpt|gpt|an? ai)\b|\b(can|could) you (do|reconcile|confirm) (it|my|our|the)\b.*\bfor (me|us)\b/;

/** True when the message asks what the assistant is or can do. */
export function asksAboutAssistant(question: string): boolean {
  const folded = fold(question);
  // Chinese is matched without spaces or fillers, English with its words kept apart.
  return ABOUT_ASSISTANT.test(folded.replace(FILLER, '')) || ABOUT_ASSISTANT.test(folded.replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ').trim());
}

/** The kind of small talk the whole message is (a goodbye wins, then thanks), or undefined when it is anything else. */
export function smallTalkOf(question: string): SmallTalk | undefined {
  const kinds = smallTalkUnits(question);
  if (!kinds) return undefined;
  return kinds.includes('bye') ? 'bye' : kinds.includes('thanks') ? 'thanks' : 'greeting';
}
