// 纠纷登记 as a page: the form, and — when opened from a screening finding (登记为案件) — the finding looked up
// and filled in, or why it could not be.
import type { Dispatch, SetStateAction } from 'react';
import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { routeHref } from '../routing/routes.ts';
import type { CaseDraft } from './draft.ts';
import { RegistrationForm } from './RegistrationForm.tsx';
import { useFindingPrefill, type FindingRequest } from './useFindingPrefill.ts';

interface RegistrationPageProps extends FindingRequest {
  draft: CaseDraft;
  onDraftChange: Dispatch<SetStateAction<CaseDraft>>;
}

export function RegistrationPage({ finding, committee, draft, onDraftChange }: RegistrationPageProps) {
  const lookup = useFindingPrefill({ finding, committee }, onDraftChange);
  return (
    <Stack gap="md">
      {lookup.state === 'loading' && <Loader size="sm" aria-label="正在读取排查记录" />}
      {lookup.state === 'missing' && (
        <Alert color="yellow" title="没有找到这条排查发现" maw={1100}>
          可能已被删除或调委会不对。下面可以按普通登记填写。
        </Alert>
      )}
      {lookup.state === 'registered' && (
        <Alert color="yellow" title="这条排查发现已经登记为案件" maw={1100}>
          <Anchor href={routeHref({ page: 'case', id: lookup.caseId })}>查看案件</Anchor>
        </Alert>
      )}
      <RegistrationForm draft={draft} onDraftChange={onDraftChange} />
    </Stack>
  );
}
