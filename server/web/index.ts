// The district staff's page of the hub, under /admin/: server-rendered HTML in Chinese, no script. Staff sign in
// (server/staff.ts: scrypt passwords, lock after five failures); a session is a random token in an HttpOnly,
// SameSite=Strict cookie (Secure over HTTPS), ended after 15 minutes idle or 12 hours in any case; every POST form
// carries the session's token (checked), and the sign-in form a token of its own cookie. Viewers see 概况;
// administrators also make enrolment codes, revoke devices, manage staff and read the log of every action.
// Example (server/http.ts): `await registerHubWeb(app, { db, name: options.name, now })`.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import crypto from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { log } from '../../services/logger.ts';
import type { HubDB } from '../db/schema.ts';
import { revokeDevice } from '../devices.ts';
import { createEnrolmentCode } from '../enrolment.ts';
import {
  adminLog,
  changeOwnPassword,
  createStaff,
  deactivateStaff,
  listStaff,
  logAdminAction,
  passwordFingerprint,
  resetStaffPassword,
  staffById,
  verifyLogin,
  type AdminActor,
  type StaffMember,
} from '../staff.ts';
import { hubStatus } from '../status.ts';
import type { Html } from './html.ts';
import {
  beijing,
  enrolPage,
  errorPage,
  logPage,
  loginPage,
  overviewPage,
  passwordPage,
  revokeConfirmPage,
  revokePage,
  staffDeactivatePage,
  staffPage,
  type DeviceSummary,
  type PageContext,
} from './pages.ts';
import { DEFAULT_IDLE_MS, DEFAULT_MAX_AGE_MS, SessionStore, sameSecret, type WebSession } from './sessions.ts';
import { STYLE_CSS } from './style.ts';
import { ADMIN_PREFIX, CLIENT_MESSAGES, clearCookie, cookiesOf, field, queryOf, sameOrigin, setCookie, statusOfError } from './requests.ts';

export { ADMIN_PREFIX };

export interface HubWebDeps {
  db: Kysely<HubDB>;
  /** The hub's name, at the top of every page. */
  name: string;
  /** The hub's clock; tests pass one they move. */
  now?: () => Date;
  /** A session unused this long is ended (default 15 minutes). */
  sessionIdleMs?: number;
  /** A session is ended this long after sign-in whatever its use (default 12 hours). */
  sessionMaxAgeMs?: number;
}

export const SESSION_COOKIE = 'fq_admin';
export const LOGIN_COOKIE = 'fq_admin_login';
export const CONTENT_SECURITY_POLICY = "default-src 'self'; form-action 'self'; frame-ancestors 'none'";
/** Forms are small: a login, a code, a name. */
const FORM_LIMIT = 16 * 1024;
const LOG_PAGE_SIZE = 50;
const DEVICE_ID = /^[0-9a-f]{32}$/;

interface SignedIn {
  staff: StaffMember;
  session: WebSession;
  token: string;
}

/** Registers the staff page under /admin/ in its own Fastify scope (its form parser, headers and error pages stay there). */
export async function registerHubWeb(app: FastifyInstance, deps: HubWebDeps): Promise<void> {
  const { db } = deps;
  const clock = deps.now ?? (() => new Date());
  const sessions = new SessionStore(deps.sessionIdleMs ?? DEFAULT_IDLE_MS, deps.sessionMaxAgeMs ?? DEFAULT_MAX_AGE_MS);
  const signedInOf = new WeakMap<FastifyRequest, SignedIn>();

  const bare = (staff: StaffMember | null = null, csrf: string | null = null): PageContext => ({ hubName: deps.name, staff, csrf });
  const contextOf = (s: SignedIn, request: FastifyRequest): PageContext => {
    const ctx: PageContext = { ...bare(s.staff, s.session.csrf) };
    // A message left by the previous POST is shown once, by the next page (a GET).
    if (request.method === 'GET' && s.session.flash) {
      ctx.flash = s.session.flash;
      s.session.flash = undefined;
    }
    return ctx;
  };
  const actorOf = (s: SignedIn): AdminActor => ({ staffId: s.staff.staffId, name: s.staff.username });
  const send = (reply: FastifyReply, status: number, page: Html) =>
    reply.code(status).type('text/html; charset=utf-8').send(page.toString());
  const sendError = (reply: FastifyReply, ctx: PageContext, status: number, message: string) =>
    send(reply, status, errorPage(ctx, status, message));
  const see = (reply: FastifyReply, to: string, cookies: string[] = []) => {
    if (cookies.length > 0) void reply.header('set-cookie', cookies);
    return reply.redirect(to, 303);
  };

  /** The signed-in staff member of a request; 'expired' for a session that ran out or was ended; null for none. */
  async function signedIn(request: FastifyRequest): Promise<SignedIn | 'expired' | null> {
    const token = cookiesOf(request).get(SESSION_COOKIE);
    if (token === undefined) return null;
    const session = sessions.use(token, clock().getTime());
    if (session === null) return 'expired';
    if (session === 'expired') return 'expired';
    const staff = await staffById(db, session.staffId);
    // Deactivated, or the password changed elsewhere (a reset at the command line): the session ends.
    if (!staff || staff.deactivatedAt !== null || (await passwordFingerprint(db, staff.staffId)) !== session.fingerprint) {
      sessions.end(token);
      return 'expired';
    }
    return { staff, session, token };
  }

  type Handler = (request: FastifyRequest, reply: FastifyReply, s: SignedIn, ctx: PageContext) => Promise<unknown>;

  /** A page for signed-in staff (`admin`: administrators only); POSTs must carry the session's form token. */
  function guarded(need: 'staff' | 'admin', handler: Handler, options: { beforePasswordChange?: boolean } = {}) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const s = await signedIn(request);
      if (s === null || s === 'expired')
        return see(
          reply,
          `${ADMIN_PREFIX}/login${s === 'expired' ? '?expired=1' : ''}`,
          s === 'expired' ? [clearCookie(request, SESSION_COOKIE)] : [],
        );
      signedInOf.set(request, s);
      const ctx = contextOf(s, request);
      if (request.method === 'POST' && (!sameOrigin(request) || !sameSecret(field(request, '_csrf'), s.session.csrf)))
        return sendError(reply, ctx, 403, '表单已失效（页面停留过久或已重新登录），请返回并刷新页面后再提交。');
      if (s.staff.mustChangePassword && !options.beforePasswordChange) return see(reply, `${ADMIN_PREFIX}/password`);
      if (need === 'admin' && s.staff.role !== 'admin') return sendError(reply, ctx, 403, '此页面仅限管理员使用。');
      return handler(request, reply, s, ctx);
    };
  }

  async function deviceRows(): Promise<DeviceSummary[]> {
    const rows = await db
      .selectFrom('devices')
      .select(['device_id', 'committee_code', 'enrolled_at', 'revoked_at', 'last_batch_at', 'app_version'])
      .orderBy('enrolled_at')
      .execute();
    return rows.map((d) => ({
      deviceId: d.device_id,
      committeeCode: d.committee_code,
      enrolledAt: d.enrolled_at,
      revokedAt: d.revoked_at,
      lastBatchAt: d.last_batch_at,
      appVersion: d.app_version,
    }));
  }

  await app.register(
    async (scope) => {
      // Forms only: a JSON or text body (which a page of this hub never sends) is refused with 415.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: FORM_LIMIT },
        (_request, body, done) => {
          done(null, Object.fromEntries(new URLSearchParams(body as string)));
        },
      );
      scope.addHook('onSend', async (_request, reply, payload) => {
        // One-time codes and passwords are shown in answers: never kept by a browser or a proxy.
        reply.header('cache-control', 'no-store');
        reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
        reply.header('x-frame-options', 'DENY');
        reply.header('referrer-policy', 'no-referrer');
        reply.header('cross-origin-opener-policy', 'same-origin');
        return payload;
      });
      scope.setErrorHandler((error, request, reply) => {
        const status = statusOfError(error);
        const s = signedInOf.get(request);
        const ctx = s ? bare(s.staff, s.session.csrf) : bare();
        if (status >= 500) {
          log.error('hub page failed', { url: request.url, error: String((error as Error).stack ?? error) });
          return sendError(
            reply,
            ctx,
            status,
            status === 503 ? '数据库暂时无法访问，请稍后再试。' : '处理请求时出错，请稍后再试；问题持续请联系技术人员。',
          );
        }
        const message = error instanceof AppError ? error.message : (CLIENT_MESSAGES[status] ?? '请求未能完成。');
        return sendError(reply, ctx, status, message);
      });
      scope.setNotFoundHandler((request, reply) => sendError(reply, bare(), 404, `没有这个页面：${request.method} ${request.url}`));

      const post = (path: string, handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
        scope.post(path, { bodyLimit: FORM_LIMIT }, handler);

      scope.get('/style.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(STYLE_CSS));

      // --- Sign-in and out ---------------------------------------------------------------------------------------

      const newLoginToken = () => crypto.randomBytes(32).toString('base64url');

      scope.get('/login', async (request, reply) => {
        const s = await signedIn(request);
        if (s !== null && s !== 'expired') return see(reply, `${ADMIN_PREFIX}/`);
        const loginToken = newLoginToken();
        const anyone = await db.selectFrom('staff').select('staff_id').limit(1).executeTakeFirst();
        const notice = !anyone
          ? '尚未设置工作人员账户：请在区级平台服务器上运行 fengqiao hub staff add --username 登录名 --role admin，用它打印的临时密码登录。'
          : queryOf(request, 'expired')
            ? '登录已过期，请重新登录。'
            : queryOf(request, 'bye')
              ? '您已安全退出。'
              : null;
        void reply.header('set-cookie', [
          setCookie(request, LOGIN_COOKIE, loginToken),
          ...(s === 'expired' ? [clearCookie(request, SESSION_COOKIE)] : []),
        ]);
        return send(reply, 200, loginPage(bare(), { loginToken, notice }));
      });

      post('/login', async (request, reply) => {
        const cookieToken = cookiesOf(request).get(LOGIN_COOKIE) ?? '';
        const username = field(request, 'username').slice(0, 64);
        if (!sameOrigin(request) || !sameSecret(field(request, '_login'), cookieToken)) {
          const loginToken = newLoginToken();
          void reply.header('set-cookie', setCookie(request, LOGIN_COOKIE, loginToken));
          return send(reply, 403, loginPage(bare(), { loginToken, username, error: '登录页已过期，请重新输入后登录。' }));
        }
        const password = field(request, 'password');
        if (username.trim() === '' || password === '')
          return send(reply, 400, loginPage(bare(), { loginToken: cookieToken, username, error: '请填写登录名和密码。' }));
        const now = clock();
        const result = await verifyLogin(db, username, password, { now, ip: request.ip });
        if (!result.ok) {
          const error =
            result.reason === 'locked'
              ? `连续输错密码次数过多，账户已锁定至 ${beijing(result.lockedUntil)}（北京时间）。如需立即使用，请联系管理员重置密码。`
              : '登录名或密码不正确。';
          return send(reply, 401, loginPage(bare(), { loginToken: cookieToken, username, error }));
        }
        // A new token at every sign-in: a token planted before it (session fixation) is worth nothing.
        const old = cookiesOf(request).get(SESSION_COOKIE);
        if (old !== undefined) sessions.end(old);
        const { token } = sessions.create(result.staff.staffId, result.fingerprint, now.getTime());
        return see(reply, result.staff.mustChangePassword ? `${ADMIN_PREFIX}/password` : `${ADMIN_PREFIX}/`, [
          setCookie(request, SESSION_COOKIE, token),
          clearCookie(request, LOGIN_COOKIE),
        ]);
      });

      post(
        '/logout',
        guarded(
          'staff',
          async (request, reply, s) => {
            sessions.end(s.token);
            await logAdminAction(db, actorOf(s), 'logout', {}, request.ip, clock());
            return see(reply, `${ADMIN_PREFIX}/login?bye=1`, [clearCookie(request, SESSION_COOKIE)]);
          },
          { beforePasswordChange: true },
        ),
      );

      scope.get(
        '/password',
        guarded('staff', async (_request, reply, s, ctx) => send(reply, 200, passwordPage(ctx, { forced: s.staff.mustChangePassword })), {
          beforePasswordChange: true,
        }),
      );

      post(
        '/password',
        guarded(
          'staff',
          async (request, reply, s, ctx) => {
            const forced = s.staff.mustChangePassword;
            const next = field(request, 'next');
            if (next !== field(request, 'confirm'))
              return send(reply, 400, passwordPage(ctx, { forced, error: '两次输入的新密码不一致。' }));
            const now = clock();
            try {
              await changeOwnPassword(db, s.staff.staffId, field(request, 'current'), next, { now, ip: request.ip });
            } catch (error) {
              if (error instanceof AppError && (error.code === 'VALIDATION' || error.code === 'CONFLICT'))
                return send(reply, statusOfError(error), passwordPage(ctx, { forced, error: error.message }));
              throw error;
            }
            // Every other session of this account ends, and this one gets a new token.
            sessions.endAllOf(s.staff.staffId);
            const fingerprint = (await passwordFingerprint(db, s.staff.staffId)) ?? '';
            const { session, token } = sessions.create(s.staff.staffId, fingerprint, now.getTime());
            session.flash = { kind: 'ok', text: '新密码已保存。' };
            return see(reply, `${ADMIN_PREFIX}/`, [setCookie(request, SESSION_COOKIE, token)]);
          },
          { beforePasswordChange: true },
        ),
      );

      // --- 概况 ------------------------------------------------------------------------------------------------

      scope.get(
        '/',
        guarded('staff', async (_request, reply, _s, ctx) => send(reply, 200, overviewPage(ctx, await hubStatus(db)))),
      );

      // --- 登记码 ----------------------------------------------------------------------------------------------

      scope.get(
        '/enrol',
        guarded('admin', async (_request, reply, _s, ctx) => send(reply, 200, enrolPage(ctx, {}))),
      );

      post(
        '/enrol',
        guarded('admin', async (request, reply, s, ctx) => {
          const committee = field(request, 'committee').trim();
          const daysText = field(request, 'days').trim() || '7';
          const form = { committee, days: daysText };
          if (!/^\d{1,2}$/.test(daysText) || Number(daysText) < 1 || Number(daysText) > 90)
            return send(reply, 400, enrolPage(ctx, { ...form, error: '有效天数应为1至90天。' }));
          const now = clock();
          let created;
          try {
            created = await createEnrolmentCode(db, committee, now, Number(daysText));
          } catch (error) {
            if (error instanceof AppError && error.code === 'VALIDATION')
              return send(reply, 400, enrolPage(ctx, { ...form, error: error.message }));
            throw error;
          }
          await logAdminAction(
            db,
            actorOf(s),
            'enrolment_code_created',
            { committeeCode: created.committeeCode, expiresAt: created.expiresAt, days: Number(daysText) },
            request.ip,
            now,
          );
          // Shown in this answer only (no-store): the hub keeps the code's hash, never the code.
          return send(reply, 200, enrolPage(ctx, { created }));
        }),
      );

      // --- 停用设备 --------------------------------------------------------------------------------------------

      scope.get(
        '/revoke',
        guarded('admin', async (_request, reply, _s, ctx) => send(reply, 200, revokePage(ctx, await deviceRows()))),
      );

      scope.get(
        '/revoke/confirm',
        guarded('admin', async (request, reply, s, ctx) => {
          const deviceId = queryOf(request, 'device');
          if (!DEVICE_ID.test(deviceId)) return sendError(reply, ctx, 400, '设备编号应为32位十六进制字符。');
          const device = (await deviceRows()).find((d) => d.deviceId === deviceId);
          if (!device) return sendError(reply, ctx, 404, `设备 ${deviceId} 未在区级平台登记。`);
          if (device.revokedAt !== null) {
            s.session.flash = { kind: 'ok', text: `设备 ${deviceId} 已于 ${beijing(device.revokedAt)} 停用。` };
            return see(reply, `${ADMIN_PREFIX}/revoke`);
          }
          return send(reply, 200, revokeConfirmPage(ctx, device));
        }),
      );

      post(
        '/revoke',
        guarded('admin', async (request, reply, s, ctx) => {
          const deviceId = field(request, 'device');
          if (!DEVICE_ID.test(deviceId)) return sendError(reply, ctx, 400, '设备编号应为32位十六进制字符。');
          if (field(request, 'confirm') !== 'yes') return see(reply, `${ADMIN_PREFIX}/revoke/confirm?device=${deviceId}`);
          const device = (await deviceRows()).find((d) => d.deviceId === deviceId);
          if (!device) return sendError(reply, ctx, 404, `设备 ${deviceId} 未在区级平台登记。`);
          if (device.revokedAt === null) {
            const now = clock();
            await revokeDevice(db, deviceId, now);
            await logAdminAction(db, actorOf(s), 'device_revoked', { deviceId, committeeCode: device.committeeCode }, request.ip, now);
            s.session.flash = { kind: 'ok', text: `已停用设备 ${deviceId}：此后平台拒收它的批次。` };
          } else s.session.flash = { kind: 'ok', text: `设备 ${deviceId} 已于 ${beijing(device.revokedAt)} 停用。` };
          return see(reply, `${ADMIN_PREFIX}/revoke`);
        }),
      );

      // --- 工作人员 --------------------------------------------------------------------------------------------

      scope.get(
        '/staff',
        guarded('admin', async (_request, reply, _s, ctx) => send(reply, 200, staffPage(ctx, await listStaff(db), clock()))),
      );

      /** The staff page again with an error of a refused change (400, 404 or 409). */
      const refusedStaffChange = async (reply: FastifyReply, ctx: PageContext, error: unknown, add?: Record<string, string>) => {
        if (!(error instanceof AppError) || !['VALIDATION', 'CONFLICT', 'NOT_FOUND'].includes(error.code)) throw error;
        return send(
          reply,
          statusOfError(error),
          staffPage(ctx, await listStaff(db), clock(), { error: error.message, ...(add ? { add } : {}) }),
        );
      };

      post(
        '/staff/add',
        guarded('admin', async (request, reply, s, ctx) => {
          const add = { username: field(request, 'username'), displayName: field(request, 'displayName'), role: field(request, 'role') };
          const now = clock();
          try {
            const { staff, temporaryPassword } = await createStaff(db, add, actorOf(s), { now, ip: request.ip });
            const secret = { username: staff.username, password: temporaryPassword, what: '已添加工作人员' };
            return send(reply, 200, staffPage(ctx, await listStaff(db), now, { secret }));
          } catch (error) {
            return refusedStaffChange(reply, ctx, error, add);
          }
        }),
      );

      post(
        '/staff/reset',
        guarded('admin', async (request, reply, s, ctx) => {
          const username = field(request, 'username').trim().toLowerCase();
          if (username === s.staff.username)
            return send(reply, 400, staffPage(ctx, await listStaff(db), clock(), { error: '请用“修改密码”修改自己的密码。' }));
          const now = clock();
          try {
            const { staff, temporaryPassword } = await resetStaffPassword(db, username, actorOf(s), { now, ip: request.ip });
            sessions.endAllOf(staff.staffId);
            const secret = { username: staff.username, password: temporaryPassword, what: '已重置密码' };
            return send(reply, 200, staffPage(ctx, await listStaff(db), now, { secret }));
          } catch (error) {
            return refusedStaffChange(reply, ctx, error);
          }
        }),
      );

      scope.get(
        '/staff/deactivate',
        guarded('admin', async (request, reply, _s, ctx) => {
          const username = queryOf(request, 'username').trim().toLowerCase();
          const member = (await listStaff(db)).find((m) => m.username === username && m.deactivatedAt === null);
          if (!member) return sendError(reply, ctx, 404, `没有登录名为 ${username} 的在用工作人员。`);
          return send(reply, 200, staffDeactivatePage(ctx, member));
        }),
      );

      post(
        '/staff/deactivate',
        guarded('admin', async (request, reply, s, ctx) => {
          const now = clock();
          let member: StaffMember;
          try {
            member = await deactivateStaff(db, field(request, 'username'), actorOf(s), { now, ip: request.ip });
          } catch (error) {
            return refusedStaffChange(reply, ctx, error);
          }
          sessions.endAllOf(member.staffId);
          if (member.staffId === s.staff.staffId) return see(reply, `${ADMIN_PREFIX}/login`, [clearCookie(request, SESSION_COOKIE)]);
          s.session.flash = { kind: 'ok', text: `已停用工作人员 ${member.displayName}（${member.username}）。` };
          return see(reply, `${ADMIN_PREFIX}/staff`);
        }),
      );

      // --- 操作记录 --------------------------------------------------------------------------------------------

      scope.get(
        '/log',
        guarded('admin', async (request, reply, _s, ctx) => {
          const asked = /^\d{1,6}$/.test(queryOf(request, 'page')) ? Math.max(1, Number(queryOf(request, 'page'))) : 1;
          const first = await adminLog(db, { page: asked, pageSize: LOG_PAGE_SIZE });
          const pages = Math.max(1, Math.ceil(first.total / LOG_PAGE_SIZE));
          const page = Math.min(asked, pages);
          const { entries, total } = page === asked ? first : await adminLog(db, { page, pageSize: LOG_PAGE_SIZE });
          return send(reply, 200, logPage(ctx, entries, page, pages, total));
        }),
      );
    },
    { prefix: ADMIN_PREFIX },
  );
}
