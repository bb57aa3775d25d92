/**
 * phrasing: the operation's own grammar — which languages its accounts write in and how many fragments per role it
 * keeps (more fragments, more varied wording). Every campaign has a grammar; this tactic only tunes it.
 * Parameters: `languages` (en, es, de, fr, pt; default [en]), `fragments` (per role and language, default 6).
 */
import { LANGUAGES, type Language } from '../grammar/lexicon.js';
import { allow, bad, numParam, strListParam } from './params.js';
import type { Tactic } from './tactic.js';

export const phrasing: Tactic = {
  name: 'phrasing',
  summary: "the operation's own wording grammar: languages and variety",
  validate(p, path) {
    allow(p, path, ['languages', 'fragments']);
    const languages = strListParam(p, 'languages', path, ['en'])!;
    for (const l of languages) if (!(LANGUAGES as readonly string[]).includes(l)) bad(`${path}.languages`, `unknown language ${l} (expected ${LANGUAGES.join(', ')})`);
    return { languages, fragments: numParam(p, 'fragments', path, 1, 40, 6) };
  },
  apply(plan, p) {
    plan.grammarOptions = { languages: p.languages as Language[], fragments: p.fragments as number };
  },
};
