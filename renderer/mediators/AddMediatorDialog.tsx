// 添加调解员: a new entry in the roster, with the grade held when joining (its history starts there). Checked
// with the contract's schema; the register's field problems land next to the same fields.
import type { FormEvent } from 'react';
import { Fieldset, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Committee } from '../../shared/domain/committee.ts';
import { MEDIATOR_GRADES, type Mediator } from '../../shared/domain/mediator.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useApi } from '../api/ApiContext.tsx';
import { CodeSelect } from '../common/CodeSelect.tsx';
import { DateField } from '../common/DateField.tsx';
import { DialogButtons } from '../common/DialogButtons.tsx';
import { FormProblems } from '../common/FormProblems.tsx';
import { DRAFT_PATHS, checkAdd, emptyDraft, type InitialGrade, type MediatorDraft } from './mediatorDraft.ts';
import { MediatorFieldsGrid } from './MediatorFieldsGrid.tsx';
import { useDraftForm } from '../common/useDraftForm.ts';

interface AddMediatorDialogProps {
  committees: Committee[];
  onClose: () => void;
  onAdded: (mediator: Mediator) => void;
}

export function AddMediatorDialog({ committees, onClose, onAdded }: AddMediatorDialogProps) {
  const api = useApi();
  const own = committees.find((c) => c.isOwn)?.id ?? committees[0]?.id ?? null;
  const { draft, form, change, problem } = useDraftForm<MediatorDraft & InitialGrade>(() => ({
    ...emptyDraft(own, todayInChina()),
    grade: null,
    gradeSince: null,
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors, input } = checkAdd(draft);
    form.setErrors(errors);
    if (!input) return;
    await form.send(() => api.call('mediators.add', input), onAdded);
  }

  return (
    <Modal opened onClose={onClose} title="添加调解员" size="xl">
      <form onSubmit={submit} noValidate aria-label="添加调解员">
        <Stack gap="sm">
          <MediatorFieldsGrid draft={draft} errors={form.errors} committees={committees} onChange={change} onError={problem} />
          <Fieldset legend="调解员等级">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <CodeSelect
                label="现有等级"
                placeholder="未评定"
                list={MEDIATOR_GRADES}
                value={draft.grade}
                onChange={(grade) => change({ grade })}
                error={form.errors['grade']}
                clearable
              />
              <DateField
                label="评定日期"
                description="不填则按加入日期"
                value={draft.gradeSince}
                onChange={(gradeSince) => change({ gradeSince })}
                error={form.errors['gradeSince']}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                disabled={draft.grade === null}
                clearable
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt="xs">
              以后等级有变化，在调解员的记录中“评定新等级”，原来的等级会保留在等级变动记录里。
            </Text>
          </Fieldset>
          <FormProblems title="调解员没有添加" failure={form.failure} errors={form.errors} shown={DRAFT_PATHS} />
          <DialogButtons onCancel={onClose} busy={form.busy} submitLabel="添加调解员" />
        </Stack>
      </form>
    </Modal>
  );
}
