// The look of the workbench: Mantine's defaults with Chinese system fonts first.
import { Modal, Notification, PasswordInput, Select, createTheme } from '@mantine/core';
import { DateInput, DatePickerInput } from '@mantine/dates';

// Clear buttons are icons only: give them a name a screen reader (and a test) can use.
const clearButtonProps = { 'aria-label': '清除' };

const FONTS =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: FONTS,
  headings: { fontFamily: FONTS },
  defaultRadius: 'sm',
  components: {
    Select: Select.extend({ defaultProps: { clearButtonProps } }),
    DateInput: DateInput.extend({ defaultProps: { clearButtonProps } }),
    DatePickerInput: DatePickerInput.extend({ defaultProps: { clearButtonProps } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': '关闭' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': '关闭' } } }),
    // Mantine names the eye button in English; it is a toggle (aria-pressed says whether the password shows).
    PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': '显示密码' } } }),
  },
});
