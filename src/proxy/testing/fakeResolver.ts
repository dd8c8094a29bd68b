import type { HostResolver } from '../archive/privateHosts';

/** A stand-in for DNS, for tests only: names map to the given addresses; others do not resolve. */
export function createFakeResolver(table: Record<string, string[]>): HostResolver & { asked: string[] } {
  const asked: string[] = [];
  const resolve = async (hostname: string) => {
    asked.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { asked });
}

/** Every name resolves to one public address (documentation ranges such as TEST-NET-3 count as private). */
export const publicResolver: HostResolver = async () => [{ address: '93.184.215.14', family: 4 }];
