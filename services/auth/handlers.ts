// The API methods of accounts, sessions, security settings and the audit log.
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { DEFAULT_SECURITY, SecuritySettings, type Session, type User } from '../../shared/domain/account.ts';
import { AppError } from '../../shared/errors.ts';
import { appendChange, runAsUser } from '../changeLog.ts';
import { listAudit } from '../audit/log.ts';
import { readAuditHead, verifyAuditChain } from '../audit/verify.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import type { Handlers, HandlerContext } from '../dispatcher.ts';
import {
  authenticate,
  changePassword,
  createUser,
  hasAccounts,
  listUsers,
  passwordMatches,
  recoverAdmin,
  resetPassword,
  updateUser,
} from './accounts.ts';
import { signedIn } from './access.ts';
import type { SessionStore } from './sessions.ts';

const SECURITY_KEY = 'security';

type AuthMethods = Extract<keyof Handlers, `auth.${string}` | `users.${string}` | `security.${string}` | `audit.${string}`>;

export async function getSecurity(db: Kysely<DB>): Promise<SecuritySettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SECURITY_KEY).executeTakeFirst();
  const parsed = row ? SecuritySettings.safeParse(JSON.parse(row.value)) : null;
  return parsed?.success ? parsed.data : DEFAULT_SECURITY;
}

export function authHandlers(deps: {
  db: Kysely<DB>;
  raw: Database.Database;
  dataDir: string;
  sessions: SessionStore;
}): Pick<Handlers, AuthMethods> {
  const { db, sessions } = deps;
  let idleMinutes = DEFAULT_SECURITY.idleMinutes;
  const ready = getSecurity(db).then((s) => {
    idleMinutes = s.idleMinutes;
    sessions.setIdleMinutes(s.idleMinutes);
  });

  const startSession = async (user: User): Promise<Session> => {
    await ready;
    return { token: sessions.create(user.id), user, idleMinutes };
  };
  const logSession = (ctx: HandlerContext, userId: string, action: string) =>
    runAsUser(userId, () =>
      immediateTransaction(db, (trx) =>
        appendChange(trx, { actor: ctx.actor, at: new Date().toISOString(), entity: 'session', entityId: userId, action, data: null }),
      ),
    );

  return {
    'auth.status': async (_input, ctx) => {
      await ready;
      const state = sessions.peek(ctx.session);
      const user = ctx.principal?.kind === 'user' ? ctx.principal.user : null;
      return { hasAccounts: await hasAccounts(db), user, locked: user !== null && (state?.locked ?? false), idleMinutes };
    },
    'auth.setupAdmin': async (input, ctx) => {
      const user = await createUser(db, { ...input, role: 'admin' }, `${ctx.via}:${input.username}`, { first: true });
      return startSession(user);
    },
    'auth.login': async (input, ctx) => startSession(await authenticate(db, input.username, input.password, ctx.via)),
    'auth.unlock': async ({ password }, ctx) => {
      const { user, token } = signedIn(ctx);
      if (!(await passwordMatches(db, user.id, password)))
        throw new AppError('VALIDATION', '密码不正确', [{ path: 'password', message: '密码不正确' }]);
      sessions.unlock(token);
      await logSession(ctx, user.id, 'unlock');
      return { token, user, idleMinutes };
    },
    'auth.lock': async (_input, ctx) => {
      sessions.lock(signedIn(ctx).token);
      return { locked: true as const };
    },
    'auth.touch': async (_input, ctx) => {
      const { token } = signedIn(ctx);
      const locked = sessions.peek(token)?.locked ?? true;
      if (!locked) sessions.touch(token);
      return { locked };
    },
    'auth.logout': async (_input, ctx) => {
      const { user, token } = signedIn(ctx);
      sessions.end(token);
      await logSession(ctx, user.id, 'logout');
      return { done: true as const };
    },
    'auth.changePassword': async (input, ctx) => {
      const { user, token } = signedIn(ctx);
      const changed = await changePassword(db, user.id, input.current, input.next, ctx.actor);
      sessions.endAllOf(user.id, token);
      return changed;
    },
    'users.list': async () => listUsers(db),
    'users.add': async (input, ctx) => createUser(db, input, ctx.actor),
    'users.update': async (input, ctx) => {
      const user = await updateUser(db, input, ctx.actor);
      if (!user.active) sessions.endAllOf(user.id);
      return user;
    },
    'users.resetPassword': async ({ id, password }, ctx) => {
      const user = await resetPassword(db, id, password, ctx.actor);
      sessions.endAllOf(id);
      return user;
    },
    'users.recover': async ({ username, host }, ctx) => {
      const result = await recoverAdmin(db, username ?? null, ctx.actor, host);
      sessions.endAllOf(result.user.id);
      return result;
    },
    'security.get': async () => getSecurity(db),
    'security.set': async (input, ctx) => {
      await immediateTransaction(db, async (trx) => {
        const value = JSON.stringify(input);
        await trx
          .insertInto('settings')
          .values({ key: SECURITY_KEY, value })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
          .execute();
        await appendChange(trx, {
          actor: ctx.actor,
          at: new Date().toISOString(),
          entity: 'settings',
          entityId: SECURITY_KEY,
          action: 'update',
          data: input,
        });
      });
      idleMinutes = input.idleMinutes;
      sessions.setIdleMinutes(input.idleMinutes);
      return input;
    },
    'audit.list': async (input) => listAudit(db, input),
    'audit.verify': async () => verifyAuditChain(deps.raw, readAuditHead(deps.dataDir)),
  };
}
