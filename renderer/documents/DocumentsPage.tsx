// 文书: where the documents are (on each case's page, 文书 card), what each needs before it can be drawn, a case
// found by its number to print its documents, and the committee's wording (文书设置).
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { DOCUMENT_TYPES, type DocumentType } from '../../shared/domain/documents.ts';
import { useApi } from '../api/ApiContext.tsx';
import { describeForClerk } from '../api/errors.ts';
import { navigate } from '../routing/useRoute.ts';
import { WordingSettings } from './WordingSettings.tsx';

/** When each document can be drawn, in the clerk's words (docs/documents.md). */
const WHEN: Record<DocumentType, string> = {
  application: '随时可打印，未登记的内容留出横线手写',
  registration: '随时可打印',
  notice: '随时可打印，正文可在下方“文书设置”中调整',
  investigation: '每份调查记录一页；没有记录时打印空白表',
  session: '每次调解一页；没有记录时打印空白表',
  agreement: '达成书面协议后；当事人基本情况、争议事项、各方责任齐全才能定稿',
  'oral-agreement': '达成口头协议后',
  'follow-up': '每次回访一页；没有回访时打印空白表',
  cover: '随时可打印，归档后填入卷号、保管期限',
  catalogue: '随时可打印；“整卷PDF”中带页号',
  'back-cover': '随时可打印',
  confirmation: '达成书面协议且协议书可以定稿后',
};

function CaseFinder() {
  const api = useApi();
  const [number, setNumber] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (number.trim() === '') return setProblem('请填写案号，如〔2026〕梅园调字第12号');
    setBusy(true);
    try {
      const found = await api.call('cases.get', { number: number.trim() });
      navigate({ page: 'case', id: found.id });
    } catch (error) {
      setProblem(describeForClerk(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void open(e)} aria-label="按案号找案件">
      <Group align="flex-start">
        <TextInput
          label="案号"
          placeholder="〔2026〕梅园调字第12号"
          value={number}
          onChange={(e) => {
            setNumber(e.currentTarget.value);
            setProblem(null);
          }}
          error={problem}
          w={320}
        />
        <Button type="submit" mt={25} loading={busy} leftSection={<IconSearch size={16} />}>
          打开案件
        </Button>
      </Group>
    </form>
  );
}

export function DocumentsPage() {
  return (
    <Stack maw={980}>
      <Title order={2}>文书</Title>
      <Alert color="blue" variant="light" icon={<IconInfoCircle />}>
        文书在每个案件页的“文书”卡片中生成：预览、打印，或下载PDF（各台电脑打印效果一致）和Word（可在WPS、Word中修改）；“整卷PDF”按卷内目录顺序生成整本卷宗。
      </Alert>
      <Paper withBorder p="md">
        <CaseFinder />
      </Paper>
      <Paper withBorder p="md" component="section" aria-label="文书种类">
        <Title order={4} mb="sm">
          文书种类
        </Title>
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {DOCUMENT_TYPES.map((d) => (
              <Table.Tr key={d.code}>
                <Table.Td w={220}>
                  <Text size="sm" fw={500}>
                    {d.label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{WHEN[d.code]}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <WordingSettings />
    </Stack>
  );
}
