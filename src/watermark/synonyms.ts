/**
 * The synonym table of the lexical watermark. Each group lists words that are interchangeable in assistant
 * prose without changing meaning, grammar or the article before them (members of a group start with the same
 * a/an sound). A word belongs to at most one group. Words that are interchangeable only after certain words
 * (`help`/`assist` after "to" or a modal, `example`/`instance` after "for") carry an `after` list; sentence
 * adverbs that change meaning elsewhere are restricted to the start of a sentence.
 *
 * The choice among a group's members is keyed by context (see lexical.ts), so overall each member is used
 * about equally often; groups are chosen among words of similar natural frequency so that this shift is small.
 */

export interface SynonymGroup {
  /** Stable id (the first member); part of the keyed hash, so never renumber. */
  id: string;
  /** Lower-case members; an apostrophe is written as `'`. */
  words: readonly string[];
  /** Only eligible right after one of these (lower-case) words. */
  after?: ReadonlySet<string>;
  /** `start`: only at the start of a sentence; `mid`: never there. */
  position?: 'start' | 'mid';
  /** Never when the next word is one of these ("think about" has no "believe about"). */
  notBefore?: ReadonlySet<string>;
  /** False when members take different articles ("a seemingly", "an apparently"): not changed after a/an. */
  sameArticle: boolean;
  /** Only when a comma follows ("Finally," / "Lastly,"). */
  comma?: boolean;
  /**
   * Negative contractions ("don't" / "do not"): only right after a word (no punctuation between), never at a
   * sentence start nor after a question word, where "don't you" cannot become "do not you".
   */
  contraction?: boolean;
}

const SUBJECTS = ['i', 'we', 'you', 'they', 'he', 'she', 'it'];
const MODALS = ['to', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', "i'll", "we'll", "you'll", "let's", 'please'];
const BE = ["isn't", "aren't", "wasn't", "don't", "doesn't", "didn't", "won't", 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "i'm", "you're", "we're", "they're", "he's", "she's", "it's", 'not', 'very', 'so', 'really', 'quite', 'feel', 'feels'];
const THIS = ['it', 'this', 'that', 'which', 'there', 'he', 'she'];

type Row = [words: string, after?: readonly string[], position?: 'start' | 'mid' | 'start,' | 'contraction' | '', notBefore?: readonly string[]];

/** Question words after which a negative contraction starts an inverted question. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['why', 'how', 'what', 'where', 'when', 'who', 'which', 'whom', 'whose']);

const CONTRACTIONS = ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will:won\'t', 'would', 'should', 'could', 'have', 'has', 'had']
  .map((v): Row => {
    const [full, short] = v.split(':');
    return [`${short ?? full + "n't"}|${full} not`, undefined, 'contraction'];
  });

const ROWS: Row[] = [
  // adverbs and discourse markers
  ['often frequently'],
  ['usually typically'],
  ['perhaps maybe'],
  ['almost nearly'],
  ['entirely completely'],
  ['particularly especially'],
  ['exactly precisely'],
  ['mainly primarily'],
  ['certainly definitely', undefined, 'mid'],
  ['rarely seldom'],
  ['fortunately luckily'],
  ['immediately instantly'],
  ['quickly rapidly'],
  ['moreover furthermore additionally', undefined, 'start'],
  ['finally lastly', undefined, 'start,'],
  ['first firstly', undefined, 'start,'],
  ['second secondly', undefined, 'start,'],
  ['third thirdly', undefined, 'start,'],
  ['honestly frankly', undefined, 'start,'],
  ['mostly largely'],
  ['slightly somewhat'],
  ['potentially possibly'],
  ['therefore thus', undefined, 'start,'],
  ['obviously clearly', undefined, 'start,'],
  ['nevertheless nonetheless'],
  ['approximately roughly'],
  ['considerably substantially'],
  ['extremely incredibly'],
  ['basically essentially'],
  ['correctly properly'],
  ['anyway anyhow'],
  ['similarly likewise', undefined, 'start'],
  ['although though', undefined, 'start'],
  ['relatively comparatively'],
  ['constantly continually'],
  ['really truly', ['i', 'we', 'you', 'they']],
  ['hardly barely'],
  ['annually yearly'],
  ['apparently seemingly'],
  ['deliberately intentionally'],
  ['dramatically drastically'],
  ['exceptionally extraordinarily'],
  ['excessively overly'],
  ['incorrectly wrongly'],
  ['inevitably unavoidably'],
  ['partially partly'],
  ['practically virtually'],
  ['remarkably strikingly'],
  ['undoubtedly unquestionably'],
  ['unusually uncommonly'],
  // prepositions and pronouns with free variants
  ['towards toward'],
  ['afterwards afterward'],
  ['among amongst'],
  ['anyone anybody'],
  ['everyone everybody'],
  ['someone somebody'],
  ['cannot can\'t'],
  ...CONTRACTIONS,
  // adjectives
  ['crucial vital'],
  ['smart clever'],
  ['incredible amazing'],
  ['enormous immense'],
  ['obvious evident'],
  ['unusual uncommon'],
  ['additional extra'],
  ['excellent outstanding'],
  ['fantastic terrific'],
  ['delicious tasty'],
  ['scary frightening'],
  ['brave courageous'],
  ['affordable inexpensive'],
  ['gorgeous stunning'],
  ['famous renowned'],
  ['interesting intriguing'],
  ['fascinating captivating'],
  ['diverse varied'],
  ['illegal unlawful'],
  ['serene tranquil'],
  ['talented gifted'],
  ['grateful thankful'],
  ['horrible terrible'],
  ['skilled skillful'],
  ['attractive appealing'],
  ['considerable substantial'],
  ['extraordinary exceptional'],
  ['fierce ferocious'],
  ['fortunate lucky'],
  ['harmful damaging'],
  ['innovative inventive'],
  ['loyal faithful'],
  ['polite courteous'],
  ['rapid swift'],
  ['reasonable sensible'],
  ['relevant pertinent'],
  ['reliable dependable'],
  ['amid amidst'],
  ['happy glad', BE],
  ['sure certain', [...BE, 'make', 'for', 'pretty', 'absolutely']],
  // verbs, only where the preceding word fixes the form
  ['think believe', [...SUBJECTS, "don't", 'also', 'really', 'still'], '',
    ['about', 'of', 'in', 'through', 'over', 'back', 'ahead', 'twice', 'up', 'out', 'aloud', 'along', 'straight', 'outside', 'positively', 'critically']],
  ['suggest recommend', ['i', 'we', 'would', 'strongly', 'also', "i'd", "we'd", 'highly']],
  ['start begin', [...MODALS, 'you', 'we']],
  ['started began', SUBJECTS],
  ['choose select', [...MODALS, 'you']],
  ['buy purchase', [...MODALS, 'you'], '', ['into', 'time', 'up']],
  ['bought purchased', SUBJECTS],
  ['allow enable', [...MODALS, 'that', 'which']],
  ['allows enables', THIS],
  ['reduce decrease', [...MODALS, 'help', 'helps', 'also']],
  ['complete finish', MODALS, '', ['off', 'up', 'with']],
  ['provide offer', MODALS],
  ['gather collect', MODALS, '', ['around', 'round', 'together', 'up']],
  ['achieve accomplish', MODALS],
  ['examine inspect', MODALS],
  ['assess evaluate', MODALS],
  ['obtain acquire', MODALS],
  ['modify alter', MODALS],
  ['reply respond', [...MODALS, 'i', 'we']],
  ['notice observe', [...MODALS, 'i', 'you', 'we']],
  ['guess suppose', ['i']],
  ['assume presume', ['i', 'we']],
  ['demonstrate illustrate', [...MODALS, 'which', 'this']],
  ['suggests indicates', THIS],
  ['involves entails', THIS],
  ['reveal disclose', MODALS],
  ['verify confirm', MODALS],
  ['predict forecast', MODALS],
  ['noticed observed', SUBJECTS],
  ['assumed presumed', SUBJECTS],
  ['suggested recommended', SUBJECTS],
  ['replied responded', SUBJECTS],
  ['shows demonstrates', THIS],
  ['starts begins', THIS],
  ['example instance', ['for']],
  // two-word members
  ['kind of|sort of', ['what', 'this', 'that', 'any', 'some', 'the', 'a', 'every', 'each', 'same', 'other', 'which']],
  ['kinds of|sorts of', ['what', 'these', 'those', 'all', 'different', 'many', 'other', 'various', 'the', 'some', 'which']],
  ['each other|one another'],
  ['due to|because of'],
];

/** Whether a word takes "an" (by its first sounds; exceptions for "use…", "uni…", "one", "hour", "honest"). */
export function takesAn(word: string): boolean {
  if (/^(uni|use|usu|ut|eu|one|once)/.test(word)) return false;
  if (/^(hour|honest|honour|honor|heir)/.test(word)) return true;
  return /^[aeiou]/.test(word);
}

function build(rows: Row[]): Map<string, SynonymGroup> {
  const byWord = new Map<string, SynonymGroup>();
  for (const [words, after, position, notBefore] of rows) {
    const members = words.split(words.includes('|') ? '|' : ' ');
    const group: SynonymGroup = {
      id: members[0]!, words: members, sameArticle: new Set(members.map(takesAn)).size === 1,
      ...(after ? { after: new Set(after) } : {}),
      ...(notBefore ? { notBefore: new Set(notBefore) } : {}),
      ...(position === 'start' || position === 'mid' ? { position } : {}),
      ...(position === 'start,' ? { position: 'start' as const, comma: true } : {}),
      ...(position === 'contraction' ? { position: 'mid' as const, contraction: true } : {}),
    };
    for (const w of members) {
      if (byWord.has(w)) throw new Error(`synonym table: "${w}" is in two groups`);
      byWord.set(w, group);
    }
  }
  return byWord;
}

/** Every member word (lower case, `'` apostrophe) mapped to its group. */
export const SYNONYMS: ReadonlyMap<string, SynonymGroup> = build(ROWS);

/** First words of two-word members ("do" of "do not") mapped to their possible second words. */
export const PHRASE_STARTS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  for (const w of SYNONYMS.keys()) {
    const [first, second, more] = w.split(' ');
    if (second === undefined) continue;
    if (more !== undefined) throw new Error(`synonym table: "${w}" has more than two words`);
    const set = out.get(first!) ?? new Set<string>();
    set.add(second);
    out.set(first!, set);
  }
  return out;
})();

export function synonymGroups(): SynonymGroup[] {
  return [...new Set(SYNONYMS.values())];
}
