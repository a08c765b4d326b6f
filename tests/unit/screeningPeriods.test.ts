import { describe, expect, it } from 'vitest';
import { periodLabel, periodOf, periodsBetween } from '../../shared/rules/screening.ts';
import { sniffMime } from '../../services/attachments.ts';

describe('screening periods', () => {
  it('run Monday to Sunday, 1–15 and 16–end, and whole months', () => {
    expect(periodOf('week', '2026-11-29')).toEqual({ kind: 'week', start: '2026-11-23', end: '2026-11-29' });
    expect(periodOf('week', '2026-11-23')).toEqual({ kind: 'week', start: '2026-11-23', end: '2026-11-29' });
    expect(periodOf('week', '2027-01-01')).toEqual({ kind: 'week', start: '2026-12-28', end: '2027-01-03' });
    expect(periodOf('half_month', '2026-02-15')).toEqual({ kind: 'half_month', start: '2026-02-01', end: '2026-02-15' });
    expect(periodOf('half_month', '2028-02-16')).toEqual({ kind: 'half_month', start: '2028-02-16', end: '2028-02-29' });
    expect(periodOf('month', '2026-04-30')).toEqual({ kind: 'month', start: '2026-04-01', end: '2026-04-30' });
  });

  it('list every period overlapping a range, oldest first, without gaps', () => {
    const weeks = periodsBetween('week', '2026-11-01', '2026-11-29');
    expect(weeks.map((p) => p.start)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    const halves = periodsBetween('half_month', '2026-01-10', '2026-03-01');
    expect(halves.map((p) => `${p.start}..${p.end}`)).toEqual([
      '2026-01-01..2026-01-15',
      '2026-01-16..2026-01-31',
      '2026-02-01..2026-02-15',
      '2026-02-16..2026-02-28',
      '2026-03-01..2026-03-15',
    ]);
  });

  it('are named as a clerk names them', () => {
    expect(periodLabel(periodOf('week', '2026-11-29'))).toBe('2026年11月23日—11月29日');
    expect(periodLabel(periodOf('half_month', '2026-11-20'))).toBe('2026年11月下半月');
    expect(periodLabel(periodOf('month', '2026-11-20'))).toBe('2026年11月');
  });
});

describe('attachment types', () => {
  it('are recognised by their first bytes', () => {
    expect(sniffMime(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMime(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMime(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffMime(Buffer.from([0x49, 0x49, 0x2a, 0x00]))).toBe('image/tiff');
    expect(sniffMime(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(sniffMime(Buffer.from('RIFF\x00\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(sniffMime(Buffer.from('<html>'))).toBeNull();
  });
});
