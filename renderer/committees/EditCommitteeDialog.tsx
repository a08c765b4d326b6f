// 编辑调委会: name, kind, area code, abbreviation and parent, sent with the version read. The case-number
// abbreviation may change only while the committee has no numbered case (a number once issued keeps it): the
// register refuses otherwise, and its words are shown here.
import type { FormEvent } from 'react';
import { Modal, Stack } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import type { Committee, CommitteeOverview } from '../../shared/domain/committee.ts';
import { useApi } from '../api/ApiContext.tsx';
import { DialogButtons } from '../common/DialogButtons.tsx';
import { issuesToErrors } from '../common/fieldErrors.ts';
import { FormProblems } from '../common/FormProblems.tsx';
import { useDraftForm } from '../common/useDraftForm.ts';
import { COMMITTEE_PATHS, CommitteeFields, type CommitteeDraft } from './CommitteeFields.tsx';

interface EditCommitteeDialogProps {
  committee: CommitteeOverview;
  committees: Committee[];
  onClose: () => void;
  onSaved: (committee: Committee) => void;
}

export function EditCommitteeDialog({ committee, committees, onClose, onSaved }: EditCommitteeDialogProps) {
  const api = useApi();
  const { draft, form, change } = useDraftForm<CommitteeDraft>(() => ({
    name: committee.name,
    kind: committee.kind,
    areaCode: committee.areaCode,
    abbreviation: committee.abbreviation,
    parentId: committee.parentId,
    address: committee.address ?? '',
    phone: committee.phone ?? '',
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contract['committees.update'].input.safeParse({ ...draft, id: committee.id, version: committee.version });
    if (!parsed.success) return form.setErrors(issuesToErrors(parsed.error.issues));
    await form.send(() => api.call('committees.update', parsed.data), onSaved);
  }

  const note =
    committee.cases > 0
      ? `本调委会已有${committee.cases}件案件；已编号的案件的案号不变，案号简称因此不能再改`
      : '最多10个汉字、字母或数字；案件编号后就不能再改';
  return (
    <Modal opened onClose={onClose} title={`编辑调委会：${committee.name}`} size="lg">
      <form onSubmit={submit} noValidate aria-label="编辑调委会">
        <Stack gap="sm">
          <CommitteeFields
            draft={draft}
            errors={form.errors}
            parents={committees.filter((c) => c.id !== committee.id)}
            abbreviationNote={note}
            onChange={change}
          />
          <FormProblems title="调委会没有保存" failure={form.failure} errors={form.errors} shown={COMMITTEE_PATHS} />
          <DialogButtons onCancel={onClose} busy={form.busy} />
        </Stack>
      </form>
    </Modal>
  );
}
