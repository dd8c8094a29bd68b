import type { MiddlewareHandler } from 'hono';
import ipaddr from 'ipaddr.js';
import { studioError } from './errors';
import { RET } from './retCodes';

/** The host name of a `Host` header value: port stripped, IPv6 brackets removed, lowercase. */
export function hostNameOf(hostHeader: string): string | undefined {
  const host = hostHeader.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(host);
  if (bracketed) return bracketed[1];
  if (host.split(':').length > 2) return host; // a bare IPv6 address (not valid in Host, but unambiguous)
  const named = /^([^:]+)(?::\d{1,5})?$/.exec(host);
  return named?.[1];
}

/**
 * True only for `localhost` and real loopback addresses: 127.0.0.0/8, ::1 and IPv4-mapped
 * loopback (::ffff:127.0.0.1). The address is parsed, not prefix-matched, so names such as
 * `127.attacker.example` or `127.0.0.1.nip.io` (which an attacker's DNS can point anywhere) fail.
 */
export function isLoopbackHost(host: string): boolean {
  const name = hostNameOf(host);
  if (name === undefined) return false;
  if (name === 'localhost' || name === 'localhost.') return true;
  if (!ipaddr.isValid(name)) return false;
  // Only the canonical dotted form for IPv4: "127.1" or "0x7f.1" are not what a browser sends.
  if (!name.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(name)) return false;
  return ipaddr.process(name).range() === 'loopback';
}

/**
 * A studio listening only on loopback answers only requests addressed to a loopback name.
 * This defeats DNS rebinding: a web page whose name is made to resolve to 127.0.0.1 would
 * otherwise be "same origin" with the studio and could spend the owner's credits.
 */
export function loopbackHostOnly(listenHost: string | undefined): MiddlewareHandler {
  const enforce = listenHost !== undefined && isLoopbackHost(listenHost);
  return async (c, next) => {
    if (!enforce) return next();
    // The Host header is what the browser addressed; app.request() in tests has only the URL.
    const host = c.req.header('Host') ?? new URL(c.req.url).host;
    if (isLoopbackHost(host)) return next();
    const shown = host.slice(0, 100);
    return studioError(c, 403, RET.forbidden, `This studio listens on ${listenHost} and answers only requests addressed to localhost or a loopback address (got host "${shown}")`);
  };
}
