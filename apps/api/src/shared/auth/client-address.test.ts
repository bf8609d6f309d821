import { clientAddress, normaliseAddress } from './client-address';

describe('client address for sign-in throttles', () => {
  it('treats an IPv4-mapped IPv6 peer as the IPv4 address', () => {
    expect(normaliseAddress('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(normaliseAddress('10.1.2.3')).toBe('10.1.2.3');
  });

  it('groups IPv6 clients by their /64 prefix, whichever way the address is written', () => {
    expect(normaliseAddress('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
    expect(normaliseAddress('2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64');
  });

  it('ignores X-Forwarded-For unless the peer is a trusted proxy', () => {
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.9', [])).toBe('127.0.0.1');
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.9', ['127.0.0.1'])).toBe('203.0.113.9');
  });

  it('skips trusted hops from the right and never takes a client-chosen left-most entry', () => {
    expect(clientAddress('10.0.0.1', '198.51.100.7, 203.0.113.9, 10.0.0.2', ['10.0.0.1', '10.0.0.2'])).toBe(
      '203.0.113.9',
    );
    expect(clientAddress(undefined, undefined, [])).toBe('unknown');
  });
});
