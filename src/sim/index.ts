/**
 * The traffic world generator (`distillguard simulate`): organic population with hard negatives and attack
 * campaigns built from composable tactics, written as a dataset directory per the dataset spec plus world.json.
 */
import { generateWorld, type SimulateOptions, type WorldSummary } from './world.js';

export type { SimulateOptions, SimulateOutput, WorldSummary } from './world.js';
export { loadScenario, validateScenario, BUILT_IN, ORGANIC_PERSONAS, type Scenario, type CampaignSpec, type TacticSpec } from './scenario.js';
export { TACTICS, type TacticName } from './tactics/index.js';
export { Rng } from './rng.js';

/** Generates a world; resolves with its summary (the manifest is also written to DIR/world.json). */
export function simulate(options: SimulateOptions): Promise<WorldSummary> {
  return generateWorld(options);
}
