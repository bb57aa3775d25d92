/**
 * Where the simulator's shipped data lives. Data files are not copied into dist/, so they are resolved from the
 * repo root: this module sits at dist/src/sim/paths.js (or src/sim/paths.ts), three levels below the root.
 */
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = new URL('../../../', import.meta.url);

/** Absolute path of a file under the repo's data/ directory. */
export function dataPath(rel: string): string {
  return fileURLToPath(new URL(`data/${rel}`, rootFor()));
}

/** Absolute path of a file under the repo root. */
export function repoPath(rel: string): string {
  return fileURLToPath(new URL(rel, rootFor()));
}

// When run from src/ via a TS loader the module is two levels deep (src/sim), from dist three (dist/src/sim).
function rootFor(): URL {
  return import.meta.url.includes('/dist/src/') ? REPO_ROOT : new URL('../../', import.meta.url);
}
