// Errors about fields the form does not show (should the server name one), so that none goes unseen.
import { Alert, List } from '@mantine/core';
import { fieldLabel } from '../api/fieldLabels.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';

const SHOWN =
  /^(disputeType|source|registeredOn|occurredOn|place|facts|requests|riskLevel|referral\.(body|reference|date)|parties|parties\.\d+\.(name|sex|ethnicity|birthDate|idNumber|phone|occupation|address|legalRepresentative|representativeTitle|agent(\.(kind|name|phone))?))$/;

export function UnplacedErrors({ errors }: { errors: FieldErrors }) {
  const unplaced = Object.entries(errors).filter(([path]) => !SHOWN.test(path));
  if (unplaced.length === 0) return null;
  return (
    <Alert color="red" title="还有以下问题">
      <List size="sm">
        {unplaced.map(([path, message]) => {
          const label = fieldLabel(path);
          return <List.Item key={path}>{label ? `${label}：${message}` : message}</List.Item>;
        })}
      </List>
    </Alert>
  );
}
