// The embedded fonts of printed documents: @font-face rules carrying the Noto Serif chunks a text needs as data: URLs.
// A document's HTML then prints the same on every PC, whatever fonts it has. Noto Serif SC (400 and 700) covers the
// BMP; Noto Serif SC has no extension-B glyphs, so Noto Serif JP lends its extension-B characters (names like 张𠮷).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { log } from '../logger.ts';

/** The font stack of the documents: the embedded fonts first, then Windows', macOS' and Linux's own serif fonts. */
export const FONT_STACK =
  '"Fengqiao Serif", "Fengqiao Serif ExtB", "FangSong", "仿宋", "STFangsong", "SimSun-ExtB", "Noto Serif CJK SC", serif';

const FAMILY = 'Fengqiao Serif';
const FAMILY_EXT_B = 'Fengqiao Serif ExtB';
/** Supplementary Ideographic Plane and Tertiary Ideographic Plane: CJK extensions B and later. */
const EXT_B: Range = [0x20000, 0x3ffff];

type Range = [number, number];

/**
 * How a page gets its fonts: 'inline' as data: URLs (a self-contained page, for Electron's printToPDF), 'files' as
 * file: URLs of the installed font chunks (for a Chromium that loads the page from a file and may read files: the
 * page is then a few kilobytes instead of a megabyte, and the browser keeps the fonts between documents).
 */
export type FontSource = 'inline' | 'files';

interface Chunk {
  family: string;
  weight: number;
  file: string;
  ranges: Range[];
}

interface Source {
  pkg: string;
  css: string;
  family: string;
  /** Only the part of each chunk inside this range is used (and only chunks reaching into it). */
  only?: Range;
}

const SOURCES: Source[] = [
  { pkg: '@fontsource/noto-serif-sc', css: '400.css', family: FAMILY },
  { pkg: '@fontsource/noto-serif-sc', css: '700.css', family: FAMILY },
  { pkg: '@fontsource/noto-serif-jp', css: '400.css', family: FAMILY_EXT_B, only: EXT_B },
];

const resolveFrom = createRequire(import.meta.url);
let chunks: Chunk[] | null = null;
const base64Cache = new Map<string, string>();

/** `U+4e00-9fff,U+3000` → [[0x4e00, 0x9fff], [0x3000, 0x3000]]. */
export function parseUnicodeRange(value: string): Range[] {
  const ranges: Range[] = [];
  for (const part of value.split(',')) {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m?.[1]) continue;
    // A wildcard range (U+4??) stands for U+400-4FF.
    const lo = parseInt(m[1].replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1].replace(/\?/g, 'f'), 16);
    ranges.push([lo, hi]);
  }
  return ranges;
}

function intersect(ranges: Range[], only: Range): Range[] {
  const out: Range[] = [];
  for (const [lo, hi] of ranges) {
    const a = Math.max(lo, only[0]);
    const b = Math.min(hi, only[1]);
    if (a <= b) out.push([a, b]);
  }
  return out;
}

function parseSource(source: Source): Chunk[] {
  const cssPath = resolveFrom.resolve(`${source.pkg}/${source.css}`);
  const css = fs.readFileSync(cssPath, 'utf8');
  const out: Chunk[] = [];
  for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
    const url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(block)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1] ?? '400');
    const rangeText = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!url || !rangeText) continue;
    let ranges = parseUnicodeRange(rangeText);
    if (source.only) ranges = intersect(ranges, source.only);
    if (ranges.length === 0) continue;
    out.push({ family: source.family, weight, file: path.resolve(path.dirname(cssPath), url), ranges });
  }
  if (out.length === 0) log.warn('fonts: no @font-face chunks found', { css: cssPath });
  return out;
}

function allChunks(): Chunk[] {
  chunks ??= SOURCES.flatMap(parseSource);
  return chunks;
}

function base64(file: string): string {
  let data = base64Cache.get(file);
  if (data === undefined) {
    data = fs.readFileSync(file).toString('base64');
    base64Cache.set(file, data);
  }
  return data;
}

function covers(ranges: Range[], codePoints: number[]): boolean {
  // codePoints is sorted: walk both lists once.
  return ranges.some(([lo, hi]) => {
    for (const cp of codePoints) {
      if (cp > hi) return false;
      if (cp >= lo) return true;
    }
    return false;
  });
}

function hex(n: number): string {
  return n.toString(16);
}

/**
 * The @font-face rules for the families "Fengqiao Serif" (400, 700) and "Fengqiao Serif ExtB" (400), with only the
 * chunks that hold a character of `text` (of `boldText` for weight 700), embedded as base64. E.g.
 * fontFaceCss('人民调解协议书 张𠮷') gives a few Noto Serif SC chunks per weight and the Noto Serif JP chunk holding 𠮷.
 * Bold text must be in `boldText`: Chromium matches the weight before the unicode-range, so a bold character missing
 * from the 700 chunks would fall through to the next family of the stack, not to the 400 face.
 */
export function fontFaceCss(text: string, boldText: string = text, fonts: FontSource = 'inline'): string {
  const codePoints = (t: string) => [...new Set(Array.from(t, (c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const regular = codePoints(text);
  const bold = boldText === text ? regular : codePoints(boldText);
  const rules: string[] = [];
  for (const chunk of allChunks()) {
    if (!covers(chunk.ranges, chunk.weight >= 600 ? bold : regular)) continue;
    const range = chunk.ranges.map(([lo, hi]) => (lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`)).join(',');
    const url = fonts === 'files' ? pathToFileURL(chunk.file).href : `data:font/woff2;base64,${base64(chunk.file)}`;
    rules.push(
      `@font-face{font-family:"${chunk.family}";font-style:normal;font-weight:${chunk.weight};font-display:block;` +
        `src:url(${url}) format("woff2");unicode-range:${range}}`,
    );
  }
  return rules.join('\n');
}
