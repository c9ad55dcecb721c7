/**
 * Words that carry no topic: question words, pronouns, particles, politeness. Dropped from both the
 * entries and the question so that they neither match nor lower the confidence. Folded form.
 */
export const ZH_STOPWORDS: ReadonlySet<string> = new Set([
  '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '么', '啥', '咋', '是', '在', '和', '与', '及', '或', '或者', '就', '都',
  '也', '还', '要', '会', '能', '能够', '可以', '可', '怎么', '怎么办', '怎样', '怎么样', '如何', '什么', '哪些', '哪里', '哪儿', '哪',
  '哪个', '为什么', '为啥', '请问', '请', '一下', '这个', '那个', '这', '那', '这些', '那些', '一个', '个', '有', '没有', '没',
  '把', '被', '让', '给', '得', '地', '着', '过', '该', '应该', '需要', '想', '想要', '知道', '谢谢', '好', '您好', '你好', '我',
  '我们', '你', '您', '你们', '他', '她', '它', '他们', '吗？', '又', '再', '从', '到', '里', '里面', '中', '时', '时候',
  '一些', '些', '多', '很', '太', '比较', '已经', '还是', '但是', '可是', '然后', '如果', '因为', '所以', '对',
  '上', '下', '去', '来', '做', '弄', '搞', '用', '能不能', '可不可以', '是不是', '有没有', '么办', '办', '呐', '哈', '嗯', '喂',
  '吗?', '不', '了解', '说', '问', '问题', '告诉', '帮', '帮忙', '一', '二', '三', '几', '等', '等等', '其', '其他', '另', '每', '咋整', '咋办',
  // colloquial fillers
  '到底', '究竟', '简单', '说说', '讲讲', '讲', '给我讲', '介绍', '怎么回事', '回事', '一回事', '干嘛', '干啥', '具体', '一般', '通常', '整个',
  '几个', '几次', '几种', '下来', '跟', '同', '呢？', '一直', '老是', '总是', '老', '那边', '这边', '一点', '一点儿', '还有',
  '咋样', '行不行', '好不好', '对吧', '是否', '时', '的话', '东西', '情况', '方面', '相关', '关于', '新来', '叫', '完',
]);

export const EN_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'doing', 'i', 'my', 'me', 'mine',
  'we', 'our', 'us', 'you', 'your', 'it', 'its', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'how', 'what',
  'when', 'where', 'which', 'who', 'whom', 'why', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must',
  'this', 'that', 'these', 'those', 'there', 'here', 'if', 'then', 'than', 'so', 'as', 'by', 'from', 'about', 'into', 'please',
  'tell', 'need', 'want', 'get', 'got', 'have', 'has', 'had', 'not', 'no', 'any', 'some', 'just', 'also', 'im', 'dont', 'cant',
  'hi', 'hello', 'thanks', 'thank', 'hey', 'let', 'know', 'explain', 'mean', 'means', 'meaning', 'out', 'up', 'now', 
  'again', 'still', 'one', 'all', 'them', 'they', 'their', 'he', 'she', 'him', 'her', 'way', 'ok', 'okay',
  'anyone', 'someone', 'something', 'thing', 'things', 'like', 'only', 'own', 'other', 'kind', 'kinds', 'type', 'types',
  'doe', 'cannot', 'time', 'times', 'tell', 'exactly', 'really', 'actually', 'somebody', 'anything',
  // contractions, typed with or without the apostrophe ("doesn't" splits into doesn + t)
  'doesn', 'didn', 'hasn', 'haven', 'isn', 'aren', 'wasn', 'weren', 'won', 'wouldn', 'shouldn', 'couldn',
  'doesnt', 'didnt', 'hasnt', 'havent', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'shouldnt', 'couldnt',
  'ive', 'youre', 'theyre', 'whats', 'hows', 'wheres', 'pls', 'plz', 'ur', 'yet', 'even', 'ever', 'very', 'much', 'too',
]);
