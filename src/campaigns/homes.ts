/**
 * Where an account works from, read on its networks (ASNs and their request counts, network eras): a home line and an
 * institution (homed), one residential network (settled), a server of its own (ownServer, atHome). People work from
 * home, the office or the lab, with a phone now and then, or run a script on a machine of their own; an operation's
 * hands rotate through proxy pools, mobile carriers, cloud machines or VPN exits. The cluster and cohort readings of
 * strangers (score.ts, cohorts.ts, unlinked.ts) count members so placed.
 */
import type { AccountState } from '../accounts/state.js';
import { ERA_NETWORK, mostUsed } from '../accounts/eras.js';

/** Networks (ASNs) a person works from: a home line and an institution's network (a university, an employer). */
const HOME_NETWORKS = 2;

/** Share of an account's requests from its most used network at which that network is its home line. */
export const HOME_LINE_SHARE = 2 / 3;

/**
 * Whether an account works from networks of its own, none of them a datacenter's or a VPN's: every request came from
 * at most two ASNs (a home line and an institution's network), or one network carried HOME_LINE_SHARE of its
 * requests (a home line, with a phone, a café or a friend's line now and then). A researcher works from home and from
 * the lab, and asks from the phone on the way; an operation's hands rotate through proxy pools, mobile carriers, cloud
 * machines or VPN exits, none of which carries two in three of an account's requests.
 * Evade: give each hand a line of its own for two in three of its requests (the dearest proxy there is; a sticky mobile
 * proxy on one carrier already passes the two-network reading).
 */
export function homed(s: AccountState): boolean {
  return onOwnNetworks(s, HOME_NETWORKS) || (s.n > 0 && s.datacenter === 0 && s.vpn === 0 && s.homeRequests >= HOME_LINE_SHARE * s.n);
}

/**
 * The network (/24 or /48, eras.ts) of the server an account works from: one network carrying every request but at
 * most one, no VPN exit (in a datacenter, a cloud notebook or a rented machine, which a script runs on and does not
 * leave). 0 when it has none. A proxy kept per account moves now and then (a session expires, an exit fails over); a
 * machine does not. A server is the account's own when no other account of its group has it for theirs (serverCounts,
 * atHome): a fleet on one provider's address block, or hands rotating through a few blocks of a pool, share theirs.
 */
export function ownServer(s: AccountState): number {
  if (s.n === 0 || s.vpn > 0) return 0;
  const [key, count] = mostUsed(s.eras, ERA_NETWORK);
  return count >= s.n - 1 ? key : 0;
}

/** How many of a group's accounts have each server network (ownServer). */
export function serverCounts(states: Iterable<AccountState>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of states) {
    const server = ownServer(s);
    if (server !== 0) counts.set(server, (counts.get(server) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether an account works from a place of its own: homed (a home line, an institution), or a server no other account
 * of its group works from. `servers` counts the group's servers (serverCounts), with the account itself when it is one
 * of the group (`counted`).
 * Evade: give each hand a server network of its own for all its requests (an address block per account, never
 * failing over).
 */
export function atHome(s: AccountState, servers: ReadonlyMap<number, number>, counted: boolean): boolean {
  if (homed(s)) return true;
  const server = ownServer(s);
  return server !== 0 && (servers.get(server) ?? 0) <= (counted ? 1 : 0);
}

/** Networks (ASNs) a person works from (a campus, a home, a phone) at most, none a datacenter's or a VPN's. */
export const PEOPLES_NETWORKS = 3;

/**
 * Whether an account works from a person's few networks: at most PEOPLES_NETWORKS ASNs over its whole life, no
 * request from a datacenter or a VPN. A student asks from the campus network, a home line and a phone; an operation's
 * hands rotate through proxy pools, cloud machines or VPN exits.
 */
export function onPeoplesNetworks(s: AccountState): boolean {
  return onOwnNetworks(s, PEOPLES_NETWORKS);
}

/** Whether every request of the account came from at most `networks` ASNs, none of them a datacenter's or a VPN's. */
function onOwnNetworks(s: AccountState, networks: number): boolean {
  return s.n > 0 && s.asns.length <= networks && s.datacenter === 0 && s.vpn === 0;
}

/**
 * Whether an account works from one residential network of its own: every request it sent came from one ASN, none
 * from a datacenter or a VPN. People work from home or from the office; an operation's hands rotate through proxy
 * pools, cloud machines or VPN exits, and at scale they cannot all sit behind an ISP line of their own.
 */
export function settled(s: AccountState): boolean {
  return s.n > 0 && s.asns.length === 1 && s.datacenter === 0 && s.vpn === 0;
}
