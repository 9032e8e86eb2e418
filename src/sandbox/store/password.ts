import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are stored as scrypt hashes, never in clear and never returned. The cost is low
 * (N=1024) on purpose: this is a sandbox, and creating thousands of users must stay fast.
 */
const N = 1024;
const KEY_LENGTH = 32;

/** `scrypt$N$salt$hash`, hex. A fixed salt is only for the seeded users' shared password. */
export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(password, salt, KEY_LENGTH, { N, r: 8, p: 1 });
  return `scrypt$${N}$${salt.toString('hex')}$${hash.toString('hex')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, cost, saltHex, hashHex] = stored.split('$');
  if (scheme !== 'scrypt' || !cost || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = scryptSync(password, Buffer.from(saltHex, 'hex'), expected.length, { N: Number(cost), r: 8, p: 1 });
  return timingSafeEqual(expected, actual);
}
