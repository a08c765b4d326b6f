// The register failed its check at start: says so in plain words (the file was not changed), lists the backups
// that can bring it back, restores the chosen one (the damaged file is kept, and the page says where), then lets
// the clerk into the restored register. With no backup at hand, it says whom to call.
import { useState } from 'react';
import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import type { RecoveryStatus } from '../../shared/domain/backup.ts';
import { useApi } from '../api/ApiContext.tsx';
import { describeForClerk } from '../api/errors.ts';
import { RecoveryBackupTable, type RecoveryBackup } from '../backup/RecoveryBackupTable.tsx';
import { RestoreDialog, type RestoreResult } from '../backup/RestoreDialog.tsx';
import { formatInstant } from '../common/dates.ts';

export interface RecoveryPageProps {
  /** What `recovery.status` answered (with a problem). */
  status: RecoveryStatus;
  /** 进入枫桥 after a restore; by default the page reloads, and the app starts again on the restored register. */
  onRecovered?: () => void;
}

function FilePath({ path }: { path: string }) {
  return (
    <Text span ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
      {path}
    </Text>
  );
}

export function RecoveryPage({ status: initial, onRecovered = () => window.location.reload() }: RecoveryPageProps) {
  const api = useApi();
  const [status, setStatus] = useState(initial);
  const [chosen, setChosen] = useState<RecoveryBackup | null>(null);
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const [looking, setLooking] = useState(false);
  const [lookFailure, setLookFailure] = useState<string | null>(null);

  async function lookAgain() {
    setLooking(true);
    setLookFailure(null);
    try {
      setStatus(await api.call('recovery.status', {}));
    } catch (error) {
      setLookFailure(describeForClerk(error));
    } finally {
      setLooking(false);
    }
  }

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={820}>
        <Stack>
          {restored ? (
            <Restored result={restored} onEnter={onRecovered} />
          ) : status.problem === null ? (
            <>
              <Title order={2}>登记簿已经可以使用</Title>
              <Text>数据文件已经恢复正常，可以进入枫桥。</Text>
              <EnterButton onEnter={onRecovered} />
            </>
          ) : (
            <Damaged
              status={status}
              onChoose={setChosen}
              lookAgain={{ run: () => void lookAgain(), busy: looking, failure: lookFailure }}
            />
          )}
        </Stack>
      </Paper>
      {chosen && !restored && (
        <RestoreDialog
          backup={chosen}
          askPassphrase={askPassphrase}
          onPassphraseNeeded={() => setAskPassphrase(true)}
          onClose={() => setChosen(null)}
          onRestored={(result) => {
            setRestored(result);
            setChosen(null);
          }}
        />
      )}
    </Center>
  );
}

interface DamagedProps {
  status: RecoveryStatus;
  onChoose: (backup: RecoveryBackup) => void;
  /** 重新查找备份 (after plugging in the USB stick). */
  lookAgain: { run: () => void; busy: boolean; failure: string | null };
}

function Damaged({ status, onChoose, lookAgain }: DamagedProps) {
  return (
    <>
      <Title order={2}>数据文件检查未通过</Title>
      <Alert color="red" icon={<IconAlertTriangle />} title="登记簿暂时不能使用">
        {status.problem}
      </Alert>
      <Text>
        为保护数据，枫桥没有改动这个数据文件：
        <FilePath path={status.databaseFile} />
      </Text>
      {status.backups.length > 0 ? (
        <>
          <Text>
            可以从下面的备份中选一个恢复（一般选最新的）。恢复会放回所选备份中的全部数据；现在这个数据文件不会删除，而是改名保存在原来的文件夹里，以便技术支持查看。备份之后登记或办理的内容需要补登。
          </Text>
          <RecoveryBackupTable backups={status.backups} onChoose={onChoose} />
        </>
      ) : (
        <Alert color="orange" title="没有找到可以恢复的备份">
          本机和第二份备份的文件夹里都没有备份。如果备份在U盘上，请插好U盘后点“重新查找备份”；否则请联系区（县）司法局的技术支持。损坏的数据文件仍在原处，没有被改动：
          <FilePath path={status.databaseFile} />
        </Alert>
      )}
      {lookAgain.failure && (
        <Alert color="red" title="没有查找到备份">
          {lookAgain.failure}
        </Alert>
      )}
      <Group>
        <Button variant="default" leftSection={<IconRefresh size={16} />} loading={lookAgain.busy} onClick={lookAgain.run}>
          重新查找备份
        </Button>
      </Group>
    </>
  );
}

function EnterButton({ onEnter }: { onEnter: () => void }) {
  return (
    <Group>
      <Button onClick={onEnter}>进入枫桥</Button>
    </Group>
  );
}

function Restored({ result, onEnter }: { result: RestoreResult; onEnter: () => void }) {
  return (
    <>
      <Title order={2}>恢复完成</Title>
      <Alert color="green" icon={<IconCircleCheck />} title="已从备份恢复" role="status">
        <Stack gap={4}>
          <Text size="sm">
            已放回 {formatInstant(result.createdAt)} 的备份，共 {result.cases} 件案件。
          </Text>
          <Text size="sm">
            {result.replaced ? (
              <>
                损坏的数据文件已保留在：
                <FilePath path={result.replaced} />
              </>
            ) : (
              '原来的数据文件已经不在，没有需要保留的文件。'
            )}
          </Text>
        </Stack>
      </Alert>
      <Text>请核对最近登记的案件，把备份之后登记或办理的内容补登上。保留的损坏文件请交技术支持查看，不要自行删除。</Text>
      <EnterButton onEnter={onEnter} />
    </>
  );
}
