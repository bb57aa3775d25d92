/**
 * What each reason code and signal means, and where it stops meaning anything. The case file prints this so a
 * reader who never saw the engine can weigh the evidence, and a wrongly flagged customer can see what to contest.
 */

export interface SignalNote {
  code: string;
  title: string;
  meaning: string;
  limits: string;
}

export const SIGNALS: readonly SignalNote[] = [
  { code: 'content:extraction-intent', title: 'Extraction-style requests',
    meaning: 'A classifier trained in the repository scores each prompt for harvesting patterns: demands for step-by-step reasoning, grading rubrics, bulk output formats, generated instruction lists, benchmark-style items. The reason fires when the pooled mean is high.',
    limits: 'Students, evaluators and researchers ask for reasoning too; the score is a tendency over many requests, never proof from one prompt.' },
  { code: 'content:high-max-tokens', title: 'Maximal output caps',
    meaning: 'Share of requests asking for a very large max_tokens, which maximises the text harvested per request.',
    limits: 'Many SDKs and agent frameworks set a high cap by default; weak alone.' },
  { code: 'content:capability-focus', title: 'Narrow capability focus',
    meaning: 'Requests concentrate on a few capabilities (maths, coding, reasoning) as a training-set sweep would.',
    limits: 'Specialised products (a coding assistant) are narrow by design.' },
  { code: 'behaviour:round-the-clock', title: 'Round-the-clock, load-balanced timing',
    meaning: 'Activity spread evenly over all 24 hours (high hour-of-day entropy), the signature of a scheduler feeding a work queue rather than people in one time zone.',
    limits: 'Batch jobs and global products also run around the clock; a fake time zone cannot hide flatness but a human-shaped schedule can.' },
  { code: 'behaviour:repeats-items', title: 'Repeated items (exculpatory)',
    meaning: 'The same items asked again and again, as an evaluation harness does; lowers the score.',
    limits: 'An attacker could repeat items to look like an evaluator, at the cost of harvesting less.' },
  { code: 'behaviour:shares-items', title: 'Items shared with the public (exculpatory)',
    meaning: 'Items many unrelated accounts ask (popular benchmarks), or that the members of a linked group ask in common (a class\'s homework list); lowers the score.',
    limits: 'Depends on the breadth of traffic seen; an operation could hand one item to several accounts, paying for each answer again.' },
  { code: 'behaviour:conversational', title: 'Conversational follow-ups (exculpatory)',
    meaning: 'Multi-turn conversations that build on answers, typical of people; lowers the score.', limits: 'Scripted follow-up turns imitate it.' },
  { code: 'link:shared-payment', title: 'Shared payment instruments',
    meaning: 'Several accounts billed to the same payment fingerprint.', limits: 'Families, teams and resellers share cards legitimately; strong only together with other links.' },
  { code: 'link:signup-burst', title: 'Sign-up burst',
    meaning: 'Accounts created close together in time and from the same sign-up network.', limits: 'Hackathons, classes and company onboarding create bursts too.' },
  { code: 'link:shared-template', title: 'Shared prompt template',
    meaning: 'Accounts whose prompts share the same frame (wording around a changing item), as when one work queue is split among many hands.',
    limits: 'A popular app or tutorial template gives unrelated users the same frame; the link counts only with extraction-style content.' },
  { code: 'link:perturbed-items', title: 'Perturbed variants of the same questions',
    meaning: 'Accounts asking numerically different versions of the same question (one worded prompt, other numbers), never the same version twice: how a synthetic work queue big enough for millions of requests is built.',
    limits: 'Online homework systems give each student their own numbers; an attacker can paraphrase every variant. Shared exact questions (homework, benchmarks) never count.' },
  { code: 'link:spoofed-client', title: 'Shared spoofed client',
    meaning: 'Accounts whose requests claim a web browser in the user agent but arrive over one TLS stack no browser uses (an HTTP library), or claim an SDK or tool whose users almost all show another TLS stack while this one is another program\'s, across unrelated networks: one scripted toolkit dressed up as browsers and SDKs.',
    limits: 'A TLS-intercepting corporate proxy makes real browsers look like this (its members then share one network too); an attacker can use a TLS-impersonation library or an honest user agent.' },
  { code: 'link:intel', title: 'Matches another provider\'s campaign indicators',
    meaning: 'Accounts whose networks, TLS stack, payment instrument, e-mail domain or prompt template match indicators imported from another provider\'s STIX report (distillguard indicators import); each account also carries intel:<source> naming who reported it.',
    limits: 'As good as the sharing provider\'s evidence and as fresh as its valid_until; addresses are reassigned, and a cloud or carrier network is never shared as malicious.' },
  { code: 'link:model-pivot', title: 'Synchronised model pivot',
    meaning: 'Accounts that moved to a newly released model at the same moment and in the same proportion.', limits: 'Announcements make many users switch on the same day.' },
  { code: 'link:shared-network', title: 'Shared network',
    meaning: 'The account shares IP addresses, network prefixes or a client fingerprint (user agent and TLS stack on one network) with members of the campaign.',
    limits: 'NATs, campuses, carriers and VPNs put unrelated people on one address; never evidence of coordination alone.' },
  { code: 'link:same-org', title: 'Same organisation',
    meaning: 'The account belongs to the same customer organisation as members of the campaign.', limits: 'Colleagues share an organisation; it explains links, it is not evidence.' },
  { code: 'infra:regional-spike', title: 'Traffic in a regional spike',
    meaning: 'Many of the account\'s requests came from a country or network (ASN) in hours when that region sent several times the requests, from many more accounts, than its own hour-of-week baseline expects: as when a fleet switches on behind one exit country or proxy network.',
    limits: 'A product launch, an outage elsewhere or a conference moves real people too; evidence of context, never of coordination alone. Spreading traffic across regions or ramping up slowly evades it.' },
  { code: 'link:network-attached', title: 'Attached by network',
    meaning: 'Account joined to the campaign by shared IP prefixes and client fingerprint, with its own evidence.',
    limits: 'Shared NAT, campus and mobile networks put unrelated people behind one address; never sufficient alone.' },
  { code: 'members:own-evidence', title: 'Members carry their own evidence',
    meaning: 'The median member shows extraction signals on its own account, so the cluster is not held together by one shared link.',
    limits: 'Single-account evidence is weak by design (26 requests a day look ordinary).' },
  { code: 'scale:accounts', title: 'Scale', meaning: 'Many accounts in one linked cluster.', limits: 'Size amplifies other evidence; it is not evidence of intent.' },
  { code: 'legit:verified-org', title: 'Verified organisation (exculpatory)',
    meaning: 'Most members belong to one verified organisation, as an enterprise deployment does; lowers the score.', limits: 'Verification can be obtained fraudulently.' },
  { code: 'campaign:member', title: 'Campaign member', meaning: 'The account belongs to a detected campaign whose score crossed the flag threshold.', limits: 'Membership is inferred from links; see the link reasons for why this account is in the cluster.' },
  { code: 'similar:behaviour-profile', title: 'Behavioural cohort',
    meaning: 'Fifteen or more accounts that share no payment, network or client, but whose traffic is a near copy of one another\'s (capability mix, extraction formats, max_tokens and prompt-length habits, hours, models) and most of which harvest on their own: one pipeline run from many accounts.',
    limits: 'People alike in their work (one lab, one class, one public prompt) can look alike; the cohort needs near copies and harvesting content, and its automatic action stops at withholding reasoning until a reviewer confirms.' },
  { code: 'similar:content-profile', title: 'Cohort by what is asked',
    meaning: 'Fifteen or more accounts that share no payment, network or client and keep their own client habits (max_tokens, hours, models), but ask for the same work (capability mix, extraction kinds, prompt lengths) and follow up in threads by asking the model to explain, verify or critique its own answers: one operation harvesting rationales from many accounts.',
    limits: 'Only accounts whose threads already show such follow-ups are grouped this way; a group of people taught to ask "explain your reasoning" could look alike. The automatic action stops at withholding reasoning until a reviewer confirms.' },
  { code: 'similar:campaign-profile', title: 'Joined a campaign by likeness',
    meaning: 'The account shares no artefact with the campaign, but its traffic is a near copy of the campaign members\' (centroid likeness) and it harvests on its own.',
    limits: 'An ordinary user of the same kind of work can resemble an operation; the account must show its own evidence, and one asking a few requests a day, mostly not extraction-style, must be a near copy.' },
  { code: 'campaign:subteam', title: 'Sub-team of the operation',
    meaning: 'The account was found in a separate group (other cards, networks or clients) whose traffic is a near copy of this campaign\'s: one operation run by several teams.',
    limits: 'Two operations harvesting the same skill the same way would also be merged.' },
  { code: 'account:individual-harvester', title: 'Individual harvester',
    meaning: 'One account whose own traffic is plainly harvesting (extraction-style requests, large outputs, no repeats, no conversation) over at least 30 requests, linked to no campaign.',
    limits: 'A single researcher or data hobbyist can look like this; the automatic action stops at withholding reasoning.' },
  { code: 'link:card-farm', title: 'Card farm',
    meaning: 'The account\'s payment instrument pays for ten or more active unverified accounts.',
    limits: 'A small company without an organisation set up can put its team on one card; verification removes the signal.' },
  { code: 'content:reflective-follow-ups', title: 'Follow-ups asking the model to explain itself',
    meaning: 'More than one request in twenty is a follow-up turn asking the model to explain, justify, verify, rate or critique its own previous answer, rather than to change it: how a harvest hidden in human-paced threads collects rationales and self-critiques.',
    limits: 'Teachers, reviewers and curious people ask "why?" too; weighed only as a share of the account\'s traffic, and paraphrased follow-ups escape it.' },
  { code: 'content:long-reasoned-answers', title: 'Long reasoned answers',
    meaning: 'Short questions answered with ten or more output tokens per input token, with extended reasoning on: a harvest of reasoning traces, even of bare items with no wrapper.',
    limits: 'Students and researchers using reasoning models ask short hard questions too; weak alone.' },
  { code: 'org:entity', title: 'Organisation judged as one',
    meaning: 'The organisation\'s pooled traffic (all its accounts together) looks like harvesting; its accounts are flagged together as one campaign.',
    limits: 'A product whose every request wraps user input in one template can look extraction-like; the automatic action stops at withholding reasoning.' },
  { code: 'org:review', title: 'Verified organisation sent to review',
    meaning: 'A verified organisation whose pooled traffic is overwhelmingly harvesting-like: flagged for a reviewer, never acted on automatically.',
    limits: 'Verified customers are accountable and contracted; a reviewer talks to them before any action.' },
  { code: 'campaign:linked-not-flagged', title: 'Linked, not flagged', meaning: 'Linked to a cluster that did not reach the threshold; kept for review, not acted on.', limits: '' },
  { code: 'intent:cot-elicitation', title: 'Chain-of-thought elicitation', meaning: 'Prompts that ask the model to expose its full reasoning.', limits: 'Common in education and debugging.' },
  { code: 'intent:rubric-grading', title: 'Rubric grading', meaning: 'Prompts asking the model to grade answers against a rubric (reward-model data).', limits: 'Used by legitimate evaluation teams.' },
  { code: 'intent:instruction-generation', title: 'Instruction generation', meaning: 'Prompts that ask for lists of new tasks or instructions (self-instruct style data generation).', limits: 'Used for legitimate synthetic data where terms allow it.' },
  { code: 'intent:benchmark-item', title: 'Benchmark items', meaning: 'Prompts drawn from public benchmark-style item banks.', limits: 'Evaluation harnesses ask the same; see behaviour:repeats-items.' },
  { code: 'intent:bulk-format', title: 'Bulk output formats', meaning: 'Prompts asking for machine-readable bulk output (JSONL, numbered datasets).', limits: 'Data pipelines and apps use structured output legitimately.' },
];

const BY_CODE = new Map(SIGNALS.map((s) => [s.code, s]));

export function signalNote(code: string): SignalNote {
  if (code.startsWith('intel:')) return { code, title: `Reported by ${code.slice(6)}`, meaning: `The account matched a campaign indicator imported from ${code.slice(6)} (STIX 2.1 or TAXII).`, limits: 'Only as good as the source\'s evidence; expired indicators never match.' };
  return BY_CODE.get(code) ?? { code, title: code, meaning: 'Reason code emitted by the engine.', limits: '' };
}

/** General limits printed under the methodology, whatever the campaign. */
export const GENERAL_LIMITS: readonly string[] = [
  'Campaign membership is inferred from links between accounts; the analysis never sees who controls an account.',
  'Figures are computed from the provider logs the analysis was given; traffic outside those logs is not counted.',
  'The flag and grouping times come from a time-ordered replay of the logs through the same engine the gateway runs, so they are the times the first account would have been flagged and the campaign formed had detection run live.',
  'The value estimate multiplies the tokens the campaign received by list prices; it is not a loss computation and ignores discounts, failed requests and the value to the recipient.',
  'A flag is a reason to review, not a verdict: every flagged account passes human review (confirm, dismiss, allowlist, appeal) before a permanent action.',
];
