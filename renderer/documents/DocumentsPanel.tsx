// 文书: the case's twelve documents (人民调解文书格式) in their order, each to preview, print and save as PDF or
// Word, or, when it cannot be drawn yet, why not (本案尚未达成书面协议…); and the whole case file as one PDF.
// Read again whenever the case changes (its version), since what can be drawn follows the case's steps.
import { useEffect, useRef, useState } from 'react';
import { Button, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { IconFileStack } from '@tabler/icons-react';
import { DOCUMENT_TYPES, type DocumentAvailability } from '../../shared/domain/documents.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { LoadError } from '../common/LoadError.tsx';
import { DocumentButtons } from './DocumentButtons.tsx';
import { DocumentPreview } from './DocumentPreview.tsx';
import { useDocumentActions } from './useDocumentActions.ts';

interface DocumentsPanelProps {
  caseId: string;
  /** The case's version: a new one (a step recorded, the registration edited) reads the list again. */
  version: number;
}

const ORDER = new Map<string, number>(DOCUMENT_TYPES.map((d, i) => [d.code, i]));
const inOrder = (list: readonly DocumentAvailability[]) =>
  [...list].sort((a, b) => (ORDER.get(a.type) ?? ORDER.size) - (ORDER.get(b.type) ?? ORDER.size));

export function DocumentsPanel({ caseId, version }: DocumentsPanelProps) {
  const query = useApiQuery('documents.available', { caseId }, { notify: false });
  const actions = useDocumentActions(caseId);
  const [preview, setPreview] = useState<{ doc: DocumentAvailability; printing: boolean } | null>(null);
  const { reload } = query;
  const seen = useRef(version);

  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);

  function print(doc: DocumentAvailability) {
    if (actions.printsDirectly) void actions.print(doc.type, doc.name);
    else setPreview({ doc, printing: true });
  }

  return (
    <Paper withBorder p="md" component="section" aria-label="文书">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          文书
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconFileStack size={14} />}
          loading={actions.busy === 'caseFile'}
          onClick={() => void actions.downloadCaseFile()}
        >
          整卷PDF
        </Button>
      </Group>
      <LoadError title="文书清单没有读出来" query={query} />
      {!query.data && query.error === undefined && <Loader size="sm" aria-label="正在读取文书清单" />}
      {query.data && (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="文书" verticalSpacing={6}>
            <Table.Tbody>
              {inOrder(query.data).map((doc) => (
                <Table.Tr key={doc.type}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {doc.name}
                    </Text>
                    {doc.problem !== null && (
                      <Text size="xs" c="dimmed">
                        {doc.problem}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={1}>
                    <DocumentButtons
                      type={doc.type}
                      actions={actions}
                      disabled={doc.problem !== null}
                      onPreview={() => setPreview({ doc, printing: false })}
                      onPrint={() => print(doc)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {preview && (
        <DocumentPreview
          caseId={caseId}
          type={preview.doc.type}
          name={preview.doc.name}
          actions={actions}
          printing={preview.printing}
          onClose={() => setPreview(null)}
        />
      )}
    </Paper>
  );
}
