// Who is calling and whether they may: resolves the caller of each API call (a signed-in user's session, or the
// local operator at the command line) and applies the method's rule from shared/rules/permissions.ts before any
// handler runs. Refusals of a signed-in user are written to the audit log.
import type { Kysely } from 'kysely';
import type { MethodName } from '../../shared/api/contract.ts';
import { ROLE_LABELS, type User } from '../../shared/domain/account.ts';
import { AppError } from '../../shared/errors.ts';
import { CAPABILITIES, roleMay, ruleOf } from '../../shared/rules/permissions.ts';
import { appendChange, runAsUser } from '../changeLog.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import { findUser } from './accounts.ts';
import type { SessionStore } from './sessions.ts';

export type Via = 'desktop' | 'browser' | 'cli';

/** What a transport knows about a call: how it came, and the session token it carried. */
export interface CallContext {
  via: Via;
  session?: string | null;
  /**
   * The local operator at the command line (e.g. 'cli:root'), who has physical access to the data folder and
   * so every right. Only the CLI and tests set it; the IPC and HTTP edges never do.
   */
  operator?: string;
}

export type Principal = { kind: 'user'; user: User; token: string } | { kind: 'operator'; name: string };

/** What a handler is given: who acts (for the audit log) and, when signed in, the user and session. */
export interface HandlerContext {
  via: Via;
  actor: string;
  principal: Principal | null;
  session: string | null;
}

export type Authorize = (method: MethodName, ctx: CallContext) => Promise<HandlerContext>;

export function createAccess(db: Kysely<DB>, sessions: SessionStore): Authorize {
  return async (method, ctx) => {
    const rule = ruleOf(method);
    const session = ctx.session ?? null;
    if (ctx.operator) return { via: ctx.via, actor: ctx.operator, principal: { kind: 'operator', name: ctx.operator }, session };

    const state = sessions.peek(session);
    let user = state ? await findUser(db, state.userId) : null;
    if (session && state && (!user || !user.active)) {
      sessions.end(session);
      user = null;
    }
    const principal: Principal | null = user && session ? { kind: 'user', user, token: session } : null;
    const resolved: HandlerContext = {
      via: ctx.via,
      actor: user ? `${ctx.via}:${user.username}` : `${ctx.via}:anonymous`,
      principal,
      session,
    };

    if (rule === 'public') return resolved;
    if (rule === 'operator') throw new AppError('FORBIDDEN', '此操作只能在本机的命令行中进行');
    if (!user || !session) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (rule === 'session') return resolved;
    if (state?.locked) throw new AppError('SESSION_LOCKED', '长时间未操作，屏幕已锁定：请输入密码解锁');
    if (user.mustChangePassword) throw new AppError('FORBIDDEN', '请先修改密码，再继续使用');
    if (!roleMay(user.role, rule)) {
      await runAsUser(user.id, () =>
        immediateTransaction(db, (trx) =>
          appendChange(trx, {
            actor: resolved.actor,
            at: new Date().toISOString(),
            entity: 'session',
            entityId: user.id,
            action: 'denied',
            data: { method },
          }),
        ),
      );
      throw new AppError('FORBIDDEN', `您的角色（${ROLE_LABELS[user.role]}）无权${CAPABILITIES[rule]}`);
    }
    sessions.touch(session);
    return resolved;
  };
}

/** The signed-in user of a handler's call; throws when there is none (the rule let an operator through). */
export function signedIn(ctx: HandlerContext): { user: User; token: string } {
  if (ctx.principal?.kind !== 'user') throw new AppError('UNAUTHENTICATED', '请先登录');
  return ctx.principal;
}
