/**
 * Account registrations in columns: a row per registration in typed arrays (sign-up time, shared profile, payment
 * group) and the account's own strings (payment instrument, sign-up network, sign-up IP) packed as bytes
 * (collections/packed-strings.ts). An object per account holding ten fields, three strings, a boxed time and a
 * payment-group object cost ≈ 270 bytes of heap; a row costs ≈ 60 bytes, most of them the strings' characters. The
 * engine hands out `AccountInfo` views of the rows (48 bytes each), so everything that reads a registration reads it
 * as before.
 *
 * A row is never changed: registering an account again adds a row and a new view, and a view held from before still
 * reads the registration it was made from.
 */
import type { Account } from '../dataset/types.js';
import type { AccountInfo, PaymentGroup } from '../campaigns/links.js';
import { PackedStrings, StringIndex } from '../collections/packed-strings.js';

/** Rows per page (pages never move: the table grows without copying). */
const PAGE_ROWS = 4096;
const PAGE_SHIFT = 12;
/** Fields of a row's 32-bit part: its profile (see Profile), payment group + 1 (0: none), its strings' handle. */
const PROFILE = 0;
const GROUP = 1;
const STRINGS = 2;
const U32_FIELDS = 3;
/** The strings of a row, in their run (PackedStrings.addAll). */
const PAYMENT = 0;
const PREFIX = 1;
const IP = 2;

/**
 * What many accounts share: organisation, e-mail domain, tier, country, verified, and whether the record was kept as
 * given (it does not rebuild exactly: see `rebuildsExactly`). One copy of each distinct combination: a provider's
 * accounts show a few thousand (one or a few per organisation).
 */
interface Profile {
  orgId: string | null;
  emailDomain: string;
  tier: string;
  country: string | null;
  verified: boolean;
  record: boolean;
}

/** The fields of an account record in the order the dataset format gives them (docs/dataset-format.md). */
const RECORD_KEYS = [
  'account_id', 'created_at', 'org_id', 'email_domain', 'payment_fingerprint', 'signup_ip', 'country', 'tier', 'verified',
];

/**
 * Whether `RegistrationTable.account` rebuilds the record exactly, key order included: its keys are the format's, in
 * its order, its creation time is written as toISOString writes it, and its e-mail domain is in lower case.
 */
function rebuildsExactly(a: Account, createdAt: number): boolean {
  const keys = Object.keys(a);
  if (keys.length !== RECORD_KEYS.length || keys.some((k, j) => k !== RECORD_KEYS[j])) return false;
  if (!Number.isFinite(createdAt) || new Date(createdAt).toISOString() !== a.created_at) return false;
  if (a.email_domain.toLowerCase() !== a.email_domain || typeof a.verified !== 'boolean') return false;
  return (a.country === null || typeof a.country === 'string') && (a.signup_ip === null || typeof a.signup_ip === 'string');
}

/** One registration, read from its row. */
class RegistrationView implements AccountInfo {
  constructor(private readonly table: RegistrationTable, readonly row: number, readonly index: number) {}

  get createdAt(): number {
    return this.table.createdAtOf(this.row);
  }

  get orgId(): string | null {
    return this.table.profileOf(this.row).orgId;
  }

  get emailDomain(): string {
    return this.table.profileOf(this.row).emailDomain;
  }

  get tier(): string {
    return this.table.profileOf(this.row).tier;
  }

  get country(): string | null {
    return this.table.profileOf(this.row).country;
  }

  get verified(): boolean {
    return this.table.profileOf(this.row).verified;
  }

  get payment(): string | null {
    return this.table.text(this.row, PAYMENT);
  }

  get signupPrefix(): string | null {
    return this.table.text(this.row, PREFIX);
  }

  get signupIp(): string | null {
    return this.table.text(this.row, IP);
  }

  get paymentGroup(): PaymentGroup | undefined {
    return this.table.paymentGroupOf(this.row);
  }

  get record(): Account | undefined {
    return this.table.recordOf(this.row);
  }
}

export class RegistrationTable {
  private readonly f64Pages: Float64Array[] = [];
  private readonly u32Pages: Uint32Array[] = [];
  private rows = 0;
  private readonly strings = new PackedStrings();
  /** The distinct profiles (see Profile), by id and by key. */
  private readonly profiles: Profile[] = [];
  private readonly profileIds = new Map<string, number>();
  /** Payment instruments: per group, the accounts active on it so far, how many verified, and its string's handle. */
  private groupAccounts = new Int32Array(1024);
  private groupVerified = new Int32Array(1024);
  private groupKey = new Uint32Array(1024);
  private groups = 0;
  private readonly groupOf = new StringIndex((g, key) => this.strings.equalsAt(this.groupKey[g]!, PAYMENT, key));
  /** Records kept as given, by row (those that would not rebuild exactly). */
  private readonly records = new Map<number, Account>();

  /** Adds a registration of account `index`; `signupPrefix` is its sign-up IP's network. Returns its view. */
  add(index: number, a: Account, signupPrefix: string | null): AccountInfo {
    const row = this.rows++;
    if ((row & (PAGE_ROWS - 1)) === 0) {
      this.f64Pages.push(new Float64Array(PAGE_ROWS));
      this.u32Pages.push(new Uint32Array(PAGE_ROWS * U32_FIELDS));
    }
    const createdAt = Date.parse(a.created_at);
    this.f64Pages[row >>> PAGE_SHIFT]![row & (PAGE_ROWS - 1)] = createdAt;
    const u = this.u32Pages[row >>> PAGE_SHIFT]!;
    const at = (row & (PAGE_ROWS - 1)) * U32_FIELDS;
    const record = !rebuildsExactly(a, createdAt);
    if (record) this.records.set(row, a);
    u[at + PROFILE] = this.profileId({
      orgId: a.org_id ?? null, emailDomain: a.email_domain.toLowerCase(), tier: a.tier, country: a.country ?? null,
      verified: a.verified, record,
    });
    u[at + STRINGS] = this.strings.addAll([a.payment_fingerprint ?? null, signupPrefix, a.signup_ip ?? null]);
    u[at + GROUP] = a.payment_fingerprint ? this.paymentGroupId(a.payment_fingerprint, u[at + STRINGS]!) + 1 : 0;
    return new RegistrationView(this, row, index);
  }

  /** Rows added so far (the next registration's row). */
  get size(): number {
    return this.rows;
  }

  /** A view of row `row` (added for account `index`): for holders that keep the row instead of the view. */
  view(row: number, index: number): AccountInfo {
    return new RegistrationView(this, row, index);
  }

  /** An account's first request: counted on its payment instrument (PaymentGroup). */
  countFirstRequest(info: AccountInfo): void {
    if (!(info instanceof RegistrationView)) return;
    const g = this.field(info.row, GROUP) - 1;
    if (g < 0) return;
    this.groupAccounts[g]!++;
    if (info.verified) this.groupVerified[g]!++;
  }

  /** The account record as registered: as given, or rebuilt from the row and the account's id. */
  account(info: AccountInfo, id: string): Account {
    if (info.record) return info.record;
    return {
      account_id: id, created_at: new Date(info.createdAt).toISOString(), org_id: info.orgId, email_domain: info.emailDomain,
      payment_fingerprint: info.payment, signup_ip: info.signupIp ?? null, country: info.country ?? null,
      tier: info.tier as Account['tier'], verified: info.verified,
    };
  }

  /** Bytes held by the rows and the strings (not the views). */
  get bytes(): number {
    const rows = this.f64Pages.length * PAGE_ROWS * (8 + 4 * U32_FIELDS);
    return rows + this.strings.bytes + this.groupAccounts.length * 12;
  }

  createdAtOf(row: number): number {
    return this.f64Pages[row >>> PAGE_SHIFT]![row & (PAGE_ROWS - 1)]!;
  }

  field(row: number, f: number): number {
    return this.u32Pages[row >>> PAGE_SHIFT]![(row & (PAGE_ROWS - 1)) * U32_FIELDS + f]!;
  }

  profileOf(row: number): Profile {
    return this.profiles[this.field(row, PROFILE)]!;
  }

  text(row: number, n: number): string | null {
    return this.strings.at(this.field(row, STRINGS), n);
  }

  paymentGroupOf(row: number): PaymentGroup | undefined {
    const g = this.field(row, GROUP) - 1;
    return g < 0 ? undefined : { accounts: this.groupAccounts[g]!, verified: this.groupVerified[g]! };
  }

  recordOf(row: number): Account | undefined {
    return this.profileOf(row).record ? this.records.get(row) : undefined;
  }

  private profileId(p: Profile): number {
    const org = p.orgId === null ? '' : '+' + p.orgId;
    const country = p.country === null ? '' : '+' + p.country;
    const key = [org, p.emailDomain, p.tier, country, String(p.verified), p.record ? 1 : 0].join('\u0000');
    let id = this.profileIds.get(key);
    if (id === undefined) {
      id = this.profiles.length;
      this.profileIds.set(key, id);
      this.profiles.push(p);
    }
    return id;
  }

  /** The group of a payment instrument (`handle`: the row's strings, kept for the group when it is new). */
  private paymentGroupId(payment: string, handle: number): number {
    const known = this.groupOf.get(payment);
    if (known >= 0) return known;
    const g = this.groups++;
    if (g === this.groupAccounts.length) {
      const grow = <T extends Int32Array | Uint32Array>(x: T, make: (n: number) => T): T => {
        const next = make(x.length * 2);
        next.set(x);
        return next;
      };
      this.groupAccounts = grow(this.groupAccounts, (n) => new Int32Array(n));
      this.groupVerified = grow(this.groupVerified, (n) => new Int32Array(n));
      this.groupKey = grow(this.groupKey, (n) => new Uint32Array(n));
    }
    this.groupKey[g] = handle;
    this.groupOf.add(payment, g);
    return g;
  }
}
