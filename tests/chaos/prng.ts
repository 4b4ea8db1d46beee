// A seeded random source (mulberry32): the same seed gives the same fault schedule and the same
// mix of citizens' paths, so a failing run can be repeated with `--seed`.

/** Random numbers from a 32-bit seed; `next()` is uniform in [0, 1). */
export interface Prng {
  seed: number;
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** The list in a random order (a copy). */
  shuffle<T>(list: readonly T[]): T[];
}

/** A PRNG from `seed` (any integer; taken modulo 2^32). */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed: seed >>> 0,
    next,
    int,
    pick: (list) => list[int(0, list.length - 1)]!,
    shuffle(list) {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}

/** A fresh seed when none is given (printed by the run, so it can be given next time). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
