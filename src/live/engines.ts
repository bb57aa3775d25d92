/**
 * Which engine a live worker runs, as a typed value that can cross into the engine's worker thread: the product's
 * detector (src/engine, imported here like any module) or one of the test engines (test-engines.ts).
 */
import { createEngine } from '../engine/index.js';
import type { EngineLike } from './engine-runner.js';
import { createTestEngine, type TestEngine } from './test-engines.js';

export type EngineChoice = { kind: 'detector' } | { kind: 'test'; engine: TestEngine };

export const DETECTOR: EngineChoice = { kind: 'detector' };

/** Creates the chosen engine; throws when it cannot start (its data cannot be loaded, a test engine told to fail). */
export function startEngine(choice: EngineChoice): { engine: EngineLike; name: string } {
  switch (choice.kind) {
    case 'detector':
      return { engine: createEngine(), name: 'detector' };
    case 'test':
      return { engine: createTestEngine(choice.engine), name: `test:${choice.engine.name}` };
  }
}

/** A start-up failure as one line (the first line of the error's message). */
export function failureReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] || 'unknown error';
}
