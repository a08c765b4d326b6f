// Browser mode opened without its per-run address: explains how to open the workbench properly.
import { Alert, Center, Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';

export function NoTokenPage() {
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={640}>
        <Stack>
          <Title order={2}>请用程序显示的网址打开枫桥</Title>
          <Alert color="orange" icon={<IconKey />} title="这个网页还不能使用">
            为保护当事人的个人信息，浏览器模式只接受带专用口令的网址。这次打开的网址里没有口令。
          </Alert>
          <Text>请按以下步骤操作：</Text>
          <List type="ordered" spacing="xs">
            <List.Item>找到启动枫桥的命令行窗口（终端）。</List.Item>
            <List.Item>
              窗口里有一行以 <Code>http://127.0.0.1:</Code> 开头、含有 <Code>#token=</Code> 的网址。
            </List.Item>
            <List.Item>把这一整行网址复制到浏览器地址栏，按回车打开。</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            如果命令行窗口已经关闭，请重新启动枫桥，再用新显示的网址打开。每次启动的网址都不一样；新开的浏览器标签页也需要用这个网址打开。
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
