// A date field that shows '2026年3月1日', accepts '2026-03-01' and similar when typed, and gives 'YYYY-MM-DD'.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { DATE_DISPLAY_FORMAT, parseDateText } from './dates.ts';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

export function DateField({ value, onChange, ...props }: DateFieldProps) {
  return (
    <DateInput
      valueFormat={DATE_DISPLAY_FORMAT}
      dateParser={parseDateText}
      placeholder="选择或输入，如 2026-03-01"
      value={value}
      onChange={onChange}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
