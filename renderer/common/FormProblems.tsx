// Why a form was not sent, above its buttons: a refusal not about a field (useFormCall's failure), and any field
// problem the form has no field for (should the register name one), so that none goes unseen.
import { Alert, List, Text } from '@mantine/core';
import type { FieldErrors } from './fieldErrors.ts';

interface FormProblemsProps {
  /** What did not happen, e.g. '调解员没有添加'. */
  title: string;
  failure: string | null;
  errors: FieldErrors;
  /** The paths the form shows next to a field. */
  shown: readonly string[];
}

export function FormProblems({ title, failure, errors, shown }: FormProblemsProps) {
  const unplaced = Object.entries(errors).filter(([path]) => !shown.includes(path));
  if (failure === null && unplaced.length === 0) return null;
  return (
    <Alert color="red" title={title}>
      {failure && <Text size="sm">{failure}</Text>}
      {unplaced.length > 0 && (
        <List size="sm">
          {unplaced.map(([path, message]) => (
            <List.Item key={path}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
