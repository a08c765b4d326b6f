// Label–value rows, as on a form printed out: the case's facts, a party, the settings.
import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

export function FieldRows({
  rows,
  labelWidth,
  size,
}: {
  rows: readonly (readonly [string, ReactNode])[];
  labelWidth: number;
  size?: 'sm';
}) {
  return (
    <DataList orientation="horizontal" labelWidth={labelWidth} {...(size ? { size } : {})}>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
