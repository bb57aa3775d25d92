/**
 * Case-insensitive patterns run on lower-cased text. V8 matches a `/i` pattern several times slower than the same
 * pattern without the flag, so a text that is tested against many patterns is lower-cased once and each `/i`
 * pattern is rewritten to its lower-case equivalent without the flag (`foldCase`). For ASCII the two are identical;
 * outside ASCII, `toLowerCase` folds a little more than `/i` does (the Kelvin sign matches "k"), which only widens
 * matches on letters no prompt pattern depends on.
 */

/** The pattern, lower-cased outside escape sequences (`\S`, `\W`, `\B` keep their meaning), without the `i` flag. */
export function foldCase(re: RegExp): RegExp {
  if (!re.flags.includes('i')) throw new Error(`foldCase: /${re.source}/ is not case-insensitive`);
  let out = '';
  const s = re.source;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      out += c + (s[i + 1] ?? '');
      i++;
    } else out += c.toLowerCase();
  }
  return new RegExp(out, re.flags.replace('i', ''));
}

