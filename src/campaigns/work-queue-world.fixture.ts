/**
 * A hand-built world with a careful work-queue operation beside people asking the same public material: twenty aged
 * accounts drawing one pool's items through one queue, forty developers asking the pool as they come, and a class
 * sharing homework (campaigns/work-queue.ts). Used by the engine's and the sharded engine's tests.
 */
import type { Account, Interaction } from '../dataset/types.js';
import { requestMaker, testAccount } from './hourly-replay.fixture.js';
import { loadCorpora } from '../sim/corpora.js';

const HOUR = 3_600_000;
export const QUEUE_WORLD_T0 = Date.parse('2026-05-04T00:00:00Z');
const T0 = QUEUE_WORLD_T0;
const corpora = loadCorpora();
const req = requestMaker();

/** Coding tasks of one public pool, as a person pastes them (instruction, then its input on a line of its own). */
const POOL = corpora.codegen.filter((c) => c.instruction.split(/\s+/).length >= 10).slice(0, 360).map((c) => (c.input ? `${c.instruction}\n${c.input}` : c.instruction));
const INTROS = ['Stuck on this:', 'hey, quick one', 'For a side project -', 'Question for you.', 'hi!', 'Been thinking about this.'];
const ASKS = ['show the approach and the code', 'can you explain your thinking?', 'walk me through it', 'please include how you checked it'];
const UAS = ['OpenAI/Python 1.40.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15', 'AsyncAnthropic/Python 0.37.1', 'PocketAI/4.7.2 CFNetwork/1490'];

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/**
 * How the operation wraps its items: in short lines, or each with a sentence of its own wording longer than many items
 * (a different sentence for each of an account's requests, the same sentences for every account), so that for short
 * items the prompt's longest line is the operation's wording, asked once by every member and by nobody else.
 */
export type QueueWrapper = 'short' | 'long-line';

/** The operation's long wrapper sentences: one per request of an account (15 requests each). */
const LONG_WRAPPERS = Array.from({ length: 15 }, (_, k) => `I am preparing for an interview and this is practice question number ${k + 1} from my list`);

/**
 * A careful operation: twenty aged accounts, each with its own card, address, client and wording, drawing the pool's
 * items through one queue (each item once, by one account) with its client settings randomised per request. Beside it,
 * forty developers asking items of the same public pool as they come (each with its own settings), and a class of
 * twenty students asking the same homework.
 */
export function queueWorld(wrapper: QueueWrapper = 'short'): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  const r = rng(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  let queue = 0;
  for (let a = 0; a < 20; a++) {
    const id = `queue${a}`;
    accounts.push(testAccount(id, { created_at: new Date(T0 - (90 + 7 * a) * 24 * HOUR).toISOString() }));
    const intros = [INTROS[a % INTROS.length]!, INTROS[(a + 2) % INTROS.length]!];
    for (let k = 0; k < 15; k++) {
      const ts = T0 + k * 5 * HOUR + a * 431_000 + Math.floor(r() * HOUR);
      const opening = wrapper === 'short' ? pick(intros) : LONG_WRAPPERS[k]!;
      const prompt = `${opening}\n${POOL[queue++]!}\n${pick(ASKS)}`;
      requests.push(req(id, ts, prompt, { ip: `73.${60 + a}.${k % 3}.9`, user_agent: UAS[a % UAS.length]!, tls_ja4: `t13d1516h2_${(0x8daaf6150000 + a).toString(16)}_02713d6af862`, max_tokens: pick([null, 4096, 8192]), model: pick(['frontier-4', 'frontier-4', 'frontier-4-think']), input_tokens: 120, output_tokens: 600 }));
    }
  }
  for (let a = 0; a < 40; a++) {
    const id = `dev${a}`;
    accounts.push(testAccount(id));
    const maxTokens = [1024, 2048, null, 16000][a % 4]!;
    const model = ['frontier-4', 'frontier-4-think', 'frontier-4-mini'][a % 3]!;
    for (let k = 0; k < 15; k++) {
      const ts = T0 + (a % 12) * HOUR + k * 5 * HOUR;
      requests.push(req(id, ts, POOL[Math.floor(r() * POOL.length)]!, { ip: `98.${a}.7.${k + 1}`, user_agent: UAS[a % UAS.length]!, max_tokens: maxTokens, model, input_tokens: 100, output_tokens: 500 }));
    }
  }
  const homework = corpora.gsm8kTrain.slice(100, 112).map((q) => q.question);
  for (let a = 0; a < 20; a++) {
    const id = `student${a}`;
    accounts.push(testAccount(id));
    for (let k = 0; k < 12; k++) {
      const ts = T0 + 2 * k * 24 * HOUR + 9 * HOUR + a * 60_000;
      requests.push(req(id, ts, `Explain how to solve this step by step.\n${homework[k]!}`, { ip: '128.32.0.1', max_tokens: 1024, model: 'frontier-4-mini' }));
    }
  }
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

