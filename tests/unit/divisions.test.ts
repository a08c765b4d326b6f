import { describe, expect, it } from 'vitest';
import { createDivisionIndex } from '../../services/divisions.ts';

const divisions = createDivisionIndex();

describe('administrative divisions', () => {
  it('lists the provinces with 12-digit codes', () => {
    const provinces = divisions.children(null);
    expect(provinces.length).toBe(31);
    expect(provinces).toContainEqual({ code: '320000000000', name: '江苏省', level: 'province', hasChildren: true });
    expect(provinces.map((p) => p.name)).toContain('北京市');
  });

  it('goes down from Jiangsu to a real community of Nanjing', () => {
    expect(divisions.children('320000000000').map((c) => c.name)).toContain('南京市');
    expect(divisions.children('320100000000')).toContainEqual(expect.objectContaining({ code: '320102000000', name: '玄武区', level: 'district' }));
    const township = divisions.children('320102000000').find((t) => t.name === '梅园新村街道');
    expect(township).toEqual({ code: '320102002000', name: '梅园新村街道', level: 'township', hasChildren: true });
    const villages = divisions.children('320102002000');
    expect(villages.length).toBeGreaterThan(3);
    for (const v of villages) {
      expect(v.code).toMatch(/^320102002\d{3}$/);
      expect(v.level).toBe('village');
    }
  });

  it('reaches the townships of a city without districts (东莞市)', () => {
    const dongguan = divisions.children('440000000000').find((c) => c.name === '东莞市')!;
    const below = divisions.children(dongguan.code);
    expect(below.length).toBeGreaterThan(0);
    const townships = below.flatMap((d) => (d.level === 'township' ? [d] : divisions.children(d.code)));
    expect(townships.map((t) => t.name)).toContain('虎门镇');
  });

  it('gives the path of a village from its province', () => {
    const village = divisions.children('320102002000')[0]!;
    expect(divisions.path(village.code).map((d) => d.level)).toEqual(['province', 'city', 'district', 'township', 'village']);
    expect(divisions.path(village.code).slice(0, 4).map((d) => d.name)).toEqual(['江苏省', '南京市', '玄武区', '梅园新村街道']);
    expect(divisions.get(village.code)).toEqual(village);
  });

  it('answers unknown codes with nothing', () => {
    expect(divisions.children('999999999999')).toEqual([]);
    expect(divisions.get('320102999999')).toBeNull();
    expect(divisions.path('abc')).toEqual([]);
  });
});
