import { describe, expect, it } from 'vitest';
import { createDivisionIndex } from '../../services/divisions.ts';
import { committeeGeography } from '../../services/seed/geography.ts';

const divisions = createDivisionIndex();

describe('where sample cases happen', () => {
  it('takes names, villages and the province districts from the division data', () => {
    const g = committeeGeography(divisions, '320102002000');
    expect(g.areaNames).toEqual({ province: '江苏省', city: '南京市', district: '玄武区', township: '梅园新村街道' });
    expect(g.villages.length).toBeGreaterThan(3);
    expect(g.provinceDistricts[0]).toBe('320102');
    expect(g.provinceDistricts).toEqual(expect.arrayContaining(['320117', '320583', '321324']));
    expect(g.provinceDistricts.every((c) => c.startsWith('32'))).toBe(true);
    expect(new Set(g.provinceDistricts).size).toBe(g.provinceDistricts.length);
  });

  it('leaves statistical placeholders out of addresses, and leaves out areas that issue no ID numbers', () => {
    const beijing = committeeGeography(divisions, '110101001000');
    expect(beijing.areaNames.city).toBe('');
    expect(beijing.areaNames.province).toBe('北京市');
    const names = divisions.children('320100000000').filter((d) => beijing.provinceDistricts.includes(d.code.slice(0, 6)));
    expect(names).toEqual([]);
    const jiangsu = committeeGeography(divisions, '320102002000');
    const zones = divisions
      .children('320000000000')
      .flatMap((city) => divisions.children(city.code))
      .filter((d) => /开发区/.test(d.name));
    expect(zones.length).toBeGreaterThan(0);
    for (const zone of zones) expect(jiangsu.provinceDistricts).not.toContain(zone.code.slice(0, 6));
  });

  it('finds villages below a committee registered at district level', () => {
    expect(committeeGeography(divisions, '320102000000').villages.length).toBeGreaterThan(0);
  });
});
