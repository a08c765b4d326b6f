// The audit log's summaries, shared by the register and the viewer's filter: every action the services write
// reads as words, never as its code.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, summarizeAudit } from '../../shared/domain/audit.ts';

describe('audit summaries', () => {
  it('name the record and the action in Chinese', () => {
    expect(summarizeAudit('case', 'read')).toBe('查看 · 案件');
    expect(summarizeAudit('register', 'export')).toBe('导出 · 登记簿');
    expect(summarizeAudit('register', 'import_ledger')).toBe('导入台账 · 登记簿');
    expect(summarizeAudit('case', 'session')).toBe('调解记录 · 案件');
    expect(summarizeAudit('session', 'login.failed')).toBe('登录失败');
  });

  it('offer the viewer a label for each action the services write outside a case step', () => {
    for (const action of [
      'read',
      'export',
      'import_ledger',
      'login',
      'login.failed',
      'logout',
      'unlock',
      'denied',
      'backup',
      'password.recover',
    ])
      expect(AUDIT_ACTION_LABELS[action], action).toMatch(/\p{Script=Han}/u);
  });
});
