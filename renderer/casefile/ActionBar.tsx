// 办理: one button per step the case can take next (the service's availableSteps), each opening its form.
import { Button, Group, Paper, Text } from '@mantine/core';
import { STEP_LABELS, type StepKind } from '../../shared/domain/lifecycle.ts';

/** Steps beside the mediation's usual course (回避, 包案, 风险等级, 防止纠纷激化, 信访情况 …): plain buttons, so
 *  that the next steps stand out. */
const QUIET: readonly StepKind[] = ['refuse', 'recuse', 'termination', 'risk', 'leader', 'prevention', 'petition'];

export function ActionBar({ steps, onChoose }: { steps: readonly StepKind[]; onChoose: (kind: StepKind) => void }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label="办理">
      <Group gap="xs">
        <Text fw={700} mr="xs">
          办理
        </Text>
        {steps.length === 0 && (
          <Text c="dimmed" size="sm">
            目前没有可办理的环节
          </Text>
        )}
        {steps.map((kind, index) => (
          <Button
            key={kind}
            size="sm"
            variant={index === 0 ? 'filled' : QUIET.includes(kind) ? 'default' : 'light'}
            onClick={() => onChoose(kind)}
          >
            {STEP_LABELS[kind]}
          </Button>
        ))}
      </Group>
    </Paper>
  );
}
