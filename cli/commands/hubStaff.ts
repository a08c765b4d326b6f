// fengqiao hub staff add | list | reset | deactivate: the district staff who sign in to the hub's page (/admin/).
// The first administrator is made here; each command takes the same --db and --data-dir as `hub serve`, and is
// recorded in the hub's admin_log as `cli:<os user>`. Exit codes: 0 done, 2 usage, 3 refused (a name taken, the
// last administrator), 4 not found.
import { osActor } from '../../services/actor.ts';
import { createStaff, deactivateStaff, listStaff, resetStaffPassword, ROLE_LABELS, type StaffMember } from '../../server/staff.ts';
import { parse, required } from '../args.ts';
import { EXIT, UsageError, printJson, printLine } from '../io.ts';
import { DB_OPTION, withHub } from '../hubSession.ts';

export const HUB_STAFF_USAGE =
  'hub staff add --username NAME --role admin|viewer [--display-name N] | hub staff list | hub staff reset --username NAME | ' +
  'hub staff deactivate --username NAME   (each: [--db URL] [--json])';

const OPTIONS = { ...DB_OPTION, json: { type: 'boolean' } } as const;

/** Who acts at the command line, for admin_log: `cli:<os user>` (services/actor.ts, as the other hub commands). */
const cliActor = () => osActor('cli');

function shown(member: StaffMember) {
  return {
    username: member.username,
    displayName: member.displayName,
    role: member.role,
    active: member.deactivatedAt === null,
    mustChangePassword: member.mustChangePassword,
    createdAt: member.createdAt,
    deactivatedAt: member.deactivatedAt,
    lastLoginAt: member.lastLoginAt,
    lockedUntil: member.lockedUntil,
  };
}

function printTemporary(json: boolean | undefined, member: StaffMember, password: string, what: string): void {
  if (json) printJson({ ...shown(member), temporaryPassword: password });
  else {
    printLine(password);
    process.stderr.write(
      `${what} ${member.displayName}（${member.username}，${ROLE_LABELS[member.role]}）的临时密码如上，首次登录后必须修改 / temporary password, to be changed at first sign-in\n`,
    );
  }
}

async function add(args: string[]): Promise<number> {
  const { values } = parse(args, {
    ...OPTIONS,
    username: { type: 'string' },
    role: { type: 'string' },
    'display-name': { type: 'string' },
  });
  const username = required(values.username, 'username');
  const role = required(values.role, 'role');
  if (role !== 'admin' && role !== 'viewer') throw new UsageError(`--role must be admin or viewer (got '${role}')`);
  return withHub(values, async (hub) => {
    const { staff, temporaryPassword } = await createStaff(hub.db, { username, role, displayName: values['display-name'] }, cliActor());
    printTemporary(values.json, staff, temporaryPassword, '已添加');
    return EXIT.ok;
  });
}

async function list(args: string[]): Promise<number> {
  const { values } = parse(args, OPTIONS);
  return withHub(values, async (hub) => {
    const members = await listStaff(hub.db);
    if (values.json) {
      printJson(members.map(shown));
      return EXIT.ok;
    }
    if (members.length === 0) printLine('还没有工作人员：用 hub staff add --username NAME --role admin 添加第一位管理员');
    const now = new Date().toISOString();
    for (const m of members) {
      const state = m.deactivatedAt
        ? `deactivated ${m.deactivatedAt}`
        : m.lockedUntil && m.lockedUntil > now
          ? `locked until ${m.lockedUntil}`
          : m.mustChangePassword
            ? 'must change password'
            : 'active';
      printLine(`${m.username}\t${m.role}\t${m.displayName}\t${state}\tlast login ${m.lastLoginAt ?? '—'}`);
    }
    return EXIT.ok;
  });
}

async function reset(args: string[]): Promise<number> {
  const { values } = parse(args, { ...OPTIONS, username: { type: 'string' } });
  const username = required(values.username, 'username');
  return withHub(values, async (hub) => {
    const { staff, temporaryPassword } = await resetStaffPassword(hub.db, username, cliActor());
    printTemporary(values.json, staff, temporaryPassword, '已重置');
    return EXIT.ok;
  });
}

async function deactivate(args: string[]): Promise<number> {
  const { values } = parse(args, { ...OPTIONS, username: { type: 'string' } });
  const username = required(values.username, 'username');
  return withHub(values, async (hub) => {
    const member = await deactivateStaff(hub.db, username, cliActor());
    if (values.json) printJson(shown(member));
    else printLine(`已停用工作人员 ${member.displayName}（${member.username}）/ staff member deactivated`);
    return EXIT.ok;
  });
}

const SUBCOMMANDS: Record<string, (args: string[]) => Promise<number>> = { add, list, reset, deactivate };

/** `fengqiao hub staff …` (the arguments after `staff`). */
export async function hubStaffCommand(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const sub = name === undefined ? undefined : SUBCOMMANDS[name];
  if (!sub) throw new UsageError(`usage: fengqiao ${HUB_STAFF_USAGE}`);
  return sub(rest);
}
