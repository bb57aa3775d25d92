/** Replays a small hand-built world through one engine, a cross-account step every hour of event time (test fixture). */
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { IpIntel } from '../enrich/ip.js';
import { Engine } from '../engine/engine.js';

const HOUR = 3_600_000;

/** The verdicts after every request (sorted by time) and three more hourly steps, by account id. */
export function replayHourly(world: { accounts: Account[]; requests: Interaction[] }, t0: number): Map<string, Verdict> {
  const engine = new Engine(IpIntel.shared());
  for (const a of world.accounts) engine.registerAccount(a);
  let next = t0 + HOUR;
  for (const r of world.requests) {
    const ts = Date.parse(r.ts);
    while (ts >= next) {
      engine.tick(next);
      next += HOUR;
    }
    engine.ingest(r);
  }
  for (let h = 0; h < 3; h++, next += HOUR) engine.tick(next);
  return new Map(engine.verdicts().map((v) => [v.account_id, v]));
}
