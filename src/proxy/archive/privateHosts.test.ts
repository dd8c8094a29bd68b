import { describe, expect, it } from 'vitest';
import { createFakeResolver } from '../testing/fakeResolver';
import { createPublicHostCheck, isPrivateAddress } from './privateHosts';

describe('isPrivateAddress', () => {
  const LOCAL = ['10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '127.0.0.1', '127.8.9.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '224.0.0.1', '255.255.255.255'];
  const LOCAL_V6 = ['::', '::1', 'fc00::1', 'fdff::1', 'fe80::1', 'febf::1', '::ffff:127.0.0.1', '::ffff:192.168.0.1', 'not-an-ip'];
  // What a hand-made list missed: IPv4-compatible, NAT64, 6to4, Teredo, IETF assignments, benchmarking, reserved, TEST-NETs, site-local.
  const SPECIAL = ['::7f00:1', '::a00:1', '64:ff9b::a00:1', '64:ff9b::8.8.8.8', '2002:c0a8:1::1', '2002:808:808::1', '2001:0:4136:e378::1'];
  const RESERVED = ['192.0.0.1', '192.0.0.170', '198.18.0.1', '198.19.255.255', '240.0.0.1', '192.0.2.1', '198.51.100.1', '203.0.113.10', 'fec0::1', '2001:db8::1'];
  it.each([...LOCAL, ...LOCAL_V6, ...SPECIAL, ...RESERVED])('%s is private', (address) => expect(isPrivateAddress(address)).toBe(true));
  it.each(['8.8.8.8', '172.32.0.1', '172.15.255.255', '192.169.0.1', '100.128.0.1', '93.184.215.14', '198.20.0.1', '2606:4700::1111', '2a00:1450:4001::1', '::ffff:8.8.8.8'])('%s is public', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('createPublicHostCheck', () => {
  it('checks every address the name resolves to', async () => {
    const check = createPublicHostCheck(createFakeResolver({ 'cdn.test': ['93.184.215.14', '2606:4700::1'], 'mixed.test': ['93.184.215.14', '10.0.0.1'] }));
    await expect(check('cdn.test')).resolves.toBeUndefined();
    await expect(check('mixed.test')).rejects.toThrow(/mixed.test resolves to a private or local address \(10.0.0.1\)/);
  });

  it('checks IP literals without a lookup, IPv6 in URL brackets too', async () => {
    const resolver = createFakeResolver({});
    const check = createPublicHostCheck(resolver);
    await expect(check('127.0.0.1')).rejects.toThrow(/private/);
    await expect(check(new URL('http://[::1]:8080/').hostname)).rejects.toThrow(/\(::1\)/);
    await expect(check('93.184.215.14')).resolves.toBeUndefined();
    expect(resolver.asked).toEqual([]);
  });

  it('refuses names that do not resolve or resolve to nothing', async () => {
    const check = createPublicHostCheck(async (name) => (name === 'empty.test' ? [] : Promise.reject(new Error('ENOTFOUND'))));
    await expect(check('gone.test')).rejects.toThrow(/cannot resolve gone.test: ENOTFOUND/);
    await expect(check('empty.test')).rejects.toThrow(/has no address/);
  });
});
