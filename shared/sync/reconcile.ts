// Reconciliation between a register and the hub: both ends list the records they hold as `kind:id:version` lines,
// sorted, and compare the SHA-256 of that text (each end hashes it with its own platform's SHA-256). Platform-free.

export interface ReconciliationEntry {
  kind: string;
  id: string;
  version: number;
}

/**
 * The text both ends hash: one `${kind}:${id}:${version}\n` line per record, sorted by UTF-16 code units (not by
 * locale), so it is the same on every platform. Example: `[{ kind: 'case', id: 'b', version: 3 }, { kind:
 * 'case', id: 'a', version: 7 }]` → 'case:a:7\ncase:b:3\n'; no records → ''.
 */
export function reconciliationLines(entries: readonly ReconciliationEntry[]): string {
  const lines = entries.map((e) => `${e.kind}:${e.id}:${e.version}\n`);
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return lines.join('');
}
