/**
 * The synonym tables of the lexical watermark. Each group lists words that are interchangeable in assistant
 * prose without changing meaning, grammar or the article before them (members of a group start with the same
 * a/an sound). A word belongs to at most one group. Words that are interchangeable only after certain words
 * (`help`/`assist` after "to" or a modal, `example`/`instance` after "for") carry an `after` list; sentence
 * adverbs that change meaning elsewhere are restricted to the start of a sentence.
 *
 * The choice among a group's members is keyed by context (see lexical.ts), so overall each member is used
 * about equally often; groups are chosen among words of similar natural frequency so that this shift is small.
 *
 * Tables are versioned, and a key names the table it marks with (key.ts): a text stays verifiable with the table it
 * was marked with. Table 1 is frozen. Table 2 keeps every group of table 1 and adds pronoun contractions ("it's" /
 * "it is", only before a word that completes the clause), modal and verb phrases ("might" / "may", "need to" /
 * "have to") and common assistant-prose words, which raises the share of words changed about threefold.
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
  /**
   * Only when the next word (after one space) is one of these, or ends in "ing" when the set holds `-ing`: "it's" /
   * "it is" only before a word that completes the clause ("who you are and" has no "who you're and"); `*` allows any
   * word, `.` no word at all (punctuation or the end of a line follows).
   */
  before?: ReadonlySet<string>;
}

const SUBJECTS = ['i', 'we', 'you', 'they', 'he', 'she', 'it'];
const MODALS = ['to', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', "i'll", "we'll", "you'll", "let's", 'please'];
const BE = ["isn't", "aren't", "wasn't", "don't", "doesn't", "didn't", "won't", 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "i'm", "you're", "we're", "they're", "he's", "she's", "it's", 'not', 'very', 'so', 'really', 'quite', 'feel', 'feels'];
const THIS = ['it', 'this', 'that', 'which', 'there', 'he', 'she'];

type Row = [
  words: string, after?: readonly string[], position?: 'start' | 'mid' | 'start,' | 'contraction' | '',
  notBefore?: readonly string[], before?: readonly string[],
];

/** Question words after which a negative contraction starts an inverted question. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['why', 'how', 'what', 'where', 'when', 'who', 'which', 'whom', 'whose']);

const CONTRACTIONS = ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will:won\'t', 'would', 'should', 'could', 'have', 'has', 'had']
  .map((v): Row => {
    const [full, short] = v.split(':');
    return [`${short ?? full + "n't"}|${full} not`, undefined, 'contraction'];
  });

/** Table 1 (frozen: keys made with it mark and verify with exactly these groups). */
const ROWS_V1: Row[] = [
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

// Table 2: words that may follow a contracted pronoun and complete its clause. A stranded verb ("who you are and",
// "what it is now") cannot contract, so only words that start the verb's complement are allowed; never "not",
// whose own group ("isn't" / "is not") would otherwise change how the words before it are read.
const DETERMINERS = ['a', 'an', 'the', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'these', 'those',
  'some', 'any', 'no', 'one', 'another', 'each', 'every', 'all', 'both', 'many', 'several', 'such'];
const BE_NEXT = [...DETERMINERS, '-ing', 'also', 'always', 'just', 'really', 'very', 'so', 'quite', 'still', 'often',
  'usually', 'generally', 'likely', 'probably', 'possible', 'important', 'essential', 'crucial', 'necessary', 'difficult',
  'hard', 'easy', 'true', 'clear', 'worth', 'best', 'better', 'sorry', 'happy', 'glad', 'sure', 'certain', 'right',
  'welcome', 'correct', 'interested', 'available', 'safe', 'normal', 'okay', 'fine', 'great', 'good', 'bad', 'unable',
  'able', 'afraid', 'unsure', 'aware', 'familiar', 'curious', 'excited', 'nothing', 'something', 'anything', 'plenty',
  'more', 'much', 'only', 'definitely', 'certainly', 'actually', 'currently', 'generally', 'an', 'based',
  'called', 'known', 'located', 'considered', 'designed', 'used', 'here', 'what', 'how', 'why',
  'completely', 'entirely', 'totally', 'absolutely', 'pretty', 'extremely', 'incredibly', 'particularly', 'especially',
  'common', 'helpful', 'useful', 'natural', 'understandable', 'impossible', 'unlikely', 'unclear', 'hard', 'wrong',
  'responsible', 'concerned', 'worried', 'confused', 'ready', 'free', 'new'];
const WILL_NEXT = ['be', 'help', 'do', 'need', 'have', 'try', 'give', 'provide', 'make', 'get', 'look', 'find', 'take',
  'go', 'start', 'also', 'always', 'never', 'just', 'probably', 'definitely', 'certainly', 'see', 'keep', 'use', 'search',
  'check', 'explain', 'show', 'tell', 'send', 'continue', 'write', 'create', 'want', 'love', 'enjoy', 'learn', 'notice',
  'feel', 'receive', 'still', 'likely', 'only', 'first', 'then', 'now', 'soon', 'gladly', 'happily', 'let', 'guide', 'walk',
  'put', 'call', 'ask', 'answer', 'share', 'come', 'leave', 'stay', 'work', 'remember', 'appreciate', 'follow', 'begin'];
// "I'd" is also "I had": nothing that can follow "had" ("I'd never seen", "I'd better", "I'd just finished").
const WOULD_NEXT = [...WILL_NEXT, 'like', 'recommend', 'suggest', 'say', 'prefer', 'advise', 'rather', 'argue',
  'imagine', 'think', 'guess', 'consider', 'choose', 'personally']
  .filter((w) => !['never', 'always', 'just', 'already', 'only', 'first', 'also', 'still', 'then', 'now', 'soon']
    .includes(w));
const HAVE_NEXT = ['been', 'got', 'never', 'always', 'already', 'just', 'also', 'seen', 'heard', 'found', 'tried',
  'learned', 'made', 'done', 'written', 'created', 'provided', 'included', 'listed', 'gathered', 'compiled', 'given',
  'added', 'updated', 'used', 'searched', 'noticed', 'had', 'come', 'taken', 'looked', 'checked', 'recently', 'only',
  'ever', 'read', 'received', 'spent', 'worked', 'experienced', 'mentioned', 'outlined', 'explained', 'shared'];
const POSSESSIVES = ['my', 'your', 'our', 'their', 'his', 'her', 'its'];
const SUBJECTS_V2 = ['i', 'we', 'you', 'they', 'he', 'she', 'it', 'people', 'someone', 'everyone', 'who', 'one'];
const MODALS_V2 = [...MODALS, "i'd", "you'd", "we'd", "they'd", "he'll", "she'll", "they'll", "it'll", "don't", "didn't",
  "won't", "wouldn't", "shouldn't", "can't", 'cannot'];
const BE_V2 = [...BE, 'is', 'are', 'was', 'were', 'be', 'been', "that's", "there's", "here's", "what's", "he's",
  "she's", 'also', 'still', 'currently', 'just'];

/** Table 2: table 1 and these groups. Group ids (first members) never repeat one of table 1. */
const ROWS_V2_ADDED: Row[] = [
  // pronoun contractions, only before a word that completes the clause
  ...[['i', 'am', "i'm"], ['you', 'are', "you're"], ['we', 'are', "we're"], ['they', 'are', "they're"],
    ['it', 'is', "it's"], ['that', 'is', "that's"], ['there', 'is', "there's"], ['here', 'is', "here's"],
    ['what', 'is', "what's"], ['he', 'is', "he's"], ['she', 'is', "she's"]]
    .map(([p, v, c]): Row => [`${c}|${p} ${v}`, undefined, '', undefined,
      p === 'what' ? BE_NEXT.filter((w) => w !== 'what' && w !== 'how') : BE_NEXT]),
  ...['i', 'you', 'we', 'they', 'he', 'she'].map((p): Row => [`${p}'ll|${p} will`, undefined, '', undefined, WILL_NEXT]),
  ...['i', 'you', 'we', 'they', 'he', 'she'].map((p): Row => [`${p}'d|${p} would`, undefined, '', undefined, WOULD_NEXT]),
  ...['i', 'you', 'we', 'they'].map((p): Row => [`${p}'ve|${p} have`, undefined, '', undefined, HAVE_NEXT]),
  // modal and verb phrases
  ['might may', [...SUBJECTS_V2, 'this', 'that', 'which', 'there', 'these', 'those', 'some', 'others', 'also', 'still',
    'and', 'or', 'but', 'what', 'things', 'results', 'symptoms'], 'mid', ['not']],
  ['need to|have to', [...SUBJECTS_V2, ...MODALS_V2, 'also', 'just', 'really', 'still', 'not', 'only', 'first',
    'then', 'usually', 'often', 'probably', 'definitely', 'certainly', 'may', 'might'], '', ['do']],
  ['needs to|has to', ['it', 'this', 'that', 'which', 'he', 'she', 'who', 'one', 'everyone', 'someone', 'also', 'just',
    'really', 'still', 'only', 'first', 'usually', 'often', 'probably', 'definitely', 'certainly'], '', ['do']],
  ['want to|wish to'],
  ['wants to|wishes to'],
  ['try to|attempt to'],
  ['trying to|attempting to'],
  ['tried to|attempted to'],
  ['sounds like|seems like', THIS],
  ['seems to|appears to', [...THIS, 'who', 'everyone', 'something', 'nothing']],
  ['seem to|appear to', [...SUBJECTS_V2, ...MODALS_V2, 'also', 'still', 'might', 'may', 'they', 'things', 'people']],
  ['looking for|searching for', BE_V2],
  ['focus on|concentrate on', [...SUBJECTS_V2, ...MODALS_V2, 'also', 'just', 'then', 'and', 'or']],
  ['talk about|discuss', [...SUBJECTS_V2, ...MODALS_V2, "let's", 'also', 'then', 'and', 'or']],
  ['use utilize', [...SUBJECTS_V2, ...MODALS_V2, 'also', 'then', 'simply', 'just', 'often', 'usually']],
  ['using utilizing'],
  ['improve enhance', MODALS_V2, '', undefined, DETERMINERS],
  ['probably|most likely', [...SUBJECTS_V2, ...BE_V2, ...MODALS_V2], '', ['to', 'that'], ['*']],
  ['about regarding', ['information', 'news', 'details', 'questions', 'question', 'concerns', 'facts', 'data', 'updates',
    'article', 'articles', 'headlines', 'stories', 'story', 'knowledge', 'research', 'report', 'reports', 'opinions',
    'thoughts', 'advice', 'guidance', 'insights', 'statistics', 'rules', 'laws', 'policies', 'policy', 'regulations']],
  ['people individuals', ['some', 'many', 'most', 'other', 'these', 'those', 'all', 'few', 'young', 'older', 'for',
    'of', 'help', 'allow', 'allows', 'enable', 'enables', 'where', 'encourage', 'encourages', 'that', 'among', 'between',
    'with', 'to', 'by', 'more', 'fewer', 'different', 'certain']],
  // "individual" is also an adjective ("each individual case"): only where a noun ends the phrase.
  ['person individual', ['the', 'each', 'every', 'any', 'this', 'that', 'one', 'another', 'no', 'same', 'other', 'single',
    'average', 'specific', 'particular'], '', undefined, ['.', 'who', 'is', 'was', 'has', 'had', 'can', 'could',
    'should', 'may', 'might', 'will', 'would', 'must', 'to', 'in', 'with', 'that', 'at', 'on', 'for', 'of', 'from',
    'as', 'does', 'did', 'feels', 'knows', 'seems']],
  ['specific particular', ['a', 'the', 'any', 'this', 'that', 'no', 'each', 'every', ...POSSESSIVES, 'these', 'those',
    'one']],
  // "challenging" is also a verb ("is challenging the rule"): never before an object.
  ['difficult challenging', [...DETERMINERS, ...BE_V2, 'more', 'most', 'very', 'quite', 'so', 'too', 'extremely',
    'incredibly', 'particularly', 'especially', 'pretty', 'rather', 'be', 'become', 'becomes', 'seem', 'seems'], '',
    [...DETERMINERS, 'me', 'you', 'him', 'them', 'us', 'it', 'himself', 'herself', 'themselves', 'yourself']],
  ['several multiple', undefined, '', ['of', 'are', 'were', 'have', 'had', 'will', 'can', 'may', 'might', 'who', 'that',
    'which', 'and', 'or']],
  ['advancements developments'],
  ['benefits advantages', ['the', 'many', 'some', 'several', 'potential', 'numerous', 'these', 'its', 'their', 'various',
    'other', 'main', 'key', 'of', 'and', 'offers', 'offer', 'has', 'have']],
  ['latest|most recent', ['the', ...POSSESSIVES], '', ['and', 'or'], ['*']],
];

function rowsV2(): Row[] {
  // Table 1's groups, with their after-lists read with the pronoun contractions of table 2 ("I will" / "I'll").
  const v1 = ROWS_V1.map(([words, after, position, notBefore, before]): Row =>
    words === 'really truly'
      ? [words, [...(after ?? []), 'it', 'that', 'this', 'is', 'are', 'was', 'were', 'am'], position, notBefore, before]
      : [words, after && after === MODALS ? MODALS_V2 : after, position, notBefore, before]);
  return [...v1, ...ROWS_V2_ADDED];
}

/** A synonym table: its groups, by member word, with what the scanner needs to read two-word members. */
export interface SynonymTable {
  version: TableVersion;
  /** Every member word (lower case, `'` apostrophe) mapped to its group. */
  byWord: ReadonlyMap<string, SynonymGroup>;
  /** First words of two-word members ("do" of "do not") mapped to their possible second words. */
  phraseStarts: ReadonlyMap<string, ReadonlySet<string>>;
  groups: readonly SynonymGroup[];
}

export const TABLE_VERSIONS = [1, 2] as const;
export type TableVersion = (typeof TABLE_VERSIONS)[number];
/** The table new keys mark with. */
export const LATEST_TABLE: TableVersion = 2;

function lastWord(member: string): string {
  return member.slice(member.lastIndexOf(' ') + 1);
}

function build(version: TableVersion, rows: Row[]): SynonymTable {
  const byWord = new Map<string, SynonymGroup>();
  const groups: SynonymGroup[] = [];
  for (const [words, after, position, notBefore, before] of rows) {
    const members = words.split(words.includes('|') ? '|' : ' ');
    const group: SynonymGroup = {
      id: members[0]!, words: members, sameArticle: new Set(members.map(takesAn)).size === 1,
      ...(after ? { after: new Set(after) } : {}),
      ...(notBefore ? { notBefore: new Set(notBefore) } : {}),
      ...(before ? { before: new Set(before) } : {}),
      ...(position === 'start' || position === 'mid' ? { position } : {}),
      ...(position === 'start,' ? { position: 'start' as const, comma: true } : {}),
      ...(position === 'contraction' ? { position: 'mid' as const, contraction: true } : {}),
    };
    for (const w of members) {
      if (byWord.has(w)) throw new Error(`synonym table ${version}: "${w}" is in two groups`);
      byWord.set(w, group);
    }
    groups.push(group);
  }
  if (new Set(groups.map((g) => g.id)).size !== groups.length) {
    throw new Error(`synonym table ${version}: repeated group id`);
  }
  if (version >= 2) {
    // An after-list holding one member's last word holds all of them ("will" and "i'll"), so that whether a word is a
    // site does not follow the keyed choice just before it (which the served filter would have to leave out).
    for (const g of groups) {
      if (!g.after) continue;
      const after = new Set(g.after);
      for (const h of groups) {
        const last = h.words.map(lastWord);
        if (last.some((w) => after.has(w))) for (const w of last) after.add(w);
      }
      (g as { after: ReadonlySet<string> }).after = after;
    }
  }
  const phraseStarts = new Map<string, Set<string>>();
  for (const w of byWord.keys()) {
    const [first, second, more] = w.split(' ');
    // Table 2 reads the next word as the member that starts there, which must be one: a word is never both a member
    // and the first word of a two-word member.
    if (version >= 2 && second !== undefined && byWord.has(first!)) {
      throw new Error(`synonym table ${version}: "${first}" is a member and starts "${w}"`);
    }
    if (second === undefined) continue;
    if (more !== undefined) throw new Error(`synonym table ${version}: "${w}" has more than two words`);
    const set = phraseStarts.get(first!) ?? new Set<string>();
    set.add(second);
    phraseStarts.set(first!, set);
  }
  return { version, byWord, phraseStarts, groups };
}

const TABLES: Record<TableVersion, SynonymTable> = { 1: build(1, ROWS_V1), 2: build(2, rowsV2()) };

export function synonymTable(version: TableVersion = LATEST_TABLE): SynonymTable {
  const table = TABLES[version];
  if (!table) throw new Error(`unknown synonym table ${String(version)}`);
  return table;
}

/** The groups of a table (default: the latest). */
export function synonymGroups(version: TableVersion = LATEST_TABLE): SynonymGroup[] {
  return [...synonymTable(version).groups];
}
