/**
 * Seeded randomness for the sandbox: the same seed always builds the same tenant and injects the
 * same faults, so a failing run can be repeated exactly.
 */

/** A PRNG returning floats in [0, 1). */
export type Random = () => number;

/** 32-bit FNV-1a hash of a string: turns "seed:tenant:user:42" into a PRNG seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for test data and fault dice. */
export function createRandom(seed: number | string): Random {
  let a = typeof seed === 'string' ? hash32(seed) : seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], inclusive. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A version-4-shaped UUID drawn from the PRNG (deterministic, unlike crypto.randomUUID). */
export function randomUuid(random: Random): string {
  // At most 6 hex digits per draw: the PRNG has 32 bits of entropy per call.
  const hex = (n: number): string =>
    n > 6 ? hex(6) + hex(n - 6) : Math.floor(random() * 16 ** n).toString(16).padStart(n, '0');
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
