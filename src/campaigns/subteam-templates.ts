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

/** The frames an account holds as its templates (FrameHolders.heldBy). */
export type HeldOf = (a: number) => readonly number[];

/** What the rarity test reads: ordinary accounts holding a frame as a template, and active ordinary accounts. */
export interface OrdinaryHolders {
  ordinaryHolders(frame: number): number;
  readonly ordinaryActive: number;
}

/** The frames an account's frame table holds as templates (TEMPLATE_USES or more uses), ascending. */
export function templatesOf(frames: ReadonlyCounts): number[] {
  const out: number[] = [];
  frames.forEach((uses, f) => {
    if (uses >= TEMPLATE_USES) out.push(f);
  });
  return out.sort((x, y) => x - y);
}

const NOTHING: readonly number[] = [];
const ACTIVE = 1;
const FLAGGED = 2;

/**
 * Who holds each frame as a template, kept up to date as accounts change (the account-level path hands it each account
 * whose traffic changed, and the flagged accounts of each step), so the rarity test reads counts and never an account:
 * a pass over every account's frame table at each step would read every idle account back from disk (accounts/spill.ts)
 * and cost a pass over all accounts per step.
 *
 * Per account it keeps the frames held (a few per account: openings or closings repeated under one system prompt) and
 * two bits, active (`minRequests` or more requests, as for the account-level path) and flagged; per frame, the active
 * unflagged accounts holding it. Frame uses only grow, so an account's held frames change only when it has traffic.
 */
export class FrameHolders implements OrdinaryHolders {
  private readonly minRequests: number;
  private held: (readonly number[] | undefined)[] = [];
  private bits = new Uint8Array(1024);
  private readonly ordinary = new Map<number, number>();
  private flagged: number[] = [];
  /** Active accounts, and of those the unflagged ones (the population a template must be rare in). */
  active = 0;
  ordinaryActive = 0;

  constructor(minRequests: number) {
    this.minRequests = minRequests;
  }

  /** Account `a` as of its state now (`n` requests, its frame table): called when its traffic changed. */
  update(a: number, n: number, frames: ReadonlyCounts): void {
    this.grow(a);
    const before = this.held[a] ?? NOTHING;
    const bits = this.bits[a]!;
    const now = frames.size === 0 ? NOTHING : templatesOf(frames);
    const active = n >= this.minRequests;
    if (active === ((bits & ACTIVE) !== 0) && sameFrames(before, now)) return;
    this.leave(a);
    this.held[a] = now.length === 0 ? undefined : now;
    this.bits[a] = active ? bits | ACTIVE : bits & ~ACTIVE;
    this.enter(a);
  }

  /** The flagged accounts of this step (all others are not): only the accounts whose flag changed are counted again. */
  setFlagged(accounts: Iterable<number>): void {
    const next = new Set(accounts);
    for (const a of this.flagged) {
      if (next.has(a)) continue;
      this.leave(a);
      this.bits[a]! &= ~FLAGGED;
      this.enter(a);
    }
    for (const a of next) {
      this.grow(a);
      if ((this.bits[a]! & FLAGGED) !== 0) continue;
      this.leave(a);
      this.bits[a]! |= FLAGGED;
      this.enter(a);
    }
    this.flagged = [...next];
  }

  /** Frames account `a` holds as templates (ascending). */
  heldBy(a: number): readonly number[] {
    return this.held[a] ?? NOTHING;
  }

  /** Active unflagged accounts holding `frame` as a template. */
  ordinaryHolders(frame: number): number {
    return this.ordinary.get(frame) ?? 0;
  }

  /** Takes account `a` out of the counts as it stands. */
  private leave(a: number): void {
    const bits = this.bits[a]!;
    if ((bits & ACTIVE) === 0) return;
    this.active--;
    if ((bits & FLAGGED) !== 0) return;
    this.ordinaryActive--;
    for (const f of this.heldBy(a)) {
      const c = this.ordinary.get(f)! - 1;
      if (c === 0) this.ordinary.delete(f);
      else this.ordinary.set(f, c);
    }
  }

  /** Puts account `a` into the counts as it stands. */
  private enter(a: number): void {
    const bits = this.bits[a]!;
    if ((bits & ACTIVE) === 0) return;
    this.active++;
    if ((bits & FLAGGED) !== 0) return;
    this.ordinaryActive++;
    for (const f of this.heldBy(a)) this.ordinary.set(f, (this.ordinary.get(f) ?? 0) + 1);
  }

  private grow(a: number): void {
    if (a < this.bits.length) return;
    const next = new Uint8Array(Math.max(a + 1, 2 * this.bits.length));
    next.set(this.bits);
    this.bits = next;
  }
}

function sameFrames(x: readonly number[], y: readonly number[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The frames TEMPLATE_SHARE (and MIN_TEMPLATE_HOLDERS) of a campaign's members use as their template. */
export function campaignTemplates(members: readonly number[], heldOf: HeldOf): Set<number> {
  const counts = new Map<number, number>();
  for (const a of members) for (const f of heldOf(a)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const min = Math.max(MIN_TEMPLATE_HOLDERS, TEMPLATE_SHARE * members.length);
  const out = new Set<number>();
  for (const [f, n] of counts) if (n >= min) out.add(f);
  return out;
}

/**
 * Pairs of campaigns sharing a rare template (see the module comment). `heldOf` gives each member's templates and
 * `holders` the ordinary accounts holding a frame (FrameHolders, with this step's flagged accounts set): read only for
 * frames two campaigns share.
 */
export function templateLinks(campaigns: readonly TemplateTeam[], heldOf: HeldOf, holders: OrdinaryHolders): TemplateLink[] {
  const teams = campaigns
    .filter((c) => c.members.length > 0)
    .map((c) => ({ id: c.id, templates: campaignTemplates(c.members, heldOf) }))
    .filter((c) => c.templates.size > 0)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  const bar = Math.max(RARE_TEMPLATE_HOLDERS, RARE_TEMPLATE_SHARE * holders.ordinaryActive);
  const links: TemplateLink[] = [];
  for (let i = 0; i < teams.length; i++) {
    for (let j = i + 1; j < teams.length; j++) {
      const x = teams[i]!;
      const y = teams[j]!;
      let rare = 0;
      for (const f of x.templates) if (y.templates.has(f) && holders.ordinaryHolders(f) <= bar) rare++;
      if (rare > 0) links.push({ younger: y.id, older: x.id, templates: rare });
    }
  }
  return links;
}
