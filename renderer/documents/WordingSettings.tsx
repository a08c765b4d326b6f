// 文书设置 section of 设置: loads the wording of the documents, then the form edits it. The committee's name,
// address and phone printed on the documents are the committee's own, edited on the 调委会 page.
import { useId } from 'react';
import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { routeHref } from '../routing/routes.ts';
import { WordingForm } from './WordingForm.tsx';

export function WordingSettings() {
  const headingId = useId();
  const may = useMay();
  const wording = useApiQuery('documents.wording', {}, { notify: false });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" mb={4} id={headingId}>
        文书设置
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        文书上的调委会全称、地址和联系电话取自调委会的登记信息，请在
        {may('committees.overview') ? (
          <Anchor inherit href={routeHref({ page: 'committees' })}>
            “调委会”页面
          </Anchor>
        ) : (
          '“调委会”页面'
        )}
        修改。当事人信息、协议条款、案号和签名栏由文书自动生成，不在这里设置。
      </Text>
      <LoadError title="文书设置没有读出来" query={wording} />
      {wording.data ? (
        <WordingForm initial={wording.data} readOnly={!may('documents.setWording')} />
      ) : (
        wording.error === undefined && <Text c="dimmed">正在读取…</Text>
      )}
    </Paper>
  );
}
