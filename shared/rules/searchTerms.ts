// Search terms for Chinese text without a word segmenter: overlapping character bigrams (as CJK search
// engines do), so that one index answers queries of any length — 1, 2 or more characters — including
// names written with rare characters (CJK extension B, e.g. 𠮷). Latin words and digits stay whole.
// The same function cuts the stored text and the query, so both always agree.

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** Splits text into runs of Han characters and runs of other letters/digits. */
function runs(text: string): { han: boolean; chars: string[] }[] {
  const out: { han: boolean; chars: string[] }[] = [];
  let current: { han: boolean; chars: string[] } | null = null;
  for (const ch of text.normalize('NFKC')) {
    const han = HAN.test(ch);
    if (!han && !WORD.test(ch)) {
      current = null;
      continue;
    }
    if (!current || current.han !== han) {
      current = { han, chars: [] };
      out.push(current);
    }
    current.chars.push(han ? ch : ch.toLowerCase());
  }
  return out;
}

/**
 * The index terms of a text: `indexTerms('邻居漏水')` → `['邻居', '居漏', '漏水', '水']`.
 * The trailing single character lets a one-character query (searched as a prefix) find every character.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of runs(text)) {
    if (!run.han) {
      terms.push(run.chars.join(''));
      continue;
    }
    for (let i = 0; i + 1 < run.chars.length; i++) terms.push(run.chars[i]! + run.chars[i + 1]!);
    terms.push(run.chars[run.chars.length - 1]!);
  }
  return terms;
}

/**
 * An FTS5 MATCH expression for what the clerk typed, or null when there is nothing to search for.
 * Every part must match (AND); a Han part of two or more characters is a phrase of its bigrams, a
 * single Han character or a Latin/digit part is a prefix: `matchExpression('张三 zs')` → `'"张三" AND "zs"*'`.
 */
export function matchExpression(query: string): string | null {
  const parts: string[] = [];
  for (const run of runs(query)) {
    if (!run.han) {
      parts.push(`"${run.chars.join('')}"*`);
    } else if (run.chars.length === 1) {
      parts.push(`"${run.chars[0]}"*`);
    } else {
      const grams: string[] = [];
      for (let i = 0; i + 1 < run.chars.length; i++) grams.push(run.chars[i]! + run.chars[i + 1]!);
      parts.push(`"${grams.join(' ')}"`);
    }
  }
  return parts.length === 0 ? null : parts.join(' AND ');
}
