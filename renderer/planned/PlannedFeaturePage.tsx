// A page of the menu that a later release fills in: says plainly what will come, offers nothing fake.
import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { PLANNED_FEATURES, type PlannedFeature } from './plannedFeatures.ts';

export function PlannedFeaturePage({ feature }: { feature: PlannedFeature }) {
  const plan = PLANNED_FEATURES[feature];
  return (
    <Stack maw={760}>
      <Title order={2}>{plan.title}</Title>
      <Alert color="gray" icon={<IconInfoCircle />} title={`此功能将在后续版本提供：${plan.summary}`}>
        <Text size="sm" mb="xs">
          届时可以：
        </Text>
        <List size="sm" spacing={4}>
          {plan.items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Alert>
    </Stack>
  );
}
