// A new password typed twice, with its rules shown: the first administrator's, one's own new password, or one
// the administrator sets for someone (then it may also be drawn at random and shown, to be passed on).
import { useState } from 'react';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { IconDice5 } from '@tabler/icons-react';
import { PASSWORD_RULES } from './accountRules.ts';
import { randomPassword } from './randomPassword.ts';

interface NewPasswordFieldsProps {
  /** '密码', '新密码' or '临时密码'; the second field is '再次输入' + label. */
  label: string;
  value: string;
  again: string;
  errors: { value?: string | undefined; again?: string | undefined };
  onChange: (value: string, again: string) => void;
  /** Offers 随机生成密码. */
  random?: boolean;
}

export function NewPasswordFields({ label, value, again, errors, onChange, random = false }: NewPasswordFieldsProps) {
  const [visible, setVisible] = useState(false);
  const shared = { visible, onVisibilityChange: setVisible, autoComplete: 'new-password', required: true } as const;
  return (
    <Stack gap="sm">
      <PasswordInput
        label={label}
        description={PASSWORD_RULES}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value, again)}
        error={errors.value}
        {...shared}
      />
      <PasswordInput
        label={`再次输入${label}`}
        value={again}
        onChange={(e) => onChange(value, e.currentTarget.value)}
        error={errors.again}
        {...shared}
      />
      {random && (
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconDice5 size={16} />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            const drawn = randomPassword();
            onChange(drawn, drawn);
            setVisible(true);
          }}
        >
          随机生成密码
        </Button>
      )}
    </Stack>
  );
}
