// The roles as the administrator chooses them: the label, and what the role may do, in words.
import { ROLES, ROLE_LABELS, type Role } from '../../shared/domain/account.ts';
import { CAPABILITIES, ROLE_CAPABILITIES } from '../../shared/rules/permissions.ts';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** `roleOf('clerk')` → 'clerk'; anything else (a cleared select) → null. */
export function roleOf(value: string | null): Role | null {
  return ROLES.find((r) => r === value) ?? null;
}

/** `roleAbilities('mediator')` → '可以：查看案件和当事人信息、记录办案环节、上传材料、填报矛盾纠纷排查'. */
export function roleAbilities(role: Role): string {
  return `可以：${ROLE_CAPABILITIES[role].map((c) => CAPABILITIES[c]).join('、')}`;
}
