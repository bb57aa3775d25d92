/**
 * Countries of the population with their share of accounts and UTC offsets during the simulated season
 * (northern summer time applied), plus e-mail domains. Local time drives the diurnal and weekly cycles.
 */
import type { Rng } from './rng.js';
import { cumulative } from './rng.js';

export interface CountryInfo { cc: string; weight: number; tz: number[] }

export const COUNTRIES: CountryInfo[] = [
  { cc: 'US', weight: 34, tz: [-4, -4, -5, -5, -6, -7, -7] },
  { cc: 'IN', weight: 8, tz: [5.5] },
  { cc: 'GB', weight: 6, tz: [1] },
  { cc: 'DE', weight: 6, tz: [2] },
  { cc: 'FR', weight: 4, tz: [2] },
  { cc: 'JP', weight: 5, tz: [9] },
  { cc: 'KR', weight: 4, tz: [9] },
  { cc: 'BR', weight: 5, tz: [-3] },
  { cc: 'CA', weight: 4, tz: [-4, -4, -7] },
  { cc: 'AU', weight: 3, tz: [10, 10, 8] },
  { cc: 'ES', weight: 2, tz: [2] },
  { cc: 'IT', weight: 2, tz: [2] },
  { cc: 'NL', weight: 2, tz: [2] },
  { cc: 'SG', weight: 2, tz: [8] },
  { cc: 'PL', weight: 2, tz: [2] },
  { cc: 'MX', weight: 2, tz: [-6] },
  { cc: 'TR', weight: 1.5, tz: [3] },
  { cc: 'VN', weight: 1.5, tz: [7] },
];
const CUM = cumulative(COUNTRIES.map((c) => c.weight));

export function pickCountry(rng: Rng): CountryInfo {
  return COUNTRIES[rng.weighted(CUM)]!;
}

export function countryInfo(cc: string): CountryInfo {
  return COUNTRIES.find((c) => c.cc === cc) ?? { cc, weight: 0, tz: [0] };
}

const FREEMAIL = ['gmail.com', 'gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me'];
const COMPANY_WORDS = ['acme', 'northwind', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay', 'stark', 'wayne', 'tyrell', 'cyberdyne', 'soylent', 'aperture', 'wonka', 'gringotts', 'oscorp', 'pied', 'massive', 'dunder', 'prestige'];
const COMPANY_SUFFIX = ['labs', 'tech', 'ai', 'data', 'soft', 'works', 'systems', 'analytics', 'cloud', 'io'];
const TLDS = ['com', 'com', 'com', 'io', 'ai', 'co', 'de', 'co.uk', 'fr', 'jp', 'in', 'com.br', 'dev'];

export function freemail(rng: Rng): string {
  return rng.pick(FREEMAIL);
}

export function companyDomain(rng: Rng): string {
  return `${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_SUFFIX)}.${rng.pick(TLDS)}`;
}

/** Local hour weights (0..23) for a few activity shapes. */
export const DIURNAL = {
  /** Evenings and lunch breaks. */
  consumer: [2, 1.2, 0.7, 0.4, 0.3, 0.3, 0.6, 1.2, 2.2, 3, 3.4, 3.6, 3.8, 3.6, 3.4, 3.4, 3.5, 3.6, 3.8, 4.2, 4.6, 4.6, 4, 3],
  /** Office hours with a lunch dip. */
  office: [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4, 6, 6.5, 6.2, 4.2, 5.5, 6.3, 6.2, 5.5, 4, 2.2, 1.2, 0.8, 0.6, 0.4, 0.3],
  /** Developers: late mornings to late evenings. */
  developer: [1.2, 0.8, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2.5, 4.2, 5, 5.2, 4.3, 4.8, 5.2, 5.2, 4.8, 4, 3.2, 3, 3.1, 3, 2.4, 1.7],
  /** Students: afternoons and late nights. */
  student: [2.5, 1.6, 0.8, 0.3, 0.2, 0.2, 0.3, 0.8, 1.8, 2.6, 3.2, 3.4, 3, 3.6, 4, 4.2, 4.2, 4, 3.8, 4.2, 4.8, 5, 4.6, 3.6],
  /** Scripts: nearly flat. */
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
} as const;
export type DiurnalShape = keyof typeof DIURNAL;
export const DIURNAL_CUM: Record<DiurnalShape, Float64Array> = Object.fromEntries(
  Object.entries(DIURNAL).map(([k, v]) => [k, cumulative(v)]),
) as Record<DiurnalShape, Float64Array>;

/** Relative activity by local weekday (0 = Sunday). */
export const WEEKLY = {
  consumer: [1.15, 0.95, 0.95, 0.95, 0.95, 1, 1.15],
  office: [0.12, 1.05, 1.1, 1.1, 1.05, 0.95, 0.15],
  developer: [0.55, 1.1, 1.15, 1.15, 1.1, 1, 0.6],
  student: [0.9, 1.1, 1.1, 1.1, 1, 0.75, 0.7],
  flat: [1, 1, 1, 1, 1, 1, 1],
} as const;
