// 统计期间: one click for this or last month, quarter or year; or a chosen month, quarter or year; or any days
// (自定义). Used by the statistics and the subsidy sheet; the days chosen are written out beneath.
import { useId, useState } from 'react';
import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from './DateField.tsx';
import {
  PERIOD_MODES,
  QUARTER_LABELS,
  monthPeriod,
  periodText,
  quarterOf,
  quarterPeriod,
  switchMode,
  yearPeriod,
  type Period,
} from './period.ts';

interface PeriodPickerProps {
  value: Period;
  onChange: (period: Period) => void;
  /** 'YYYY-MM-DD'; today in China unless told (tests). */
  today?: string;
  label?: string;
}

/** The years offered: this one and the ten before it (the register refuses longer spans anyway). */
function yearOptions(today: string, chosen: number): { value: string; label: string }[] {
  const latest = Number(today.slice(0, 4));
  const years = Array.from({ length: 11 }, (_, i) => latest - i);
  if (!years.includes(chosen)) years.push(chosen);
  return years.map((y) => ({ value: String(y), label: `${y}年` }));
}

export function PeriodPicker({ value, onChange, today = todayInChina(), label = '统计期间' }: PeriodPickerProps) {
  const labelId = useId();
  const year = Number(value.from.slice(0, 4));
  const years = yearOptions(today, year);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        data={[...PERIOD_MODES]}
        value={value.mode}
        onChange={(v) => {
          const mode = PERIOD_MODES.find((m) => m.value === v)?.value;
          if (mode) onChange(switchMode(value, mode, today));
        }}
        style={{ alignSelf: 'flex-start' }}
      />
      {value.mode === 'month' && (
        <MonthPickerInput
          label="月份"
          valueFormat="YYYY年M月"
          value={value.from}
          onChange={(d) => d && onChange(monthPeriod(d))}
          maxDate={today}
          maw={200}
        />
      )}
      {(value.mode === 'quarter' || value.mode === 'year') && (
        <Group gap="sm" align="flex-end">
          <Select
            label="年份"
            data={years}
            value={String(year)}
            onChange={(y) => {
              if (!y) return;
              onChange(value.mode === 'quarter' ? quarterPeriod(Number(y), quarterOf(value.from)) : yearPeriod(Number(y)));
            }}
            allowDeselect={false}
            maw={140}
          />
          {value.mode === 'quarter' && (
            <Select
              label="季度"
              data={QUARTER_LABELS.map((q, i) => ({ value: String(i + 1), label: q }))}
              value={String(quarterOf(value.from))}
              onChange={(q) => q && onChange(quarterPeriod(year, Number(q)))}
              allowDeselect={false}
              maw={140}
            />
          )}
        </Group>
      )}
      {value.mode === 'custom' && <CustomRange value={value} onChange={onChange} />}
      <Text size="sm" c="dimmed" aria-live="polite">
        {periodText(value)}
      </Text>
    </Stack>
  );
}

/** Two dates, typed or picked; the period changes once both are there and in order. */
function CustomRange({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const [from, setFrom] = useState<string | null>(value.from);
  const [to, setTo] = useState<string | null>(value.to);
  const reversed = from !== null && to !== null && to < from;

  function change(nextFrom: string | null, nextTo: string | null) {
    setFrom(nextFrom);
    setTo(nextTo);
    if (nextFrom && nextTo && nextFrom <= nextTo) onChange({ mode: 'custom', from: nextFrom, to: nextTo });
  }

  return (
    <Group gap="sm" align="flex-start">
      <DateField label="开始日期" value={from} onChange={(d) => change(d, to)} maw={220} />
      <DateField
        label="结束日期"
        value={to}
        onChange={(d) => change(from, d)}
        error={reversed ? '结束日期不能早于开始日期' : undefined}
        maw={220}
      />
    </Group>
  );
}
