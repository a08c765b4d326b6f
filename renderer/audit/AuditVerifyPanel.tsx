// 校验审计链: walks the whole hash chain of the log (audit.verify) and says whether it is intact, or where and how
// it was tampered with, in the register's words.
import { useState } from 'react';
import { Alert, Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { AuditVerification } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { describeForClerk } from '../api/errors.ts';

/** The register lists at most this many problems (services/audit/verify.ts). */
const LISTED = 20;

export function AuditVerifyPanel() {
  const api = useApi();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setFailure(null);
    try {
      setResult(await api.call('audit.verify', {}));
    } catch (error) {
      setResult(null);
      setFailure(describeForClerk(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-label="审计链校验">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} size="h4">
            审计链校验
          </Title>
          <Text size="sm" c="dimmed">
            每条记录都带有与前一条相连的校验值。校验会逐条核对，发现被改动、删除或调换顺序的记录。
          </Text>
        </div>
        <Button leftSection={<IconShieldCheck size={16} />} variant="light" loading={busy} onClick={() => void verify()}>
          校验审计链
        </Button>
      </Group>
      {failure && (
        <Alert color="red" mt="sm" title="没有完成校验">
          {failure}
        </Alert>
      )}
      {result && <VerificationResult result={result} />}
    </Paper>
  );
}

function VerificationResult({ result }: { result: AuditVerification }) {
  if (result.ok)
    return (
      <Alert color="green" mt="sm" title="审计日志完整" role="status">
        共核对 {result.entries} 条记录，没有发现改动、删除或调换顺序。
      </Alert>
    );
  return (
    <Alert color="red" mt="sm" title="审计日志有问题">
      <Text size="sm" mb="xs">
        共核对 {result.entries} 条记录，发现以下问题{result.problems.length >= LISTED ? `（只列出前 ${LISTED} 处）` : ''}
        。请保留现场，不要再修改这台电脑上的数据，并报告上级主管部门。
      </Text>
      <List size="sm" spacing={4}>
        {result.problems.map((problem) => (
          <List.Item key={`${problem.code}-${problem.seq}`}>{problem.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
