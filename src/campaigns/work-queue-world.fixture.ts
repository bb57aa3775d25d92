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

/** Ordinary public chat prompts: the cover of an operation and what people ask. */
const COVER = corpora.organicGeneral.map((p) => p.text).filter((t) => t.split(/\s+/).length >= 10 && !t.includes('\n')).slice(0, 40);
const FOLLOW_UPS = ['ok but why does that work?', 'can you make it shorter', 'thanks, what about an empty input?', 'hmm that fails for me, try again'];
const MODELS = ['frontier-4', 'frontier-4-think', 'frontier-4-mini'];

/**
 * An account of an operation that gives each account its own client habits (its model, max_tokens and hours, one
 * client each), asks in threads with a follow-up or two on every item (where the pool's other users ask it bare), mixes in a public chat prompt as cover now and then, and
 * draws its items from the queue: alike the others only in what it asks.
 */
function ownHabitsAccount(id: string, a: number, next: () => string, requests: Interaction[], r: () => number): void {
  const model = MODELS[a % MODELS.length]!;
  const maxTokens = [null, 2048, 4096, 8192, 1024][a % 5]!;
  const zone = (a % 6) * 4 * HOUR;
  for (let k = 0; k < 12; k++) {
    const ts = T0 + zone + k * 26 * HOUR + Math.floor(r() * 3 * HOUR);
    const conversation = `${id}-c${k}`;
    const over = { ip: `73.${60 + a}.${k % 2}.9`, user_agent: UAS[a % UAS.length]!, tls_ja4: `t13d1516h2_${(0x8daaf6150000 + a).toString(16)}_02713d6af862`, max_tokens: maxTokens, model, conversation_id: conversation, input_tokens: 120, output_tokens: 600 };
    const cover = k % 4 === 3;
    requests.push(req(id, ts, cover ? COVER[Math.floor(r() * COVER.length)]! : next(), { ...over, turn: 1 }));
    const follow = cover ? 0 : 1 + Math.floor(r() * 2);
    for (let f = 0; f < follow; f++) requests.push(req(id, ts + (f + 1) * 600_000, FOLLOW_UPS[Math.floor(r() * FOLLOW_UPS.length)]!, { ...over, turn: f + 2 }));
  }
}

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/**
 * How the operation wraps its items: in short lines, or each with a sentence of its own wording longer than many items
 * (a different sentence for each of an account's requests, the same sentences for every account), so that for short
 * items the prompt's longest line is the operation's wording, asked once by every member and by nobody else; or bare,
 * each account with its own client habits, in threads with follow-ups and public chat prompts as cover
 * (ownHabitsAccount), beside people chatting about those same prompts.
 */
export type QueueWrapper = 'short' | 'long-line' | 'own-habits';

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
    if (wrapper === 'own-habits') {
      ownHabitsAccount(id, a, () => POOL[queue++]!, requests, r);
      continue;
    }
    for (let k = 0; k < 15; k++) {
      const ts = T0 + k * 5 * HOUR + a * 431_000 + Math.floor(r() * HOUR);
      const opening = wrapper === 'short' ? pick(intros) : LONG_WRAPPERS[k]!;
      const prompt = `${opening}\n${POOL[queue++]!}\n${pick(ASKS)}`;
      requests.push(req(id, ts, prompt, { ip: `73.${60 + a}.${k % 3}.9`, user_agent: UAS[a % UAS.length]!, tls_ja4: `t13d1516h2_${(0x8daaf6150000 + a).toString(16)}_02713d6af862`, max_tokens: pick([null, 4096, 8192]), model: pick(['frontier-4', 'frontier-4', 'frontier-4-think']), input_tokens: 120, output_tokens: 600 }));
    }
  }
  if (wrapper === 'own-habits') {
    // People chatting about the same public prompts the operation uses as cover, following up with the same everyday
    // lines as the operation does (everyone's lines, no script of its own).
    for (let a = 0; a < 40; a++) {
      const id = `chat${a}`;
      accounts.push(testAccount(id));
      for (let k = 0; k < 10; k++) {
        const ts = T0 + (a % 24) * HOUR + k * 7 * HOUR;
        const over = { ip: `24.${a}.3.${k + 1}`, max_tokens: null, model: 'frontier-4-mini', conversation_id: `${id}-c${k}` };
        requests.push(req(id, ts, pick(COVER), { ...over, turn: 1 }));
        if (k % 2 === 0) requests.push(req(id, ts + 600_000, pick(FOLLOW_UPS), { ...over, turn: 2 }));
      }
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

