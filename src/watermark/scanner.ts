/**
 * A streaming, markdown-aware scanner that finds the words the lexical watermark may change and lets a callback
 * choose the member of their synonym group. It never touches code fences, indented code, inline code, quoted
 * strings, bracketed or braced spans (JSON, links, citations), HTML tags, math, URLs or anything glued to
 * digits, dots, slashes, hyphens or underscores (identifiers, paths, numbers, compounds).
 *
 * Every decision depends only on the text, never on where chunks end: when a decision needs characters that
 * have not arrived, the scanner waits for them (at most the current word and two characters after it, or a
 * run of backticks), so streaming and whole-text runs give the same output. Watermarking and verification run
 * the same scanner, which is what makes the contexts seen at verification equal to those used when writing.
 */
import { LATEST_TABLE, QUESTION_WORDS, synonymTable, type SynonymGroup, type SynonymTable, type TableVersion } from './synonyms.js';

/** One changeable word: its group, the member found in the text and its context (previous two words + separator). */
export interface WordSite {
  group: SynonymGroup;
  observed: number;
  context: string;
  /**
   * The context with every earlier word of the synonym table replaced by its group (`§often`), site or not, so that
   * it depends neither on which member was written there nor on whether the word could change: two words, or one
   * for a one-word key. What served answers are matched on.
   */
  canonicalContext: string;
  /** The group of the previous word when that word was itself changeable. */
  previousGroup?: SynonymGroup;
  /** Where the word starts, in characters from the start of the text (all chunks pushed so far). */
  offset: number;
}

/**
 * What a site's context is: `two-words` (the default) the previous two words; `one-word` the previous word;
 * `adaptive` the previous word, or two when it is a function word (`CONTEXT_FUNCTION_WORDS`).
 */
export const SITE_CONTEXTS = ['two-words', 'one-word', 'adaptive'] as const;
export type SiteContext = (typeof SITE_CONTEXTS)[number];

/**
 * Previous words too common to be a context alone: after "I" or "the" a one-word context would fix one member of a
 * group in most of its occurrences ("I think" → always "I believe"), which word counts reveal.
 */
export const CONTEXT_FUNCTION_WORDS: ReadonlySet<string> = new Set((
  'a an the and or but so nor yet to of in on at for with by from as into onto about over under after before than then ' +
  'is are was were be been being am do does did done have has had can could will would shall should may might must ' +
  'i you he she it we they me him her us them my your his its our their this that these those there here ' +
  'what which who whom whose how when where why if not no also just very more most much many some any all each ' +
  'every other such only even still really quite too up out one'
).split(' '));

/**
 * What defines a key's sites: its context setting and its synonym table (`WatermarkKey` is one). Absent fields mean
 * two-word contexts and the latest table.
 */
export interface SiteScheme {
  context?: SiteContext;
  table?: TableVersion;
}

/** The scheme of a bare context setting or of a key, with its defaults filled in. */
export function siteScheme(scheme: SiteContext | SiteScheme = {}): Required<SiteScheme> {
  const s = typeof scheme === 'string' ? { context: scheme } : scheme;
  return { context: s.context ?? 'two-words', table: s.table ?? LATEST_TABLE };
}

/** Returns the index of the group member to write at this site. */
export type ChooseMember = (site: WordSite) => number;

const PROSE = 0, FENCE = 1, INDENTED = 2, INLINE = 3, QUOTE = 4, SQUOTE = 5, BRACKET = 6, TAG = 7, MATH = 8, URL = 9;
type Mode = typeof PROSE | typeof FENCE | typeof INDENTED | typeof INLINE | typeof QUOTE | typeof SQUOTE | typeof BRACKET | typeof TAG | typeof MATH | typeof URL;

const NL = 10, SPACE = 32, TAB = 9, CR = 13;
const BACKTICK = 96, TILDE = 126, DQUOTE = 34, SQ = 39, LSQUO = 0x2018, RSQUO = 0x2019, LDQUO = 0x201c, RDQUO = 0x201d;
const START = -1;
/** Longest letter run treated as one word (longer runs are no table words and must not be held back). */
const MAX_WORD = 48;
/** Context word after a protected span or a number. */
const PROTECTED_CTX = '`', NUMBER_CTX = '#';

function isMarker(word: string): boolean {
  return word === PROTECTED_CTX || word === NUMBER_CTX || word === '"' || word === '^';
}

const LETTER_RE = /[\p{L}\p{M}]/u;
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 && !(c >= 0xd800 && c <= 0xdfff) && LETTER_RE.test(String.fromCharCode(c));
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === NL || c === CR || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}
function isApostrophe(c: number): boolean {
  return c === SQ || c === RSQUO;
}
function firstWord(member: string): string {
  const space = member.indexOf(' ');
  return space < 0 ? member : member.slice(0, space);
}
function isTitleCase(word: string, lower: string): boolean {
  return word === lower[0]!.toUpperCase() + lower.slice(1);
}
/** Characters allowed right before a changeable word: start, whitespace, "(", "*", dashes, blockquote ">". */
function prevAllows(c: number): boolean {
  return c === START || isSpace(c) || c === 40 || c === 42 || c === 0x2014 || c === 0x2013 || c === 62;
}
/** Characters allowed right after (`next` is the one after that, or -1 at the end of the text). */
function nextAllows(c: number, next: number): boolean {
  if (c === START || isSpace(c)) return true;
  // , ; ! ? ) * — –
  if (c === 44 || c === 59 || c === 33 || c === 63 || c === 41 || c === 42 || c === 0x2014 || c === 0x2013) return true;
  // "." and ":" end a sentence or clause only when followed by space, the end, ")" or "*" (not "file.txt", "a:b").
  if (c === 46 || c === 58) return next === START || isSpace(next) || next === 41 || next === 42;
  return false;
}

export class ProseScanner {
  private buf = '';
  /** Characters of the text already dropped from the front of `buf`. */
  private base = 0;
  private pos = 0;
  private copyStart = 0;
  private ended = false;
  private out: string[] = [];
  private mode: Mode = PROSE;
  private atLineStart = true;
  private indent = 0;
  private lineBlank = true;
  private prevChar = START;
  private ctxWord = '^';
  /** The word before ctxWord: contexts are two words, so each group sees many contexts and stays balanced. */
  private ctxWord2 = '^';
  /** ctxWord and ctxWord2 with changeable words replaced by their group. */
  private canonWord = '^';
  private canonWord2 = '^';
  private previousGroup: SynonymGroup | undefined;
  private ctxSep = '.';
  private fenceChar = BACKTICK;
  private fenceLen = 3;
  private fenceOpeningLine = false;
  private fenceLine = '';
  private tickLen = 1;
  private closeChar = DQUOTE;
  private depth = 0;
  private inString = false;
  private escape = false;
  private mathLen = 1;
  /** The apostrophe the text uses (straight or curly), for contractions written where there was none. */
  private apostropheStyle = SQ;
  words = 0;
  changed = 0;

  private readonly context: SiteContext;
  private readonly table: SynonymTable;
  /** Table 2 reads two-word members and "I" at any capital ("It is", "I am") and next words with their apostrophe. */
  private readonly v2: boolean;

  /**
   * `context`: what forms a site's context (default two words). One word makes the habit easier for a student to
   * learn (any model that sees the previous word reproduces it) but gives a group few contexts, so its member
   * frequencies drift (docs/watermark.md has both measured). `scheme` also names the synonym table (a key's).
   */
  constructor(private readonly choose: ChooseMember, scheme: SiteContext | SiteScheme = {}) {
    const { context, table } = siteScheme(scheme);
    this.context = context;
    this.table = synonymTable(table);
    this.v2 = table >= 2;
  }

  /** Feeds more text; returns the output that is final now. */
  push(delta: string): string {
    if (this.ended) throw new Error('ProseScanner: push after end');
    this.buf = this.pos === 0 && this.copyStart === 0 ? this.buf + delta : this.buf.slice(this.copyStart) + delta;
    this.pos -= this.copyStart;
    this.base += this.copyStart;
    this.copyStart = 0;
    this.run();
    return this.flush();
  }

  /** Ends the text; returns the rest of the output. */
  end(): string {
    this.ended = true;
    this.run();
    return this.flush();
  }

  private flush(): string {
    this.out.push(this.buf.slice(this.copyStart, this.pos));
    this.copyStart = this.pos;
    const s = this.out.length === 1 ? this.out[0]! : this.out.join('');
    this.out = [];
    return s;
  }

  /** True when `count` characters from `at` are available or the text has ended. */
  private has(at: number, count: number): boolean {
    return this.ended || at + count <= this.buf.length;
  }

  private charAt(i: number): number {
    return i < this.buf.length ? this.buf.charCodeAt(i) : START;
  }

  /** Length of the run of `c` starting at `at`, or -1 if the run may continue past the buffered text. */
  private runLength(at: number, c: number): number {
    let e = at;
    while (e < this.buf.length && this.buf.charCodeAt(e) === c) e++;
    if (e === this.buf.length && !this.ended) return -1;
    return e - at;
  }

  private run(): void {
    while (this.pos < this.buf.length) {
      const progressed = this.step();
      if (!progressed) return;
    }
  }

  private newline(): void {
    this.atLineStart = true;
    this.indent = 0;
    this.lineBlank = true;
  }

  private toProse(ctxWord = PROTECTED_CTX): void {
    this.mode = PROSE;
    this.shift(ctxWord);
    this.ctxSep = '';
  }

  /** Moves the context on by one word; consecutive markers (protected span, number) count as one. */
  private shift(word: string, canonical = word, group?: SynonymGroup): void {
    if (isMarker(word) && isMarker(this.ctxWord)) {
      this.ctxWord = word;
      this.canonWord = canonical;
      this.previousGroup = undefined;
      return;
    }
    this.ctxWord2 = this.ctxWord;
    this.ctxWord = word;
    this.canonWord2 = this.canonWord;
    this.canonWord = canonical;
    this.previousGroup = group;
  }

  private step(): boolean {
    const c = this.buf.charCodeAt(this.pos);
    switch (this.mode) {
      case PROSE: return this.prose(c);
      case FENCE: return this.fence(c);
      case INDENTED:
      case TAG:
      case URL: {
        if (c === NL) {
          this.mode = PROSE;
          return true;
        }
        if (this.mode === URL && (isSpace(c) || c === 60 || c === 62 || c === DQUOTE)) {
          this.toProse();
          return true;
        }
        this.consume(c);
        if (this.mode === TAG && c === 62) this.toProse();
        return true;
      }
      case INLINE: {
        if (c === NL) return this.newlineInSpan();
        if (c === BACKTICK) {
          const r = this.runLength(this.pos, BACKTICK);
          if (r < 0) return false;
          this.pos += r;
          this.prevChar = BACKTICK;
          this.lineBlank = false;
          if (r === this.tickLen) this.toProse();
          return true;
        }
        this.consume(c);
        return true;
      }
      case QUOTE: {
        if (c === NL) {
          this.mode = PROSE;
          return true;
        }
        this.consume(c);
        if (c === this.closeChar) this.toProse('"');
        return true;
      }
      case SQUOTE: {
        if (c === NL) {
          this.mode = PROSE;
          return true;
        }
        if (c === this.closeChar) {
          if (!this.has(this.pos + 1, 1)) return false;
          const next = this.charAt(this.pos + 1);
          this.consume(c);
          if (!isLetter(next)) this.toProse('"');
          return true;
        }
        this.consume(c);
        return true;
      }
      case BRACKET: {
        if (c === NL) return this.newlineInSpan();
        this.consume(c);
        if (this.inString) {
          if (this.escape) this.escape = false;
          else if (c === 92) this.escape = true;
          else if (c === DQUOTE) this.inString = false;
        } else if (c === DQUOTE) this.inString = true;
        else if (c === 123 || c === 91) this.depth++;
        else if (c === 125 || c === 93) {
          this.depth--;
          if (this.depth === 0) this.toProse();
        }
        return true;
      }
      case MATH: {
        if (c === NL) {
          if (this.mathLen === 1) {
            this.mode = PROSE;
            return true;
          }
          return this.newlineInSpan();
        }
        if (c === 36) {
          const r = this.runLength(this.pos, 36);
          if (r < 0) return false;
          this.pos += r;
          this.prevChar = 36;
          this.lineBlank = false;
          if (r >= this.mathLen) this.toProse();
          return true;
        }
        this.consume(c);
        return true;
      }
    }
  }

  private consume(c: number): void {
    this.pos++;
    this.prevChar = c;
    if (!isSpace(c)) this.lineBlank = false;
  }

  /** A newline inside a span that a blank line ends (inline code, brackets, display math). */
  private newlineInSpan(): boolean {
    if (this.lineBlank) {
      this.mode = PROSE;
      return true;
    }
    this.pos++;
    this.prevChar = NL;
    this.lineBlank = true;
    return true;
  }

  private fence(c: number): boolean {
    if (c === NL) {
      const line = this.fenceLine.trim();
      const closing = !this.fenceOpeningLine && line.length >= this.fenceLen && line.length < 200 && [...line].every((ch) => ch.charCodeAt(0) === this.fenceChar);
      this.fenceOpeningLine = false;
      this.fenceLine = '';
      this.pos++;
      this.prevChar = NL;
      this.newline();
      if (closing) {
        this.mode = PROSE;
        this.shift(PROTECTED_CTX);
        this.ctxSep = '.';
      }
      return true;
    }
    // Copy up to the end of the line at once; only short lines can close the fence.
    let e = this.buf.indexOf('\n', this.pos);
    if (e < 0) e = this.buf.length;
    if (this.fenceLine.length < 200) this.fenceLine += this.buf.slice(this.pos, Math.min(e, this.pos + 200));
    this.prevChar = this.buf.charCodeAt(e - 1);
    this.pos = e;
    return true;
  }

  private prose(c: number): boolean {
    if (c === NL) {
      this.ctxSep = '.';
      this.pos++;
      this.prevChar = NL;
      this.newline();
      return true;
    }
    if (isSpace(c)) {
      if (this.atLineStart) this.indent += c === TAB ? 4 : 1;
      this.pos++;
      this.prevChar = c;
      return true;
    }
    if (this.atLineStart) {
      if (this.indent >= 4) {
        this.atLineStart = false;
        this.mode = INDENTED;
        this.shift(PROTECTED_CTX);
        this.ctxSep = '.';
        return true;
      }
      if (c === BACKTICK || c === TILDE) {
        const r = this.runLength(this.pos, c);
        if (r < 0) return false;
        if (r >= 3) {
          this.atLineStart = false;
          this.lineBlank = false;
          this.mode = FENCE;
          this.fenceChar = c;
          this.fenceLen = r;
          this.fenceOpeningLine = true;
          this.fenceLine = '';
          this.pos += r;
          this.prevChar = c;
          this.shift(PROTECTED_CTX);
          return true;
        }
      }
      this.atLineStart = false;
    }
    this.lineBlank = false;
    if (isLetter(c)) return this.word();
    if (isDigit(c)) {
      this.pos++;
      this.prevChar = c;
      this.shift(NUMBER_CTX);
      this.ctxSep = '';
      return true;
    }
    switch (c) {
      case BACKTICK: {
        const r = this.runLength(this.pos, BACKTICK);
        if (r < 0) return false;
        this.mode = INLINE;
        this.tickLen = r;
        this.pos += r;
        this.prevChar = BACKTICK;
        return true;
      }
      case DQUOTE:
      case LDQUO:
        return this.enter(QUOTE, c, c === DQUOTE ? DQUOTE : RDQUO);
      case SQ:
      case LSQUO:
        if (this.prevChar !== START && (isLetter(this.prevChar) || isDigit(this.prevChar))) break;
        return this.enter(SQUOTE, c, c === SQ ? SQ : RSQUO);
      case 123: // {
      case 91: // [
        this.depth = 1;
        this.inString = false;
        this.escape = false;
        return this.enter(BRACKET, c, 0);
      case 60: { // <
        if (!this.has(this.pos + 1, 1)) return false;
        const next = this.charAt(this.pos + 1);
        if (isLetter(next) || next === 47 || next === 33 || next === 63) return this.enter(TAG, c, 62);
        break;
      }
      case 36: { // $
        if (!this.has(this.pos + 1, 1)) return false;
        const next = this.charAt(this.pos + 1);
        if (next === 36) {
          this.mathLen = 2;
          this.mode = MATH;
          this.pos += 2;
          this.prevChar = 36;
          return true;
        }
        if (next !== START && !isDigit(next) && !isSpace(next)) {
          this.mathLen = 1;
          return this.enter(MATH, c, 36);
        }
        break;
      }
      case 58: { // ":" followed by "//" starts a URL
        if (!this.has(this.pos + 1, 2)) return false;
        if (this.charAt(this.pos + 1) === 47 && this.charAt(this.pos + 2) === 47) return this.enter(URL, c, 0);
        break;
      }
    }
    this.pos++;
    this.prevChar = c;
    // Sentence punctuation makes the next word a sentence start; other punctuation is a weaker separator.
    if (c === 46 || c === 33 || c === 63 || c === 58) this.ctxSep = '.';
    else if (this.ctxSep === '') this.ctxSep = ',';
    return true;
  }

  private enter(mode: Mode, c: number, closeChar: number): boolean {
    this.mode = mode;
    this.closeChar = closeChar;
    this.pos++;
    this.prevChar = c;
    this.shift(PROTECTED_CTX);
    this.ctxSep = '';
    return true;
  }

  private word(): boolean {
    const b = this.buf;
    const n = b.length;
    let e = this.pos + 1;
    let apostrophe = 0;
    // A longer run of letters is cut into words of MAX_WORD letters, so nothing unbounded is ever held back.
    const limit = this.pos + MAX_WORD;
    for (;;) {
      while (e < n && e < limit && isLetter(b.charCodeAt(e))) e++;
      if (e >= limit) {
        e = Math.min(e, limit);
        break;
      }
      if (e === n) {
        if (!this.ended) return false;
        break;
      }
      const c = b.charCodeAt(e);
      if (!isApostrophe(c)) break;
      if (e + 1 === n) {
        if (!this.ended) return false;
        break;
      }
      if (!isLetter(b.charCodeAt(e + 1))) break;
      apostrophe = c;
      e += 2;
    }
    const start = this.pos;
    const word = b.slice(start, e);
    let lower = word.toLowerCase();
    if (apostrophe !== 0) this.apostropheStyle = apostrophe;
    if (apostrophe === RSQUO) lower = lower.replace(/\u2019/g, "'");
    let end = e;
    let key = lower;
    let wordCount = 1;
    // A two-word member ("do not"): look at the next word, separated by exactly one space.
    const seconds = word === lower || (this.v2 && isTitleCase(word, lower)) ? this.table.phraseStarts.get(lower) : undefined;
    if (seconds) {
      if (!this.has(e, 1)) return false;
      if (b.charCodeAt(e) === SPACE) {
        let e2 = e + 1;
        while (e2 < n && e2 <= e + MAX_WORD && isLetter(b.charCodeAt(e2))) e2++;
        if (e2 === n && e2 <= e + MAX_WORD && !this.ended) return false;
        const second = b.slice(e + 1, e2);
        if (seconds.has(second)) {
          if (!this.has(e2, 2)) return false;
          if (!(isApostrophe(this.charAt(e2)) && isLetter(this.charAt(e2 + 1)))) {
            end = e2;
            key = lower + ' ' + second;
            wordCount = 2;
          }
        }
      }
    }
    let group = this.table.byWord.get(key);
    let written = lower;
    // A table word is its group in canonical contexts even where it is no site: whether it is a site can depend on
    // the member written before it ("think" after "don't" but not after "do not"), and so on a keyed choice.
    let canonical = group ? '\u00a7' + group.id : lower;
    let siteGroup: SynonymGroup | undefined;
    if (group) {
      // Decisions about a candidate look at two characters after it.
      if (!this.has(end, 2)) return false;
      let site = this.site(group, word, lower, key, start, end);
      if (site && this.v2 && (group.notBefore || group.before)) {
        const allows = this.nextWordAllows(group, end);
        if (allows === undefined) return false;
        if (!allows) site = null;
      }
      if (!site && wordCount === 2) {
        // The phrase is not changeable here; go on with its first word alone. In table 2 that word is read as it
        // would be without the phrase: "it is not" (no site before "not") must read like "it isn't" does.
        end = e;
        key = lower;
        wordCount = 1;
        group = this.table.byWord.get(key);
        if (this.v2) canonical = group ? '\u00a7' + group.id : lower;
        site = group && this.has(end, 2) ? this.site(group, word, lower, key, start, end) : null;
        if (site && this.v2 && (group!.notBefore || group!.before)) {
          const allows = this.nextWordAllows(group!, end);
          if (allows === undefined) return false;
          if (!allows) site = null;
        }
      }
      if (!this.v2 && group && site && group.notBefore) {
        const allows = this.nextWordAllows(group, end);
        if (allows === undefined) return false;
        if (!allows) site = null;
      }
      if (group && site) {
        const chosen = this.choose(site);
        const member = group.words[chosen]!;
        written = member.slice(member.lastIndexOf(' ') + 1);
        canonical = '\u00a7' + group.id;
        siteGroup = group;
        if (chosen !== site.observed) {
          let replacement = this.apostropheStyle === RSQUO ? member.replace(/'/g, '\u2019') : member;
          if (word[0] !== lower[0]) replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
          this.out.push(b.slice(this.copyStart, start), replacement);
          this.copyStart = end;
          this.changed++;
        }
      }
    }
    this.words += wordCount;
    this.pos = end;
    this.prevChar = b.charCodeAt(end - 1);
    this.shift(written, canonical, siteGroup);
    this.ctxSep = '';
    return true;
  }

  /**
   * The word after `end` (after exactly one space; lower case), null when none follows there (punctuation, a line
   * break, the end), undefined when it has not fully arrived. Table 2 reads it with its apostrophe ("don't").
   */
  private nextWord(end: number): string | null | undefined {
    const b = this.buf, n = b.length;
    if (end >= n) return this.ended ? null : undefined;
    if (b.charCodeAt(end) !== SPACE) return null;
    let e2 = end + 1;
    for (;;) {
      while (e2 < n && e2 <= end + MAX_WORD && isLetter(b.charCodeAt(e2))) e2++;
      if (e2 === n && e2 <= end + MAX_WORD && !this.ended) return undefined;
      if (!this.v2 || e2 > end + MAX_WORD || !isApostrophe(this.charAt(e2))) break;
      if (e2 + 1 >= n) {
        if (!this.ended) return undefined;
        break;
      }
      if (!isLetter(b.charCodeAt(e2 + 1))) break;
      e2 += 2;
    }
    const word = b.slice(end + 1, e2).toLowerCase().replace(/\u2019/g, "'");
    return word === '' ? null : word;
  }

  /**
   * What the watermark may write in place of the next word (table 2): the first words of every member of the group
   * whose member starts there ("need" and "have" before "to"; "have" and "haven't" before "not"), or the word itself.
   * Undefined when the text has not fully arrived.
   */
  private nextAlternatives(end: number, next: string): readonly string[] | undefined {
    const seconds = this.table.phraseStarts.get(next);
    if (seconds) {
      const second = this.nextWord(end + 1 + next.length);
      if (second === undefined) return undefined;
      const phrase = second !== null && seconds.has(second) ? this.table.byWord.get(next + ' ' + second) : undefined;
      if (phrase) return phrase.words.map(firstWord);
    }
    const single = this.table.byWord.get(next);
    return single ? single.words.map(firstWord) : [next];
  }

  /**
   * Whether the next word allows this group (`notBefore`, `before`). The next word may itself be changed by the
   * watermark, so in table 2 the check holds for every word that could be written there. False when the text has
   * not fully arrived (`undefined`).
   */
  private nextWordAllows(group: SynonymGroup, end: number): boolean | undefined {
    const next = this.nextWord(end);
    if (next === undefined) return undefined;
    let alternatives: readonly string[] | null = null;
    if (next !== null) {
      const alt = this.v2 ? this.nextAlternatives(end, next) : [next];
      if (alt === undefined) return undefined;
      alternatives = alt;
    }
    if (group.notBefore && alternatives?.some((w) => group.notBefore!.has(w))) return false;
    const before = group.before;
    if (!before) return true;
    if (alternatives === null) return before.has('.');
    return before.has('*') || alternatives.every((w) => before.has(w) || (before.has('-ing') && w.length >= 5 && w.endsWith('ing')));
  }

  /** The site for a word of a synonym group, or null when the word must stay as it is. */
  private site(
    group: SynonymGroup, word: string, lower: string, member: string, start: number, e: number,
  ): WordSite | null {
    const sentenceStart = this.ctxSep === '.';
    const normalised = word.replace(/\u2019/g, "'");
    const isLower = normalised === lower;
    // Title case only at a sentence start: elsewhere it marks a name or a title.
    // "I" and its contractions are capitalised everywhere (table 2 has "I am" / "I'm").
    const pronounI = this.v2 && (lower === 'i' || lower.startsWith("i'"));
    const isTitle = !isLower && (sentenceStart || pronounI) && normalised === lower[0]!.toUpperCase() + lower.slice(1);
    if (!isLower && !isTitle) return null;
    if (!prevAllows(this.prevChar)) return null;
    if (!nextAllows(this.charAt(e), this.charAt(e + 1))) return null;
    if (group.position === 'start' && !sentenceStart) return null;
    if (group.position === 'mid' && sentenceStart) return null;
    if (group.comma && this.charAt(e) !== 44) return null;
    if (group.contraction && (this.ctxSep !== '' || QUESTION_WORDS.has(this.ctxWord))) return null;
    if (group.after && (this.ctxSep !== '' || !group.after.has(this.ctxWord))) return null;
    if (!group.sameArticle && this.ctxSep === '' && (this.ctxWord === 'a' || this.ctxWord === 'an')) return null;
    const two = this.context === 'two-words' || (this.context === 'adaptive' && (isMarker(this.ctxWord) || CONTEXT_FUNCTION_WORDS.has(this.ctxWord)));
    const context = two ? this.ctxWord2 + ' ' + this.ctxWord + this.ctxSep : this.ctxWord + this.ctxSep;
    const canonicalContext = this.context === 'one-word'
      ? this.canonWord + this.ctxSep
      : this.canonWord2 + ' ' + this.canonWord + this.ctxSep;
    return {
      group, observed: group.words.indexOf(member), context, canonicalContext, offset: this.base + start,
      ...(this.previousGroup ? { previousGroup: this.previousGroup } : {}),
    };
  }
}
