/**
 * The SSRF guard's address test: which IP addresses a fetch may connect to. Refused: every
 * range that is not the public internet (IANA special-purpose registries, RFC 6890), and
 * IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the
 * IPv4 address inside them, so `::ffff:127.0.0.1` is loopback like `127.0.0.1`.
 */
import { isIP } from 'node:net';

type Range4 = [base: number, bits: number, reason: string];

const V4_RANGES: Range4[] = [
  [ip4('0.0.0.0'), 8, 'unspecified ("this network")'],
  [ip4('10.0.0.0'), 8, 'private'],
  [ip4('100.64.0.0'), 10, 'shared (carrier-grade NAT)'],
  [ip4('127.0.0.0'), 8, 'loopback'],
  [ip4('169.254.0.0'), 16, 'link-local'],
  [ip4('172.16.0.0'), 12, 'private'],
  [ip4('192.0.0.0'), 24, 'IETF protocol assignments'],
  [ip4('192.0.2.0'), 24, 'documentation'],
  [ip4('192.168.0.0'), 16, 'private'],
  [ip4('198.18.0.0'), 15, 'benchmarking'],
  [ip4('198.51.100.0'), 24, 'documentation'],
  [ip4('203.0.113.0'), 24, 'documentation'],
  [ip4('224.0.0.0'), 4, 'multicast'],
  [ip4('240.0.0.0'), 4, 'reserved'],
];

function ip4(text: string): number {
  return text.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function v4Reason(value: number): string | null {
  for (const [base, bits, reason] of V4_RANGES) {
    const size = 2 ** (32 - bits);
    if (value >= base && value < base + size) return reason;
  }
  return null;
}

/** "fe80::1%eth0", "::ffff:1.2.3.4" → eight 16-bit groups; null when not IPv6. */
export function ipv6Groups(text: string): number[] | null {
  let address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(address) !== 6) return null;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) {
    const value = ip4(dotted[1]!);
    address = `${address.slice(0, dotted.index)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  return groups.length === 8 ? groups.map((group) => parseInt(group, 16)) : null;
}

function v6Reason(groups: number[]): string | null {
  const [a, b] = groups as [number, number];
  const embedded = (high: number, low: number): number => high * 65536 + low;
  const zeroUpTo = (n: number): boolean => groups.slice(0, n).every((group) => group === 0);
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && groups[7] === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (deprecated compatible form)
  if (zeroUpTo(5) && (groups[5] === 0xffff || groups[5] === 0))
    return v4Reason(embedded(groups[6]!, groups[7]!)) ?? null;
  if (a === 0x64 && b === 0xff9b && groups.slice(2, 6).every((group) => group === 0))
    return v4Reason(embedded(groups[6]!, groups[7]!));
  if (a === 0x2002) return v4Reason(embedded(b, groups[2]!));
  if (a === 0x2001 && b === 0) return 'Teredo tunnel';
  if (a === 0x2001 && b === 0xdb8) return 'documentation';
  if (a === 0x100 && groups.slice(1, 4).every((group) => group === 0)) return 'discard-only';
  if ((a & 0xffc0) === 0xfe80) return 'link-local';
  if ((a & 0xffc0) === 0xfec0) return 'site-local';
  if ((a & 0xfe00) === 0xfc00) return 'unique-local';
  if ((a & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/**
 * Why an address is refused, or null when it is a public unicast address.
 *
 * @example
 * blockedAddressReason('::ffff:10.0.0.1') // 'private'
 * blockedAddressReason('93.184.216.34')   // null
 */
export function blockedAddressReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) return v4Reason(ip4(bare));
  const groups = ipv6Groups(bare);
  return groups ? v6Reason(groups) : 'not an IP address';
}
