import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** Resolves a host name to all its addresses (node:dns lookup in production, a fake in tests). */
export type HostResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: HostResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** IPv4-compatible IPv6 (::a.b.c.d, deprecated): ipaddr.js files it under plain unicast. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

/**
 * Only globally routed unicast addresses may serve result images. ipaddr.js classifies each
 * address by its special-purpose registry range; anything but `unicast` is refused: this
 * machine, private and unique-local networks, link-local (cloud metadata at 169.254.169.254),
 * carrier-grade NAT, multicast, broadcast, reserved and documentation ranges (192.0.0.0/24,
 * 198.18.0.0/15, 240.0.0.0/4, …), and IPv6 forms that embed an IPv4 address and could lead
 * back into a private network (::ffff:0:0/96 is checked as IPv4; ::/96, 64:ff9b::/96 NAT64,
 * 2002::/16 6to4, 2001::/32 Teredo are refused outright).
 */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true; // not an address at all: never trust it
  const parsed = ipaddr.process(address); // ::ffff:10.0.0.1 → 10.0.0.1
  if (parsed.kind() === 'ipv6' && parsed.match(IPV4_COMPATIBLE)) return true;
  return parsed.range() !== 'unicast';
}

/**
 * A check run before each download: every address the host resolves to must be public.
 * `URL.hostname` writes IPv6 literals in brackets; they are checked without a lookup.
 * (The fetch resolves the name again; a host that flips to a private address between the two
 * lookups is not caught here. Redirects stay on the same host, see downloadImage.)
 */
export function createPublicHostCheck(resolve: HostResolver = systemResolver): (hostname: string) => Promise<void> {
  return async (hostname) => {
    const bare = hostname.replace(/^\[(.*)\]$/, '$1');
    let addresses: string[];
    if (ipaddr.isValid(bare)) {
      addresses = [bare];
    } else {
      try {
        addresses = (await resolve(bare)).map((entry) => entry.address);
      } catch (error) {
        throw new Error(`cannot resolve ${bare}: ${(error as Error).message}`, { cause: error });
      }
    }
    if (addresses.length === 0) throw new Error(`${bare} has no address`);
    const blocked = addresses.find(isPrivateAddress);
    if (blocked) {
      throw new Error(`refused: ${bare} resolves to a private or local address (${blocked}); set ARCHIVE_ALLOW_PRIVATE_HOSTS=true to allow it`);
    }
  };
}
