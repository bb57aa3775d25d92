/** Enrichment: network intelligence for client IPs and client fingerprinting from UA + JA4. */
export { IpIntel, INVALID_NETWORK, defaultIpIntelSources, type NetworkInfo, type IpIntelSources } from './ip.js';
export { parseClient, classifyUserAgent, parseJa4, type ClientInfo, type ClientFamily } from './client.js';
export { parseIpInto, type IpVersion } from './ipaddr.js';
