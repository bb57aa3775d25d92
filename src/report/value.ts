/**
 * Estimated list-price value of the output a campaign harvested. Prices are per million tokens and configurable
 * (`--price-input`, `--price-output`, `--price-reasoning`); the defaults are a typical frontier-model list price,
 * not any provider's actual tariff, and the result is always labelled an estimate.
 */

export interface Prices {
  /** USD per million input tokens. */
  input: number;
  /** USD per million output tokens. */
  output: number;
  /** USD per million reasoning (thinking) tokens; billed as output by most providers. */
  reasoning: number;
}

export const DEFAULT_PRICES: Readonly<Prices> = Object.freeze({ input: 3, output: 15, reasoning: 15 });

export interface ValueEstimate {
  prices: Prices;
  currency: 'USD';
  input_usd: number;
  output_usd: number;
  reasoning_usd: number;
  total_usd: number;
  label: string;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function estimateValue(tokens: { input: number; output: number; reasoning: number }, prices: Prices): ValueEstimate {
  const input = (tokens.input / 1e6) * prices.input;
  const output = (tokens.output / 1e6) * prices.output;
  const reasoning = (tokens.reasoning / 1e6) * prices.reasoning;
  return {
    prices: { ...prices },
    currency: 'USD',
    input_usd: round2(input),
    output_usd: round2(output),
    reasoning_usd: round2(reasoning),
    total_usd: round2(input + output + reasoning),
    label: `Estimate at list prices of $${prices.input} / $${prices.output} / $${prices.reasoning} per million input / output / reasoning tokens`,
  };
}
