/**
 * Sub-teams of one operation joined by their wording (`subteam:shared-template`): two flagged campaigns whose members
 * send one prompt template (a frame: the normalised opening or closing words of a prompt, seeded by its system prompt;
 * engine/text-signals.ts), each template used repeatedly by a good share of the members of both, that ordinary
 * accounts of this deployment hardly ever use. An operation writes its wrappers once and hands them to every sub-team,
 * whatever cards, networks and client stacks each one buys; two operations write their own.
 *
 * Only campaigns already flagged on their own evidence are joined: this makes one case of several, it never flags.
 * Public templates (a tutorial's "think step by step") are shared by strangers and are held by many ordinary accounts:
 * they link nothing. A template must also be held by TEMPLATE_SHARE of each campaign's members, so a few members'
 * cover prompts drawn from one public prompt set do not tie two operations together.
 *
 * Evade: write each sub-team's wrappers apart (its own system prompts, openings and closings), or a fresh wrapper per
 * request: the sub-teams are then reported apart, each still flagged on its own evidence.
 */
import type { ReadonlyCounts } from '../collections/u32-counts.js';

/** Uses of one frame by one account before it is the account's template (as for template links: engine.ts). */
export const TEMPLATE_USES = 2;
/** Share of a campaign's members that use a frame as their template for it to be the campaign's. */
export const TEMPLATE_SHARE = 0.3;
/** Fewest members holding a frame for it to be a campaign's template (a few accounts prove nothing of a team). */
export const MIN_TEMPLATE_HOLDERS = 3;
/**
 * Most ordinary accounts (outside flagged campaigns) that may hold a template for it to link campaigns: the larger of
 * this count and RARE_TEMPLATE_SHARE of the active ordinary accounts. A class's shared wrapper, a course's exercises or
 * a public prompt set are held by tens of ordinary accounts; an operation's private wrapper by next to none.
 */
export const RARE_TEMPLATE_HOLDERS = 2;
export const RARE_TEMPLATE_SHARE = 0.001;

/** A flagged campaign as this link reads it. */
export interface TemplateTeam {
  id: string;
  members: readonly number[];
}

/** Two campaigns that are one operation's sub-teams by a shared template: ids by id order, and the templates shared. */
export interface TemplateLink {
  younger: string;
  older: string;
  templates: number;
}

/** Each account's uses per frame (AccountState.frames). */
export type FramesOf = (a: number) => ReadonlyCounts;

/**
 * How many ordinary accounts hold each of `frames` as a template (TEMPLATE_USES or more uses), and how many ordinary
 * accounts are active: `accounts` are all accounts, `flagged` those of flagged campaigns (not ordinary).
 */
export function ordinaryHolders(frames: ReadonlySet<number>, accounts: Iterable<number>, framesOf: FramesOf, flagged: { has(a: number): boolean }, active: (a: number) => boolean): { holders: Map<number, number>; population: number } {
  const holders = new Map<number, number>();
  let population = 0;
  for (const a of accounts) {
    if (flagged.has(a) || !active(a)) continue;
    population++;
    framesOf(a).forEach((uses, f) => {
      if (uses >= TEMPLATE_USES && frames.has(f)) holders.set(f, (holders.get(f) ?? 0) + 1);
    });
  }
  return { holders, population };
}

/** The frames TEMPLATE_SHARE (and MIN_TEMPLATE_HOLDERS) of a campaign's members use as their template. */
export function campaignTemplates(members: readonly number[], framesOf: FramesOf): Set<number> {
  const counts = new Map<number, number>();
  for (const a of members) {
    framesOf(a).forEach((uses, f) => {
      if (uses >= TEMPLATE_USES) counts.set(f, (counts.get(f) ?? 0) + 1);
    });
  }
  const min = Math.max(MIN_TEMPLATE_HOLDERS, TEMPLATE_SHARE * members.length);
  const out = new Set<number>();
  for (const [f, n] of counts) if (n >= min) out.add(f);
  return out;
}

/**
 * Pairs of campaigns sharing a rare template (see the module comment). `holdersOf` gives, for the frames asked, how
 * many ordinary accounts hold each and how many ordinary accounts are active (ordinaryHolders); it is called once, and
 * only when two campaigns share a template.
 */
export function templateLinks(campaigns: readonly TemplateTeam[], framesOf: FramesOf, holdersOf: (frames: ReadonlySet<number>) => { holders: ReadonlyMap<number, number>; population: number }): TemplateLink[] {
  const teams = campaigns
    .filter((c) => c.members.length > 0)
    .map((c) => ({ id: c.id, templates: campaignTemplates(c.members, framesOf) }))
    .filter((c) => c.templates.size > 0)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  const pairs: { x: (typeof teams)[number]; y: (typeof teams)[number]; shared: number[] }[] = [];
  const asked = new Set<number>();
  for (let i = 0; i < teams.length; i++) {
    for (let j = i + 1; j < teams.length; j++) {
      const x = teams[i]!;
      const y = teams[j]!;
      const shared = [...x.templates].filter((f) => y.templates.has(f));
      if (shared.length === 0) continue;
      pairs.push({ x, y, shared });
      for (const f of shared) asked.add(f);
    }
  }
  if (pairs.length === 0) return [];
  const { holders, population } = holdersOf(asked);
  const bar = Math.max(RARE_TEMPLATE_HOLDERS, RARE_TEMPLATE_SHARE * population);
  const links: TemplateLink[] = [];
  for (const { x, y, shared } of pairs) {
    const rare = shared.filter((f) => (holders.get(f) ?? 0) <= bar).length;
    if (rare > 0) links.push({ younger: y.id, older: x.id, templates: rare });
  }
  return links;
}
