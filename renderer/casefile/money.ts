// Money on screen: the clerk types yuan ('1200', '1,200.50'), the register keeps fen (分) as integers.

/** `yuanToFen('1,200.5')` → 120050; '' → null; anything that is not an amount → undefined. */
export function yuanToFen(text: string): number | null | undefined {
  const t = text.replace(/[,，\s]/g, '').replace(/元$/, '');
  if (t === '') return null;
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** `fenToYuanText(120050)` → '1200.5', the form's text for an amount; null → ''. */
export function fenToYuanText(fen: number | null | undefined): string {
  if (fen == null) return '';
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** `formatYuan(120050)` → '1,200.50元'; null → '—'. */
export function formatYuan(fen: number | null | undefined): string {
  if (fen == null) return '—';
  const yuan = Math.floor(fen / 100).toLocaleString('zh-CN');
  return `${yuan}.${String(fen % 100).padStart(2, '0')}元`;
}
