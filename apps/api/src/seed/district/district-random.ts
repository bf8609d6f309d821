/**
 * The district generator's only source of chance: a seeded PRNG (sfc32, seeded through splitmix32),
 * so one seed number always gives the same district. Every id is drawn from it too.
 */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
// Where the ordered part of the ids begins (2024-07 as a v7 timestamp; any constant would do).
const UUID_BASE = 0x0190_0000_0000;

export class DistrictRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private issued = 0;

  constructor(
    seed: number,
    private readonly stream = 0,
  ) {
    let state = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i += 1) this.uint32();
  }

  /** A 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of `weights`' keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /**
   * A version-7 UUID: 48 ordered bits (this stream's place and a counter, where v7 has the time), then
   * 74 bits drawn from the generator. Ids made one after another sort one after another, so the bulk
   * insert appends at the end of each index on them rather than at a random page of it for every row
   * (at 20,000 cases no faster than random ids here; meant for the indexes that outgrow the cache at
   * full size). Deterministic, unlike gen_random_uuid().
   */
  uuid(): string {
    const ordered = UUID_BASE + this.stream * 2 ** 36 + this.issued;
    this.issued += 1;
    const a = Math.floor(ordered / 65_536);
    const b = ((ordered % 65_536) * 65_536 + (this.uint32() & 0x0fff) + 0x7000) >>> 0;
    const c = this.uint32();
    const d = this.uint32();
    return (
      HEX[a >>> 24] +
      HEX[(a >>> 16) & 255] +
      HEX[(a >>> 8) & 255] +
      HEX[a & 255] +
      '-' +
      HEX[b >>> 24] +
      HEX[(b >>> 16) & 255] +
      '-' +
      HEX[(b >>> 8) & 255] +
      HEX[b & 255] +
      '-' +
      HEX[((c >>> 24) & 0x3f) | 0x80] +
      HEX[(c >>> 16) & 255] +
      '-' +
      HEX[(c >>> 8) & 255] +
      HEX[c & 255] +
      HEX[d >>> 24] +
      HEX[(d >>> 16) & 255] +
      HEX[(d >>> 8) & 255] +
      HEX[d & 255]
    );
  }
}

/** Splits `total` into parts proportional to `weights` (largest remainder): the parts sum to `total`. */
export function apportion<K extends string>(
  total: number,
  weights: Readonly<Record<K, number>>,
): Record<K, number> {
  const entries = Object.entries(weights) as [K, number][];
  const sum = entries.reduce((s, [, w]) => s + w, 0);
  const exact = entries.map(([key, w]) => ({ key, value: (total * w) / sum }));
  const result = Object.fromEntries(exact.map((e) => [e.key, Math.floor(e.value)])) as Record<K, number>;
  let left = total - exact.reduce((s, e) => s + Math.floor(e.value), 0);
  for (const e of [...exact].sort((x, y) => (y.value % 1) - (x.value % 1))) {
    if (left === 0) break;
    result[e.key] += 1;
    left -= 1;
  }
  return result;
}
