/**
 * Masking of prompt text for case files shared outside the provider (`--redact`). The shape of a prompt (its
 * length, line breaks, punctuation, the first letter of each word) shows the template a campaign used, while
 * the content — possibly a customer's confidential text if the flag is wrong — is not disclosed.
 */

const TOKENS: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, 'email'],
  [/\bhttps?:\/\/\S+/g, 'url'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, 'ip'],
];

function maskWords(text: string): string {
  return text.replace(/\p{L}[\p{L}\p{M}'’-]*/gu, (w) => w[0] + '•'.repeat(Math.max(0, [...w].length - 1))).replace(/\d/g, '#');
}

/** "Solve step by step: 12 apples, a@b.com" → "S•••• s••• b• s•••: ## a•••••, [email]". Deterministic. */
export function redactPrompt(text: string): string {
  let marked = text;
  for (const [re, name] of TOKENS) marked = marked.replace(re, `\u0000${name}\u0001`);
  return marked
    .split(/(\u0000\w+\u0001)/)
    .map((p) => (p.startsWith('\u0000') ? `[${p.slice(1, -1)}]` : maskWords(p)))
    .join('');
}
