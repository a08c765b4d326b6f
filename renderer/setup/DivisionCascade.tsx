// Province → city → district → township → (optional) village, each a searchable select.
import { Loader, Select, SimpleGrid } from '@mantine/core';
import { DIVISION_LEVELS, type DivisionCascade as Cascade, type DivisionLevel } from './useDivisionCascade.ts';

const LABELS: Record<DivisionLevel, string> = {
  province: '省',
  city: '市',
  district: '区县',
  township: '乡镇街道',
  village: '村社区',
};

const HINTS: Partial<Record<DivisionLevel, string>> = {
  village: '村（居）调委会请选择；乡镇（街道）调委会不选',
};

function placeholderFor(cascade: Cascade, level: DivisionLevel): string {
  if (cascade.loading === level) return '正在读取…';
  if (cascade.options[level]?.length) return '请选择，可输入文字查找';
  const index = DIVISION_LEVELS.indexOf(level);
  const parentChosen = DIVISION_LEVELS.slice(0, index).some((l) => cascade.chosen[l]);
  const deeperOffered = DIVISION_LEVELS.slice(index + 1).some((l) => cascade.options[l]?.length);
  if (deeperOffered || (parentChosen && cascade.loading === null && cascade.deepest?.hasChildren === false)) return '（无此级）';
  return '请先选择上一级';
}

/** An error to show under one of the selects (e.g. 'areaCode' from the server, under the deepest level). */
export interface CascadeError {
  level: DivisionLevel;
  message: string;
}

interface DivisionCascadeProps {
  cascade: Cascade;
  onChoose: (level: DivisionLevel, code: string | null) => void;
  error: CascadeError | null;
}

export function DivisionCascade({ cascade, onChoose, error }: DivisionCascadeProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      {DIVISION_LEVELS.map((level) => {
        const options = cascade.options[level] ?? [];
        return (
          <Select
            key={level}
            label={LABELS[level]}
            description={HINTS[level]}
            placeholder={placeholderFor(cascade, level)}
            data={options.map((d) => ({ value: d.code, label: d.name }))}
            value={cascade.chosen[level]?.code ?? null}
            onChange={(code) => onChoose(level, code)}
            disabled={options.length === 0}
            searchable
            clearable={level === 'village'}
            nothingFoundMessage="没有找到，请换个字试试"
            rightSection={cascade.loading === level ? <Loader size="xs" /> : undefined}
            error={error?.level === level ? error.message : undefined}
            maxDropdownHeight={320}
          />
        );
      })}
    </SimpleGrid>
  );
}
