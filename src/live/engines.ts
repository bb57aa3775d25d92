/**
 * Which engine a live worker runs, as a typed value that can cross into the engine's worker thread: the product's
 * detector (src/engine, imported here like any module) or one of the test engines (test-engines.ts).
 */
import type { SpillOptions } from '../accounts/spill.js';
import { createEngine } from '../engine/index.js';
import type { EngineLike } from './engine-runner.js';
import { createTestEngine, type TestEngine } from './test-engines.js';

/** `spill`: idle accounts' state to a scratch file (accounts/spill.ts), so a long-running gateway's memory follows its active accounts. */
export type EngineChoice = { kind: 'detector'; spill?: SpillOptions } | { kind: 'test'; engine: TestEngine };

export const DETECTOR: EngineChoice = { kind: 'detector' };

/** Creates the chosen engine; throws when it cannot start (its data cannot be loaded, a test engine told to fail). */
export function startEngine(choice: EngineChoice): { engine: EngineLike; name: string } {
  switch (choice.kind) {
    case 'detector':
      return { engine: createEngine(choice.spill ? { spill: choice.spill } : {}), name: choice.spill?.kind === 'disk' ? 'detector, spilling idle accounts' : 'detector' };
    case 'test':
      return { engine: createTestEngine(choice.engine), name: `test:${choice.engine.name}` };
  }
}

/** A start-up failure as one line (the first line of the error's message). */
export function failureReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] || 'unknown error';
}
