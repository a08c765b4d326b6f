// Prevention (防止民转刑, 群体性上访, 械斗, 自杀: cases and people), the warning colours of accepted cases, and
// screening (排查: reports, disputes found and how they were handled). Cases click through; findings do not.
import { SimpleGrid } from '@mantine/core';
import type { StatisticsReport } from '../../shared/domain/statistics.ts';
import { Figure } from './Figure.tsx';
import { measureLabel } from './figures.ts';
import { SectionTable } from './SectionTable.tsx';

export function WorkTables({ report }: { report: StatisticsReport }) {
  const s = report.screening;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <SectionTable
        title="预防和减少矛盾激化"
        head={['类别', '件数', '人数']}
        rows={[
          ...report.prevention.map((p) => ({
            key: p.kind,
            label: p.label,
            cells: [<Figure measure={p.measure} value={p.cases} title={p.label} />, p.people],
          })),
          {
            key: 'improper_petition',
            label: measureLabel('improper_petition'),
            cells: [<Figure measure="improper_petition" value={report.improperPetitions} title={measureLabel('improper_petition')} />, '—'],
          },
        ]}
      />
      <SectionTable
        title="风险等级（受理）"
        head={['等级', '件数']}
        rows={report.risk.map((r) => ({
          key: r.level,
          label: measureLabel(r.measure),
          cells: [<Figure measure={r.measure} value={r.count} title={measureLabel(r.measure)} />],
        }))}
      />
      <SectionTable
        title="矛盾纠纷排查"
        head={['项目', '数量']}
        rows={[
          { key: 'reports', label: '排查报告（份）', cells: [s.reports] },
          { key: 'zero', label: '其中：零报告（份）', sub: true, cells: [s.zeroReports] },
          { key: 'findings', label: '排查发现纠纷（件）', cells: [s.findings] },
          { key: 'people', label: '涉及人数（人）', cells: [s.people] },
          { key: 'spot', label: '其中：当场化解（件）', sub: true, cells: [s.resolvedOnSpot] },
          { key: 'registered', label: '其中：已登记调解（件）', sub: true, cells: [s.registered] },
          { key: 'diverted', label: '其中：已分流移交（件）', sub: true, cells: [s.diverted] },
          { key: 'monitoring', label: '其中：持续关注（件）', sub: true, cells: [s.monitoring] },
        ]}
      />
    </SimpleGrid>
  );
}
