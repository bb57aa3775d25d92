/**
 * What a distiller who suspects a watermark does to harvested text before training on it, without the key:
 * paraphrase-like edits. A synonym shuffle over a generic thesaurus of its own (common words of assistant prose,
 * deliberately not the watermark's synonym table) and a reordering of the sentences inside each paragraph.
 */
import type { Rng } from '../../src/sim/rng.js';

/** Groups of interchangeable words; each word belongs to one group. */
export const ATTACKER_SYNONYMS: readonly (readonly string[])[] = [
  ['big', 'large', 'huge', 'sizable'], ['small', 'little', 'tiny', 'minor'], ['good', 'fine', 'great', 'nice'],
  ['bad', 'poor', 'awful', 'terrible'], ['important', 'crucial', 'essential', 'vital', 'key'],
  ['help', 'assist', 'aid', 'support'], ['use', 'utilize', 'employ', 'apply'], ['show', 'display', 'present', 'reveal'],
  ['make', 'create', 'produce', 'build'], ['get', 'obtain', 'acquire', 'gain'], ['begin', 'start', 'commence'],
  ['end', 'finish', 'conclude', 'complete'], ['quick', 'fast', 'rapid', 'swift'], ['slow', 'gradual', 'unhurried'],
  ['often', 'frequently', 'regularly', 'commonly'], ['maybe', 'perhaps', 'possibly'],
  ['also', 'additionally', 'moreover', 'furthermore'], ['but', 'however', 'yet'], ['so', 'therefore', 'thus', 'hence'],
  ['because', 'since', 'as'], ['very', 'really', 'extremely', 'highly'], ['many', 'numerous', 'several', 'various'],
  ['some', 'certain', 'a few'], ['think', 'believe', 'feel', 'suppose'], ['know', 'understand', 'realize', 'recognize'],
  ['say', 'state', 'mention', 'note'], ['tell', 'inform', 'notify'], ['ask', 'inquire', 'query'],
  ['answer', 'reply', 'response', 'respond'], ['need', 'require', 'want'], ['try', 'attempt', 'strive'],
  ['find', 'discover', 'locate', 'identify'], ['choose', 'select', 'pick', 'opt'],
  ['change', 'alter', 'modify', 'adjust'], ['improve', 'enhance', 'boost', 'better'],
  ['increase', 'raise', 'grow', 'expand'], ['decrease', 'reduce', 'lower', 'lessen'],
  ['keep', 'maintain', 'retain', 'preserve'], ['give', 'provide', 'offer', 'supply'], ['take', 'grab', 'seize'],
  ['look', 'appear', 'seem'], ['see', 'notice', 'observe', 'spot'], ['easy', 'simple', 'straightforward', 'effortless'],
  ['hard', 'difficult', 'tough', 'challenging'], ['happy', 'glad', 'pleased', 'delighted'],
  ['sad', 'unhappy', 'upset', 'sorrowful'], ['angry', 'mad', 'furious', 'annoyed'],
  ['afraid', 'scared', 'frightened', 'fearful'], ['smart', 'clever', 'intelligent', 'bright'],
  ['strange', 'odd', 'weird', 'unusual'], ['old', 'ancient', 'aged', 'elderly'], ['new', 'fresh', 'novel', 'recent'],
  ['beautiful', 'pretty', 'lovely', 'gorgeous'], ['dangerous', 'risky', 'hazardous', 'unsafe'],
  ['safe', 'secure', 'protected'], ['idea', 'notion', 'concept', 'thought'],
  ['problem', 'issue', 'trouble', 'difficulty'], ['way', 'method', 'approach', 'manner'],
  ['goal', 'aim', 'objective', 'target'], ['result', 'outcome', 'consequence', 'effect'],
  ['reason', 'cause', 'motive', 'basis'], ['part', 'portion', 'piece', 'section'],
  ['people', 'individuals', 'persons', 'folks'], ['job', 'work', 'task', 'duty'], ['area', 'region', 'zone', 'place'],
  ['kind', 'type', 'sort', 'variety'], ['chance', 'opportunity', 'possibility'],
  ['example', 'instance', 'case', 'illustration'], ['information', 'details', 'data', 'facts'],
  ['question', 'inquiry', 'matter'], ['story', 'tale', 'narrative', 'account'], ['friend', 'companion', 'pal', 'buddy'],
  ['house', 'home', 'residence', 'dwelling'], ['car', 'vehicle', 'automobile'], ['money', 'cash', 'funds', 'currency'],
  ['occupation', 'profession', 'career'], ['rich', 'wealthy', 'affluent'], ['buy', 'purchase'],
  ['sell', 'vend', 'trade'], ['talk', 'speak', 'converse', 'chat'], ['walk', 'stroll', 'wander'],
  ['run', 'sprint', 'dash', 'race'], ['glance', 'gaze', 'peer'], ['leave', 'depart', 'exit'],
  ['arrive', 'come', 'reach'], ['stop', 'halt', 'cease', 'quit'], ['allow', 'permit', 'let', 'enable'],
  ['avoid', 'evade', 'dodge', 'shun'], ['consider', 'contemplate', 'weigh', 'ponder'],
  ['explain', 'clarify', 'describe', 'elaborate'], ['learn', 'study'], ['remember', 'recall', 'recollect'],
  ['forget', 'overlook', 'neglect'], ['certainly', 'definitely', 'surely', 'absolutely'],
  ['usually', 'typically', 'generally', 'normally'], ['quickly', 'rapidly', 'swiftly'],
  ['suddenly', 'abruptly', 'unexpectedly'], ['mostly', 'largely', 'mainly', 'chiefly'],
  ['enough', 'sufficient', 'adequate'], ['whole', 'entire', 'complete', 'full'],
  ['main', 'primary', 'principal', 'chief'], ['specific', 'particular', 'precise', 'exact'],
  ['possible', 'feasible', 'viable'], ['common', 'usual', 'typical', 'ordinary'],
  ['clear', 'obvious', 'evident', 'plain'], ['different', 'distinct', 'diverse', 'varied'],
  ['similar', 'alike', 'comparable'], ['sure', 'confident'], ['right', 'correct', 'accurate', 'proper'],
  ['wrong', 'incorrect', 'mistaken', 'false'], ['legal', 'lawful', 'legitimate'], ['illegal', 'unlawful', 'illicit'],
  ['harm', 'hurt', 'injure', 'damage'], ['kill', 'murder', 'slay'], ['steal', 'rob'],
  ['sorry', 'apologetic', 'regretful'], ['thanks', 'thank you'],
];

interface Entry { group: readonly string[] }

const BY_WORD: Map<string, Entry> = (() => {
  const map = new Map<string, Entry>();
  for (const group of ATTACKER_SYNONYMS) {
    const single = group.filter((w) => !w.includes(' '));
    for (const w of single) if (!map.has(w)) map.set(w, { group: single });
  }
  return map;
})();

function matchCase(source: string, word: string): string {
  if (source === source.toUpperCase() && source.length > 1) return word.toUpperCase();
  if (source[0] === source[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** Replace each thesaurus word, with probability `rate`, by a different word of its group drawn at random. */
export interface ShuffleResult { text: string; replaced: number; words: number }

export function synonymShuffle(text: string, rng: Rng, rate: number): ShuffleResult {
  let replaced = 0, words = 0;
  const out = text.replace(/[A-Za-z]+/g, (w) => {
    words++;
    const entry = BY_WORD.get(w.toLowerCase());
    if (!entry || entry.group.length < 2 || !rng.chance(rate)) return w;
    const others = entry.group.filter((x) => x !== w.toLowerCase());
    replaced++;
    return matchCase(w, rng.pick(others));
  });
  return { text: out, replaced, words };
}

/** Shuffle the sentences of each paragraph (paragraphs and their order are kept). */
export function reorderSentences(text: string, rng: Rng): string {
  return text.split('\n').map((paragraph) => {
    const sentences = paragraph.match(/[^.!?]+(?:[.!?]+["')\]]*|$)\s*/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
    if (sentences.length < 2) return paragraph;
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
    }
    return sentences.join(' ');
  }).join('\n');
}

/** Whether the attacker's thesaurus would rewrite this word (lower case). */
export function attackerRewrites(word: string): boolean {
  return (BY_WORD.get(word)?.group.length ?? 0) > 1;
}
