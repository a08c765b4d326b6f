// A select over one of the label lists of shared/ (`{ code, label }`: 职务, 等级, 调委会类型…) that gives the code,
// typed, or null when cleared.
import { Select, type SelectProps } from '@mantine/core';

type CodeSelectProps<T extends { code: string; label: string }> = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'list'> & {
  list: readonly T[];
  value: T['code'] | null;
  onChange: (code: T['code'] | null) => void;
};

/** `<CodeSelect label="职务" list={MEDIATOR_POSTS} value={post} onChange={setPost} />` */
export function CodeSelect<T extends { code: string; label: string }>({ list, value, onChange, ...props }: CodeSelectProps<T>) {
  return (
    <Select
      data={list.map((i) => ({ value: i.code, label: i.label }))}
      value={value}
      onChange={(v) => onChange(list.find((i) => i.code === v)?.code ?? null)}
      {...props}
    />
  );
}
