/**
 * An engine module for the gateway's sign-up test: the real engine, loaded by the gateway's worker, that has already
 * replayed the engine fixture's world (one harvesting operation on three cards, confirmed as a campaign) before the
 * gateway sends it anything.
 */
import { IpIntel } from '../src/enrich/ip.js';
import { Engine } from '../src/engine/engine.js';
import { liveEngine, type LiveEngine } from '../src/engine/index.js';
import { buildWorld, replay } from '../src/engine/engine-world.fixture.js';

export function createEngine(): LiveEngine {
  const engine = new Engine(IpIntel.shared());
  const { accounts, requests } = buildWorld();
  for (const a of accounts) engine.registerAccount(a);
  engine.tick(replay(engine, requests));
  engine.takeUpdates();
  return liveEngine(engine);
}
