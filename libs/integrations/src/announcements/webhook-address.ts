import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

/**
 * Addresses a webhook must not reach unless the operator allows it: a URL an admin enters would
 * otherwise let the service call into its own network (the cloud metadata endpoint, a database, an
 * admin port) — server-side request forgery.
 */
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  INTERNAL.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID…)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: wraps an IPv4 address of any kind
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) {
  INTERNAL.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address an IPv6 address carries (`::ffff:a.b.c.d`, `::a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`), if any. */
function embeddedIpv4(address: string): string | null {
  const match = /^(?:::ffff:|::|64:ff9b::)(?:0:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (match) {
    const high = parseInt(match[1], 16);
    const low = parseInt(match[2], 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  const dotted = /^(?:::ffff:|::|64:ff9b::)(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return dotted ? dotted[1] : null;
}

/** Whether an IP address is private, loopback, link-local or otherwise not on the public internet. */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return INTERNAL.check(bare, 'ipv4');
  if (family !== 6) return true; // not an address at all: never trust it
  const v4 = embeddedIpv4(bare.toLowerCase());
  if (v4) return isIP(v4) !== 4 || INTERNAL.check(v4, 'ipv4');
  return INTERNAL.check(bare, 'ipv6');
}

/** `WEBHOOK_ALLOW_PRIVATE_HOSTS`: `true` (any internal address), `false`, or the internal addresses allowed. */
export type PrivateHostsAllowance = boolean | readonly string[];

/** Whether a webhook may connect to this address. */
export function mayConnectTo(address: string, allowance: PrivateHostsAllowance): boolean {
  if (!isInternalAddress(address)) return true;
  if (allowance === true) return true;
  if (allowance === false) return false;
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  return allowance.some((allowed) => allowed.toLowerCase() === bare);
}

/** Why a webhook URL was refused, in words an admin can act on. */
export class WebhookUrlError extends Error {}

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Checks a destination URL an admin entered: https only, no credentials in it, and a host that
 * resolves only to addresses the service may reach (every address: DNS may answer with any of them).
 * Returns the normalised URL; throws {@link WebhookUrlError} saying what is wrong.
 */
export async function checkWebhookUrl(
  raw: string,
  allowance: PrivateHostsAllowance,
  resolve: Resolver = systemResolver,
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new WebhookUrlError('This is not a web address: paste the whole URL, starting with https://');
  }
  if (url.protocol !== 'https:') throw new WebhookUrlError('The address must start with https://');
  if (url.username || url.password) throw new WebhookUrlError('The address must not contain a user name or password');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new WebhookUrlError(`The host ${host} could not be found`);
    }
    if (!addresses.length) throw new WebhookUrlError(`The host ${host} could not be found`);
  }
  if (addresses.some((address) => !mayConnectTo(address, allowance))) {
    throw new WebhookUrlError(
      `The host ${host} is a private or internal address; announcements go to public services only`,
    );
  }
  return url;
}
