// 添加调委会: a committee whose records this office keeps (a village committee, an industry committee, a
// dispatched room…), by default under the office's own committee. A village below the office's area fills in
// code, name and abbreviation; any other area is typed as its 12-digit statistical code.
import type { FormEvent } from 'react';
import { Modal, Select, Stack } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { DialogButtons } from '../common/DialogButtons.tsx';
import { issuesToErrors } from '../common/fieldErrors.ts';
import { FormProblems } from '../common/FormProblems.tsx';
import { useDraftForm } from '../common/useDraftForm.ts';
import { suggestAbbreviation, suggestCommitteeName } from '../setup/naming.ts';
import { COMMITTEE_PATHS, CommitteeFields, type CommitteeDraft } from './CommitteeFields.tsx';

interface AddCommitteeDialogProps {
  own: Committee;
  committees: Committee[];
  onClose: () => void;
  onAdded: (committee: Committee) => void;
}

export function AddCommitteeDialog({ own, committees, onClose, onAdded }: AddCommitteeDialogProps) {
  const api = useApi();
  const villages = useApiQuery('divisions.children', { code: own.areaCode }, { notify: false });
  const { draft, form, change } = useDraftForm<CommitteeDraft>(() => ({
    name: '',
    kind: 'village',
    areaCode: '',
    abbreviation: '',
    parentId: own.id,
    address: '',
    phone: '',
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contract['committees.add'].input.safeParse(draft);
    if (!parsed.success) return form.setErrors(issuesToErrors(parsed.error.issues));
    await form.send(() => api.call('committees.add', parsed.data), onAdded);
  }

  const choices = villages.data ?? [];
  return (
    <Modal opened onClose={onClose} title="添加调委会" size="lg">
      <form onSubmit={submit} noValidate aria-label="添加调委会">
        <Stack gap="sm">
          {choices.length > 0 && (
            <Select
              label="从本辖区的村（社区）中选择"
              description="选择后自动填写下面的区划代码、名称和案号简称，可以修改"
              data={choices.map((d) => ({ value: d.code, label: d.name }))}
              value={choices.some((d) => d.code === draft.areaCode) ? draft.areaCode : null}
              onChange={(code) => {
                const d = choices.find((c) => c.code === code);
                if (d)
                  change({
                    areaCode: d.code,
                    name: suggestCommitteeName(d.name),
                    abbreviation: suggestAbbreviation(d.name),
                    kind: 'village',
                  });
              }}
              searchable
              clearable
              nothingFoundMessage="没有找到，请换个字试试"
            />
          )}
          <CommitteeFields
            draft={draft}
            errors={form.errors}
            parents={committees}
            abbreviationNote="最多10个汉字、字母或数字；案件编号后就不能再改"
            onChange={change}
          />
          <FormProblems title="调委会没有添加" failure={form.failure} errors={form.errors} shown={COMMITTEE_PATHS} />
          <DialogButtons onCancel={onClose} busy={form.busy} submitLabel="添加调委会" />
        </Stack>
      </form>
    </Modal>
  );
}
