// Sample answers for the fake API.
import type { Division } from '../../shared/api/contract.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import { newId } from '../../shared/rules/ids.ts';

export const COMMITTEE: Committee = {
  id: newId(),
  areaCode: '320102005000',
  name: '玄武门街道人民调解委员会',
  kind: 'township',
  parentId: null,
  abbreviation: '玄武门',
  isOwn: true,
  createdAt: '2026-01-05T02:00:00.000Z',
  address: null,
  phone: null,
};

/** A slice of the division tree: 江苏省 → 南京市 → 玄武区 → 玄武门街道 → one community. */
export const DIVISIONS: Record<string, Division[]> = {
  root: [
    { code: '110000000000', name: '北京市', level: 'province', hasChildren: true },
    { code: '320000000000', name: '江苏省', level: 'province', hasChildren: true },
  ],
  '320000000000': [{ code: '320100000000', name: '南京市', level: 'city', hasChildren: true }],
  '320100000000': [{ code: '320102000000', name: '玄武区', level: 'district', hasChildren: true }],
  '320102000000': [
    { code: '320102005000', name: '玄武门街道', level: 'township', hasChildren: true },
    { code: '320102003000', name: '新街口街道', level: 'township', hasChildren: true },
  ],
  '320102005000': [{ code: '320102005001', name: '梅园新村社区居委会', level: 'village', hasChildren: false }],
};

export function childrenOf(code: string | null): Division[] {
  return DIVISIONS[code ?? 'root'] ?? [];
}
