import { describe, expect, it } from 'vitest';
import { blockedAddressReason, ipv6Groups } from './address-policy.js';

describe('blockedAddressReason', () => {
  it('refuses every non-public IPv4 range', () => {
    expect(blockedAddressReason('127.0.0.1')).toBe('loopback');
    expect(blockedAddressReason('10.1.2.3')).toBe('private');
    expect(blockedAddressReason('172.31.255.255')).toBe('private');
    expect(blockedAddressReason('192.168.1.1')).toBe('private');
    expect(blockedAddressReason('169.254.169.254')).toBe('link-local');
    expect(blockedAddressReason('100.64.0.1')).toBe('shared (carrier-grade NAT)');
    expect(blockedAddressReason('0.0.0.0')).toBe('unspecified ("this network")');
    expect(blockedAddressReason('239.255.255.250')).toBe('multicast');
    expect(blockedAddressReason('255.255.255.255')).toBe('reserved');
  });

  it('accepts public addresses on both sides of the private ranges', () => {
    for (const address of [
      '8.8.8.8',
      '172.15.255.255',
      '172.32.0.0',
      '11.0.0.0',
      '2606:4700::1111',
      '2a00:1450:4009:81f::200e',
    ])
      expect(blockedAddressReason(address)).toBeNull();
  });

  it('refuses IPv6 loopback, link-local, unique-local, multicast', () => {
    expect(blockedAddressReason('::1')).toBe('loopback');
    expect(blockedAddressReason('[::1]')).toBe('loopback');
    expect(blockedAddressReason('::')).toBe('unspecified');
    expect(blockedAddressReason('fe80::1%eth0')).toBe('link-local');
    expect(blockedAddressReason('fd12:3456::1')).toBe('unique-local');
    expect(blockedAddressReason('ff02::1')).toBe('multicast');
  });

  it('judges IPv4 embedded in IPv6 by the IPv4 address', () => {
    expect(blockedAddressReason('::ffff:127.0.0.1')).toBe('loopback');
    expect(blockedAddressReason('::ffff:7f00:1')).toBe('loopback');
    expect(blockedAddressReason('::ffff:10.0.0.1')).toBe('private');
    expect(blockedAddressReason('64:ff9b::a9fe:a9fe')).toBe('link-local');
    expect(blockedAddressReason('2002:c0a8:0101::1')).toBe('private');
    expect(blockedAddressReason('::ffff:8.8.8.8')).toBeNull();
  });

  it('parses compressed IPv6 forms', () => {
    expect(ipv6Groups('1::2')).toEqual([1, 0, 0, 0, 0, 0, 0, 2]);
    expect(ipv6Groups('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(ipv6Groups('example.org')).toBeNull();
  });
});
