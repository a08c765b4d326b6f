// What a written agreement still lacks before it can be finalised (协议书尚缺：…), worked out as the clerk types,
// with the same rule the register refuses it by: the parties' particulars, 争议事项, 各方责任, the terms.
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Party } from '../../shared/domain/case.ts';
import { agreementGaps, partyGaps } from '../../shared/documents/agreementGaps.ts';
import type { StepValues } from './stepValues.ts';

const textOf = (value: StepValues[string] | undefined) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export function AgreementGaps({ parties, values }: { parties: readonly Party[]; values: StepValues }) {
  const terms = Array.isArray(values['terms']) ? values['terms'].filter((t) => t.trim() !== '') : [];
  const gaps = agreementGaps(parties, {
    disputedPoints: textOf(values['disputedPoints']),
    responsibilities: textOf(values['responsibilities']),
    terms,
  });
  if (gaps.length === 0) return null;
  const partiesLack =
    partyGaps(parties).length > 0 || !parties.some((p) => p.role === 'applicant') || !parties.some((p) => p.role === 'respondent');
  // A status, not an alert: it follows the typing and is not an error until the register refuses.
  return (
    <Alert color="orange" variant="light" role="status" icon={<IconAlertTriangle size={18} />} title="协议书内容还不完整">
      <Text size="sm">协议书尚缺：{gaps.join('；')}</Text>
      {partiesLack && (
        <Text size="sm" mt={4}>
          当事人信息请在案件页的“修改登记信息”中补全。
        </Text>
      )}
    </Alert>
  );
}
