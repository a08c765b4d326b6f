// Canonical JSON: the one byte form of a signed value (a batch manifest, a receipt), so that the signer and the
// verifier hash the same bytes whatever order a JSON library wrote the keys in.

/**
 * JSON with every object's keys sorted (by UTF-16 code units), recursively, no spaces, and `undefined` members left
 * out. Example: `canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }] })` → `{"a":[true,{"c":"x","d":null}],"b":1}`.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
