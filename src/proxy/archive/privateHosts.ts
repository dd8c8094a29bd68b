import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Resolves a host name to all its addresses (node:dns lookup in production, a fake in tests). */
export type HostResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: HostResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * Addresses a result image is never fetched from: this machine, the local network, link-local
 * (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and reserved ranges. A
 * result URL pointing there could make the studio read its own network for whoever named it.
 * IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) match the IPv4 rules (net.BlockList does that).
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
PRIVATE.addAddress('::', 'ipv6');
PRIVATE.addAddress('::1', 'ipv6');
for (const [network, prefix] of [
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: never trust it
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
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
    if (isIP(bare) !== 0) {
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
