import { describe, expect, it } from 'vitest';
import { isCalendarDate, todayInChina } from '../../shared/rules/dates.ts';
import { ID_PATTERN, newId } from '../../shared/rules/ids.ts';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
  });
  it('takes today in China (UTC+8)', () => {
    expect(todayInChina(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
    expect(todayInChina(new Date('2026-11-28T15:59:00Z'))).toBe('2026-11-28');
  });
});

describe('record ids', () => {
  it('are UUIDv7, unique and ordered by time', () => {
    const a = newId(1_700_000_000_000);
    const b = newId(1_700_000_000_001);
    expect(a).toMatch(ID_PATTERN);
    expect(a < b).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => newId())).size).toBe(1000);
  });
});
