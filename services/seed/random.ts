// A small seeded pseudo-random generator (sfc32 seeded by cyrb128) so sample data is reproducible:
// the same seed gives the same sequence on every machine and Node version.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included: `int(1, 6)` is a die. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One value by relative weight: `weighted([['blue', 85], ['red', 1]])`. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A calendar date 'YYYY-MM-DD' between two dates, both included. */
  date(from: string, to: string): string;
}

/** Four 32-bit words from any string (cyrb128), so neighbouring seeds give unrelated sequences. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Cumulative weights per pairs array, computed once: pools are module constants, picked many times. */
const cumulativeCache = new WeakMap<readonly unknown[], Float64Array>();

function cumulative(pairs: readonly (readonly [unknown, number])[]): Float64Array {
  let table = cumulativeCache.get(pairs);
  if (!table) {
    table = new Float64Array(pairs.length);
    let sum = 0;
    pairs.forEach(([, w], i) => {
      if (!(w >= 0)) throw new RangeError(`weight must be non-negative, got ${w}`);
      sum += w;
      table![i] = sum;
    });
    if (!(sum > 0)) throw new RangeError('weights must not all be zero');
    cumulativeCache.set(pairs, table);
  }
  return table;
}

// Civil-calendar arithmetic without Date objects (H. Hinnant's days_from_civil / civil_from_days):
// generating 100,000 cases formats a few hundred thousand dates, and Date#toISOString dominated the time.

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date: `dayNumber('1970-01-02')` → 1. */
export function dayNumber(date: string): number {
  const m = Number(date.slice(5, 7));
  const y = Number(date.slice(0, 4)) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + Number(date.slice(8, 10)) - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The 'YYYY-MM-DD' date of a day number: `dateOfDay(dayNumber('2026-03-01') - 1)` → '2026-02-28'. */
export function dateOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** A date shifted by whole days: `addDays('2026-03-01', -1)` → '2026-02-28'. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** A generator for a seed: `createRandom('demo').int(1, 6)` gives the same number every run. */
export function createRandom(seed: string | number): Random {
  let [a, b, c, d] = cyrb128(`${typeof seed}:${seed}`);
  const next = (): number => {
    // sfc32
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next(); // let the state mix before the first value is used

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty array');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: <T>(pairs: readonly (readonly [T, number])[]): T => {
      const table = cumulative(pairs);
      const target = next() * table[table.length - 1]!;
      let lo = 0;
      let hi = table.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (table[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      return pairs[lo]![0];
    },
    chance: (p: number): boolean => next() < p,
    date: (from: string, to: string): string => {
      const start = dayNumber(from);
      const end = dayNumber(to);
      if (end < start) throw new RangeError(`date range is empty: ${from} – ${to}`);
      return dateOfDay(int(start, end));
    },
  };
}
