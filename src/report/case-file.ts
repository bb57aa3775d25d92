/**
 * The case file's shape: everything the HTML, JSON, PDF and STIX outputs say about one campaign (case.ts builds it,
 * the renderers and the summary read it).
 */
import type { DaySplit, GraphData, MemberRow, ShareRow } from './analysis.js';
import type { Point } from './layout.js';
import type { SignalNote } from './methodology.js';
import type { ProvenanceTest } from './provenance.js';
import type { RegionSeries } from './regional-spikes.js';
import type { ValueEstimate } from './value.js';

export const CASE_FILE_SCHEMA = 'distillguard.case-file/1';

export interface Headline {
  accounts: number;
  exchanges: number;
  input_tokens: number;
  output_tokens: number;
  reasoning_tokens: number;
  total_tokens: number;
  first_activity: string | null;
  last_activity: string | null;
  days: number;
  requests_per_account_day: number;
  /** When the engine formed the campaign record (campaigns.json `first_flagged_at`). */
  first_flagged_at: string;
  /** Days from the first request to `first_flagged_at`; negative when the record predates every member's first request. */
  days_to_flag: number | null;
  /** The earliest `first_flagged_at` among the members' verdicts (verdicts.jsonl), and how many members were flagged. */
  first_member_flagged_at: string | null;
  flagged_members: number;
  /** Hours from the campaign's first request to the first member flag; negative when an account was flagged at sign-up. */
  flag_delay_hours: number | null;
}

/** One kind of link among the members: the engine's share of members linked by it, and an example from the data. */
export interface LinkEvidence {
  /** Engine link type (campaigns/links.ts): payment, frame, spoof, pivot, variant, signup-burst, signup-net, ip, prefix, client, org. */
  type: string;
  name: string;
  /** Strong links join accounts on their own; coincidence links (shared networks, clients) only add to others. */
  strength: 'strong' | 'coincidence';
  share: number;
  example: { key: string; members: number; others: number; text: string } | null;
}

export interface CaseFile {
  schema: typeof CASE_FILE_SCHEMA;
  generated_at: string;
  generated_by: string;
  source: { analysis: string; dataset: string | null };
  redacted: boolean;
  campaign: { id: string; score: number; reasons: string[] };
  headline: Headline;
  value: ValueEstimate;
  summary: string;
  charts: {
    daily: DaySplit[];
    signups: DaySplit[];
    hours: { campaign: number[]; other: number[]; profiles: { account_id: string; hours: number[] }[] };
    capabilities: Record<string, number>;
    models: Record<string, number>;
    intent_kinds: Record<string, number>;
  };
  infrastructure: {
    distinct_ips: number;
    distinct_prefixes: number;
    datacenter_share: number;
    vpn_share: number;
    ua_tls_mismatch_share: number;
    asns: (ShareRow & { org: string | null })[];
    countries: { country: string | null; exchanges: number }[];
    /** With the owner of the prefix's network (the STIX export never calls a cloud or carrier prefix malicious). */
    prefixes: (ShareRow & { org?: string | null })[];
    clients: ShareRow[];
    /** JA4 TLS stacks (ja4_a_ja4_b), whatever client family claimed them. */
    ja4: ShareRow[];
    shared_payments: { fingerprint: string; members: number; others: number }[];
    signup: { first_created_at: string | null; last_created_at: string | null; email_domains: Record<string, number>; shared_payment_instruments: number; verified_share: number; tiers: Record<string, number> };
  };
  /** Link types among members, most members first (strong before coincidence). */
  links: LinkEvidence[];
  /**
   * Groups found apart and joined to this campaign as sub-teams of one operation: the campaign id each was found
   * under, its accounts when joined, the reason code of the link (methodology) and what it rests on.
   */
  subteams: { id: string; accounts: number; linked_by: string; title: string; detail: string | null }[];
  graph: GraphData & { positions: Point[] };
  /** Regions whose spike hours held the campaign members' requests, with the members' share (absent before spikes.json). */
  regional_spikes?: RegionSeries[];
  evidence: { terms: Record<string, number>; link_shares: Record<string, number> };
  reason_counts: { code: string; accounts: number }[];
  members: (MemberRow & { reasons_explained: string[] })[];
  sample_prompts: { account_id: string; prompt: string }[];
  methodology: { signals: SignalNote[]; limits: readonly string[] };
  /** Watermark tests of a suspect model tied to this campaign (`report --provenance`), as `verify --json` gave them. */
  provenance?: ProvenanceTest[];
}
