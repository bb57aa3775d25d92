/**
 * A dataset directory: locates its files (jsonl, jsonl.gz or parquet per kind) and names the
 * files a writer produces.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DistillguardError } from '../errors.js';
import type { RecordKind } from './types.js';

const EXTENSIONS = ['.jsonl', '.jsonl.gz', '.parquet'] as const;

export interface DatasetFiles {
  dir: string;
  interactions: string;
  accounts: string;
  labels: string | null;
}

/** Finds the file of one kind in a dataset directory, or null. */
export function findFile(dir: string, kind: RecordKind): string | null {
  for (const ext of EXTENSIONS) {
    const p = join(dir, kind + ext);
    if (existsSync(p)) return p;
  }
  return null;
}

/** Locates the files of a dataset; interactions and accounts are required. */
export function openDataset(dir: string): DatasetFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DistillguardError('DATASET_NOT_FOUND', `${dir}: not a dataset directory`);
  }
  const interactions = findFile(dir, 'interactions');
  if (!interactions) throw new DistillguardError('DATASET_NOT_FOUND', `${dir}: no interactions.jsonl, interactions.jsonl.gz or interactions.parquet`);
  const accounts = findFile(dir, 'accounts');
  if (!accounts) throw new DistillguardError('DATASET_NOT_FOUND', `${dir}: no accounts.jsonl, accounts.jsonl.gz or accounts.parquet`);
  return { dir, interactions, accounts, labels: findFile(dir, 'labels') };
}
