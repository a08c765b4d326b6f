// The district staff's page of the hub (/admin/), through Fastify's inject, on a real SQLite file and a real
// PostgreSQL database (a throwaway cluster for this file): sign-in with a lock after five failures, the forced
// change of a temporary password, sessions that expire, form tokens, what a viewer may not do, an enrolment code
// that really enrols, a revoked device, the last administrator kept, escaped HTML, and every action in the log.
import crypto from 'node:crypto';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { openHubDatabase, type HubDatabase, type HubDialect } from '../../server/db/open.ts';
import type { HubDB } from '../../server/db/schema.ts';
import { deviceStatus, registerDevice } from '../../server/devices.ts';
import { enrolDevice } from '../../server/enrolment.ts';
import { changeOwnPassword, createStaff, deactivateStaff, logAdminAction, resetStaffPassword } from '../../server/staff.ts';
import { CONTENT_SECURITY_POLICY, registerHubWeb } from '../../server/web/index.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { tempDir } from '../helpers/tempDir.ts';

const START = new Date('2026-12-01T08:00:00.000Z');
const PASSWORD = 'meiyuan-district-2026';
const AREA_CODE = '110105001000';
const MINUTE = 60_000;

let cluster: TestPostgres | null = null;
afterAll(async () => {
  await cluster?.close();
});

const hubs: HubDatabase[] = [];
const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const hub of hubs.splice(0)) await hub.close();
});

/** A browser: keeps the cookies the hub sets and sends them back. */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.send('GET', url, undefined, headers);
  }

  post(url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.send('POST', url, form, headers);
  }

  /** The page at `pageUrl`, then its form posted to `action` with the form token the page carries. */
  async submit(pageUrl: string, action: string, form: Record<string, string>): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl);
    expect(page.statusCode, page.body).toBe(200);
    return this.post(action, { _csrf: tokenOf(page.body, '_csrf'), ...form });
  }

  async login(username: string, password: string): Promise<LightMyRequestResponse> {
    const page = await this.get('/admin/login');
    expect(page.statusCode).toBe(200);
    return this.post('/admin/login', { _login: tokenOf(page.body, '_login'), username, password });
  }

  private async send(method: 'GET' | 'POST', url: string, form?: Record<string, string>, headers: Record<string, string> = {}) {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      ...(form ? { payload: new URLSearchParams(form).toString() } : {}),
    });
    const set = response.headers['set-cookie'];
    for (const line of set === undefined ? [] : Array.isArray(set) ? set : [set]) {
      const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      if (attributes.some((a) => a.toLowerCase() === 'max-age=0')) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
    return response;
  }
}

function tokenOf(body: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]+)"`).exec(body);
  expect(match, `no ${name} field in the page`).not.toBeNull();
  return match![1]!;
}

function secretOf(body: string, label: '登记码' | '临时密码'): string {
  const match = new RegExp(`<div class="secret" aria-label="${label}">([^<]+)</div>`).exec(body);
  expect(match, `no ${label} on the page`).not.toBeNull();
  return match![1]!;
}

async function logOf(db: Kysely<HubDB>) {
  const rows = await db.selectFrom('admin_log').selectAll().orderBy('at').orderBy('log_id').execute();
  return rows.map((r) => ({ actor: r.actor, action: r.action, detail: JSON.parse(r.detail) as Record<string, unknown>, ip: r.ip }));
}

/** A staff member with a password of their own (the temporary one already replaced). */
async function staffMember(db: Kysely<HubDB>, username: string, role: 'admin' | 'viewer'): Promise<string> {
  const { staff, temporaryPassword } = await createStaff(db, { username, role }, 'test', { now: START });
  await changeOwnPassword(db, staff.staffId, temporaryPassword, PASSWORD, { now: START });
  return staff.staffId;
}

function publicKeyPem(): string {
  return crypto.generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

describe.each<HubDialect>(['sqlite', 'postgres'])('the hub page on %s', (dialect) => {
  beforeAll(async () => {
    if (dialect === 'postgres') cluster = await startPostgres();
  });

  interface Scene {
    db: Kysely<HubDB>;
    app: FastifyInstance;
    browser: () => Browser;
    /** Moves the hub's clock on. */
    advance(ms: number): void;
    now(): Date;
  }

  async function scene(): Promise<Scene> {
    const url = dialect === 'postgres' ? await cluster!.createDatabase() : undefined;
    const hub = await openHubDatabase(url, tempDir('fengqiao-hub-'));
    expect(hub.dialect).toBe(dialect);
    hubs.push(hub);
    let clock = START.getTime();
    const app = Fastify({ logger: false });
    apps.push(app);
    await registerHubWeb(app, { db: hub.db, name: '梅园区司法局', now: () => new Date(clock) });
    await app.ready();
    return {
      db: hub.db,
      app,
      browser: () => new Browser(app),
      advance: (ms) => (clock += ms),
      now: () => new Date(clock),
    };
  }

  it('refuses a wrong password, locks the account after five in a row, and lets it in after fifteen minutes', async () => {
    const s = await scene();
    await staffMember(s.db, 'wang', 'admin');
    const b = s.browser();

    const unknown = await b.login('nobody', PASSWORD);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toContain('登录名或密码不正确');
    for (let i = 1; i <= 4; i++) {
      const wrong = await b.login('wang', `wrong-password-${i}`);
      expect(wrong.statusCode).toBe(401);
      expect(wrong.body).toContain('登录名或密码不正确');
      expect(b.cookies.has('fq_admin')).toBe(false);
    }
    const fifth = await b.login('wang', 'wrong-password-5');
    expect(fifth.body).toContain('账户已锁定至 2026-12-01 16:15');
    // Locked: even the right password is refused.
    const locked = await b.login('WANG', PASSWORD);
    expect(locked.statusCode).toBe(401);
    expect(locked.body).toContain('账户已锁定');
    expect(b.cookies.has('fq_admin')).toBe(false);

    s.advance(15 * MINUTE + 1000);
    const after = await b.login('wang', PASSWORD);
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/admin/');
    expect(b.cookies.has('fq_admin')).toBe(true);
    expect((await b.get('/admin/')).statusCode).toBe(200);

    const log = (await logOf(s.db)).filter((e) => e.action !== 'staff_added' && e.action !== 'password_changed');
    expect(log.map((e) => e.action)).toEqual(['login_failed', ...Array(5).fill('login_failed'), 'account_locked', 'login_failed', 'login']);
    expect(log[0]!.detail).toMatchObject({ username: 'nobody', reason: 'unknown_user' });
    expect(log[5]!.detail).toMatchObject({ username: 'wang', reason: 'bad_password', failures: 5 });
    expect(log[7]!.detail).toMatchObject({ reason: 'locked' });
    expect(log.every((e) => e.ip === '127.0.0.1')).toBe(true);
    const row = await s.db.selectFrom('staff').selectAll().where('username', '=', 'wang').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ last_login_at: s.now().toISOString() });
    expect(Number(row.failed_logins)).toBe(0);
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });

  it('makes a new account change its temporary password before anything else', async () => {
    const s = await scene();
    const { temporaryPassword } = await createStaff(s.db, { username: 'li', role: 'viewer', displayName: '李娜' }, 'test');
    const b = s.browser();

    const login = await b.login('li', temporaryPassword);
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/admin/password');
    const overview = await b.get('/admin/');
    expect(overview.statusCode).toBe(303);
    expect(overview.headers.location).toBe('/admin/password');
    const page = await b.get('/admin/password');
    expect(page.body).toContain('请先设置新密码');

    const short = await b.submit('/admin/password', '/admin/password', { current: temporaryPassword, next: 'short', confirm: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('密码至少10个字符');
    const mismatch = await b.submit('/admin/password', '/admin/password', {
      current: temporaryPassword,
      next: PASSWORD,
      confirm: `${PASSWORD}x`,
    });
    expect(mismatch.body).toContain('两次输入的新密码不一致');
    const wrongCurrent = await b.submit('/admin/password', '/admin/password', {
      current: 'not-it-at-all',
      next: PASSWORD,
      confirm: PASSWORD,
    });
    expect(wrongCurrent.body).toContain('当前密码不正确');

    const before = b.cookies.get('fq_admin');
    const changed = await b.submit('/admin/password', '/admin/password', { current: temporaryPassword, next: PASSWORD, confirm: PASSWORD });
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe('/admin/');
    expect(b.cookies.get('fq_admin')).not.toBe(before);
    const now = await b.get('/admin/');
    expect(now.statusCode).toBe(200);
    expect(now.body).toContain('新密码已保存');

    const row = await s.db.selectFrom('staff').selectAll().where('username', '=', 'li').executeTakeFirstOrThrow();
    expect(Number(row.must_change_password)).toBe(0);
    expect((await s.browser().login('li', temporaryPassword)).statusCode).toBe(401);
    expect((await s.browser().login('li', PASSWORD)).headers.location).toBe('/admin/');
    expect((await logOf(s.db)).map((e) => e.action)).toContain('password_changed');
  });

  it('shows a viewer 概况 and nothing an administrator does', async () => {
    const s = await scene();
    await staffMember(s.db, 'zhao', 'viewer');
    await registerDevice(s.db, { publicKeyPem: publicKeyPem(), committeeIds: ['c-1'] }, START);
    const b = s.browser();
    expect((await b.login('zhao', PASSWORD)).headers.location).toBe('/admin/');

    const overview = await b.get('/admin/');
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('<h1>概况</h1>');
    expect(overview.body).not.toContain('href="/admin/enrol"');
    expect(overview.body).toContain('查看人员');
    const csrf = tokenOf(overview.body, '_csrf');
    for (const url of ['/admin/enrol', '/admin/revoke', '/admin/staff', '/admin/log']) {
      const refused = await b.get(url);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.body).toContain('此页面仅限管理员使用');
    }
    const deviceId = (await s.db.selectFrom('devices').select('device_id').executeTakeFirstOrThrow()).device_id;
    expect((await b.post('/admin/enrol', { _csrf: csrf, committee: AREA_CODE, days: '7' })).statusCode).toBe(403);
    expect((await b.post('/admin/revoke', { _csrf: csrf, device: deviceId, confirm: 'yes' })).statusCode).toBe(403);
    expect((await b.post('/admin/staff/add', { _csrf: csrf, username: 'sneaky', role: 'admin' })).statusCode).toBe(403);
    expect(await s.db.selectFrom('enrolment_codes').selectAll().execute()).toEqual([]);
    expect((await deviceStatus(s.db, deviceId))?.revoked).toBe(false);
    expect(await s.db.selectFrom('staff').select('username').where('username', '=', 'sneaky').execute()).toEqual([]);
  });

  it('lets an administrator make an enrolment code that enrols a device, shown once and logged without the code', async () => {
    const s = await scene();
    await staffMember(s.db, 'wang', 'admin');
    const b = s.browser();
    await b.login('wang', PASSWORD);

    const bad = await b.submit('/admin/enrol', '/admin/enrol', { committee: '1101', days: '7' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('调委会代码不正确');

    const made = await b.submit('/admin/enrol', '/admin/enrol', { committee: AREA_CODE, days: '3' });
    expect(made.statusCode).toBe(200);
    const code = secretOf(made.body, '登记码');
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(made.body).toContain('有效至 <strong>2026-12-04 16:00</strong>');
    expect(made.headers['cache-control']).toBe('no-store');
    expect((await b.get('/admin/enrol')).body).not.toContain(code);

    const enrolled = await enrolDevice(
      s.db,
      {
        code,
        publicKeyPem: publicKeyPem(),
        committees: [{ id: 'c-meiyuan', areaCode: AREA_CODE, name: '梅园街道人民调解委员会', isOwn: true }],
        appVersion: '0.1.0',
      },
      s.now(),
    );
    expect(enrolled).toMatchObject({ committeeCode: AREA_CODE, committeeIds: ['c-meiyuan'] });
    const overview = await b.get('/admin/');
    expect(overview.body).toContain(enrolled.deviceId);
    expect(overview.body).toContain('0.1.0');

    const log = await logOf(s.db);
    const entry = log.find((e) => e.action === 'enrolment_code_created');
    expect(entry).toMatchObject({ actor: 'wang', detail: { committeeCode: AREA_CODE, days: 3, expiresAt: '2026-12-04T08:00:00.000Z' } });
    expect(JSON.stringify(log)).not.toContain(code);
  });

  it('revokes a device only after the confirmation, and logs it', async () => {
    const s = await scene();
    await staffMember(s.db, 'wang', 'admin');
    const { deviceId } = await registerDevice(s.db, { publicKeyPem: publicKeyPem(), committeeIds: ['c-1'] }, START);
    const b = s.browser();
    await b.login('wang', PASSWORD);

    const list = await b.get('/admin/revoke');
    expect(list.body).toContain(`/admin/revoke/confirm?device=${deviceId}`);
    const confirm = await b.get(`/admin/revoke/confirm?device=${deviceId}`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('确认停用');
    expect((await deviceStatus(s.db, deviceId))?.revoked).toBe(false);

    const unconfirmed = await b.post('/admin/revoke', { _csrf: tokenOf(confirm.body, '_csrf'), device: deviceId });
    expect(unconfirmed.statusCode).toBe(303);
    expect(unconfirmed.headers.location).toBe(`/admin/revoke/confirm?device=${deviceId}`);
    expect((await deviceStatus(s.db, deviceId))?.revoked).toBe(false);

    const revoked = await b.post('/admin/revoke', { _csrf: tokenOf(confirm.body, '_csrf'), device: deviceId, confirm: 'yes' });
    expect(revoked.statusCode).toBe(303);
    expect((await deviceStatus(s.db, deviceId))?.revoked).toBe(true);
    const after = await b.get('/admin/revoke');
    expect(after.body).toContain(`已停用设备 ${deviceId}`);
    expect(after.body).not.toContain(`/admin/revoke/confirm?device=${deviceId}`);
    expect((await b.get('/admin/revoke')).body).not.toContain('已停用设备'); // the message is shown once

    const unknown = await b.submit('/admin/revoke', '/admin/revoke', { device: 'f'.repeat(32), confirm: 'yes' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('未在区级平台登记');

    expect((await logOf(s.db)).filter((e) => e.action === 'device_revoked')).toEqual([
      { actor: 'wang', action: 'device_revoked', detail: { deviceId, committeeCode: null }, ip: '127.0.0.1' },
    ]);
  });

  it('refuses a POST without the form token, with a wrong one or from another site', async () => {
    const s = await scene();
    await staffMember(s.db, 'wang', 'admin');
    const b = s.browser();
    await b.login('wang', PASSWORD);
    const page = await b.get('/admin/enrol');
    const csrf = tokenOf(page.body, '_csrf');

    const none = await b.post('/admin/enrol', { committee: AREA_CODE, days: '7' });
    expect(none.statusCode).toBe(403);
    expect(none.body).toContain('表单已失效');
    expect((await b.post('/admin/enrol', { _csrf: `${csrf.slice(0, -2)}xx`, committee: AREA_CODE })).statusCode).toBe(403);
    const foreign = await b.post('/admin/enrol', { _csrf: csrf, committee: AREA_CODE }, { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    const crossSite = await b.post('/admin/enrol', { _csrf: csrf, committee: AREA_CODE }, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    const json = await s.app.inject({
      method: 'POST',
      url: '/admin/enrol',
      headers: { cookie: `fq_admin=${b.cookies.get('fq_admin')}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ _csrf: csrf, committee: AREA_CODE }),
    });
    expect(json.statusCode).toBe(415);
    expect(json.body).toContain('请通过页面上的表单提交');
    expect(await s.db.selectFrom('enrolment_codes').selectAll().execute()).toEqual([]);
    // The sign-in form needs the token of its own cookie.
    const other = s.browser();
    const forged = await other.post('/admin/login', { username: 'wang', password: PASSWORD });
    expect(forged.statusCode).toBe(403);
    expect(other.cookies.has('fq_admin')).toBe(false);

    // With the token the same request goes through.
    expect((await b.post('/admin/enrol', { _csrf: csrf, committee: AREA_CODE, days: '7' })).statusCode).toBe(200);
  });

  it('ends a session after fifteen idle minutes, after twelve hours in any case, and at logout', async () => {
    const s = await scene();
    await staffMember(s.db, 'wang', 'admin');
    const b = s.browser();
    await b.login('wang', PASSWORD);

    s.advance(14 * MINUTE);
    expect((await b.get('/admin/')).statusCode).toBe(200);
    s.advance(14 * MINUTE);
    expect((await b.get('/admin/')).statusCode).toBe(200); // idle time counts from the last request
    s.advance(15 * MINUTE + 1000);
    const idle = await b.get('/admin/');
    expect(idle.statusCode).toBe(303);
    expect(idle.headers.location).toBe('/admin/login?expired=1');
    expect(b.cookies.has('fq_admin')).toBe(false);
    expect((await b.get('/admin/login?expired=1')).body).toContain('登录已过期');

    await b.login('wang', PASSWORD);
    let seen = 0;
    for (;;) {
      s.advance(10 * MINUTE);
      const page = await b.get('/admin/');
      if (page.statusCode !== 200) {
        expect(page.headers.location).toBe('/admin/login?expired=1');
        break;
      }
      seen += 10;
    }
    expect(seen).toBe(12 * 60);

    await b.login('wang', PASSWORD);
    const overview = await b.get('/admin/');
    const token = b.cookies.get('fq_admin')!;
    const out = await b.post('/admin/logout', { _csrf: tokenOf(overview.body, '_csrf') });
    expect(out.headers.location).toBe('/admin/login?bye=1');
    // The old token is worthless even if someone kept it.
    b.cookies.set('fq_admin', token);
    expect((await b.get('/admin/')).statusCode).toBe(303);

    // A password reset elsewhere (the command line) ends the session too.
    const viewer = s.browser();
    await staffMember(s.db, 'zhao', 'viewer');
    await viewer.login('zhao', PASSWORD);
    expect((await viewer.get('/admin/')).statusCode).toBe(200);
    await resetStaffPassword(s.db, 'zhao', 'cli:root');
    expect((await viewer.get('/admin/')).headers.location).toBe('/admin/login?expired=1');
    expect((await logOf(s.db)).map((e) => e.action)).toContain('logout');
  });

  it('sets the cookie HttpOnly and SameSite=Strict (Secure over HTTPS) and sends a strict Content-Security-Policy', async () => {
    const s = await scene();
    await staffMember(s.db, 'wang', 'admin');
    const b = s.browser();
    const page = await b.get('/admin/login');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const login = await b.post('/admin/login', { _login: tokenOf(page.body, '_login'), username: 'wang', password: PASSWORD });
    const cookie = [login.headers['set-cookie']].flat().find((c) => c?.startsWith('fq_admin='))!;
    expect(cookie).toMatch(/^fq_admin=[A-Za-z0-9_-]{43}; Path=\/admin; HttpOnly; SameSite=Strict$/);
    expect((await b.get('/admin/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await b.get('/admin/nothing-here')).body).toContain('页面不存在');

    // Behind a TLS-terminating proxy the hub trusts (trustProxy), the request is HTTPS: the cookie is Secure.
    const secureApp = Fastify({ logger: false, trustProxy: true });
    apps.push(secureApp);
    await registerHubWeb(secureApp, { db: s.db, name: '梅园区司法局', now: s.now });
    const secure = new Browser(secureApp);
    const securePage = await secure.get('/admin/login', { 'x-forwarded-proto': 'https' });
    expect([securePage.headers['set-cookie']].flat()[0]).toMatch(/; Secure$/);
  });

  it('escapes every value it shows: a committee named <script> is text', async () => {
    const s = await scene();
    await staffMember(s.db, 'wang', 'admin');
    const name = '<script>alert("梅园")</script>';
    await s.db
      .insertInto('records')
      .values({
        kind: 'committee',
        record_id: 'c-evil',
        committee_id: 'c-evil',
        version: 1,
        data: JSON.stringify({ name, areaCode: '"><img src=x onerror=alert(1)>' }),
        device_id: 'd',
        received_at: START.toISOString(),
        batch_id: 'b',
      })
      .execute();
    const b = s.browser();
    await b.login('wang', PASSWORD);
    const overview = await b.get('/admin/');
    expect(overview.statusCode).toBe(200);
    expect(overview.body).not.toContain('<script>');
    expect(overview.body).not.toContain('<img');
    expect(overview.body).toContain('&lt;script&gt;alert(&quot;梅园&quot;)&lt;/script&gt;');
    expect(overview.body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');

    // What a visitor types is escaped too, on the sign-in page and in the log.
    const typed = await s.browser().login('<b>x</b>"', 'whatever-password');
    expect(typed.body).toContain('value="&lt;b&gt;x&lt;/b&gt;&quot;"');
    const log = await b.get('/admin/log');
    expect(log.body).toContain('&lt;b&gt;x&lt;/b&gt;&quot;');
    expect(log.body).not.toContain('<b>x</b>');
  });

  it('never deactivates the last administrator, and logs the staff changes made on the page', async () => {
    const s = await scene();
    await staffMember(s.db, 'wang', 'admin');
    const b = s.browser();
    await b.login('wang', PASSWORD);

    const self = await b.submit('/admin/staff', '/admin/staff/deactivate', { username: 'wang' });
    expect(self.statusCode).toBe(409);
    expect(self.body).toContain('不能停用最后一位在用的管理员');
    await expect(deactivateStaff(s.db, 'wang', 'cli:root')).rejects.toMatchObject({ code: 'CONFLICT' });

    const added = await b.submit('/admin/staff', '/admin/staff/add', { username: 'Liu', displayName: '刘洋', role: 'admin' });
    expect(added.statusCode).toBe(200);
    const temporary = secretOf(added.body, '临时密码');
    expect(temporary).toMatch(/^[A-Za-z2-9]{12}$/);
    const taken = await b.submit('/admin/staff', '/admin/staff/add', { username: 'liu', role: 'viewer' });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain('登录名 liu 已被使用');

    const reset = await b.submit('/admin/staff', '/admin/staff/reset', { username: 'liu' });
    const second = secretOf(reset.body, '临时密码');
    expect(second).not.toBe(temporary);
    expect((await s.browser().login('liu', temporary)).statusCode).toBe(401);
    expect((await s.browser().login('liu', second)).headers.location).toBe('/admin/password');

    const confirm = await b.get('/admin/staff/deactivate?username=liu');
    expect(confirm.body).toContain('确认停用工作人员');
    const done = await b.post('/admin/staff/deactivate', { _csrf: tokenOf(confirm.body, '_csrf'), username: 'liu' });
    expect(done.statusCode).toBe(303);
    expect((await b.get('/admin/staff')).body).toContain('已停用工作人员 刘洋（liu）');
    expect((await s.browser().login('liu', second)).statusCode).toBe(401);
    const byWang = (await logOf(s.db)).filter((e) => e.actor === 'wang').map((e) => e.action);
    expect(byWang).toEqual(['password_changed', 'login', 'staff_added', 'staff_password_reset', 'staff_deactivated']);

    // Two administrators deactivating each other at once: one of them stays.
    await staffMember(s.db, 'zhou', 'admin');
    const outcomes = await Promise.allSettled([deactivateStaff(s.db, 'wang', 'zhou'), deactivateStaff(s.db, 'zhou', 'wang')]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    const admins = await s.db
      .selectFrom('staff')
      .select('staff_id')
      .where('role', '=', 'admin')
      .where('deactivated_at', 'is', null)
      .execute();
    expect(admins).toHaveLength(1);

    const staffLog = (await logOf(s.db)).find((e) => e.action === 'staff_added' && e.actor === 'wang');
    expect(staffLog?.detail).toEqual({ username: 'liu', role: 'admin', displayName: '刘洋' });
    expect(JSON.stringify(await logOf(s.db))).not.toContain(second);
  });

  it('shows the log newest first, fifty to a page', async () => {
    const s = await scene();
    await staffMember(s.db, 'wang', 'admin');
    for (let i = 1; i <= 60; i++)
      await logAdminAction(s.db, 'cli:root', 'device_revoked', { deviceId: `device-${i}` }, null, new Date(START.getTime() - i * 1000));
    const b = s.browser();
    await b.login('wang', PASSWORD);
    const first = await b.get('/admin/log');
    expect(first.body).toContain('共 63 条');
    expect(first.body).toContain('第 1 / 2 页');
    const order = [...first.body.matchAll(/<td>(登录|添加工作人员|修改密码|停用设备)<\/td>/g)].map((m) => m[1]);
    expect(order.slice(0, 3)).toEqual(['登录', '修改密码', '添加工作人员']);
    expect(first.body).toContain('deviceId: device-1<');
    expect(first.body).not.toContain('device-48<');
    const second = await b.get('/admin/log?page=2');
    expect(second.body).toContain('deviceId: device-60<');
    expect(second.body).toContain('第 2 / 2 页');
    expect((await b.get('/admin/log?page=99')).body).toContain('第 2 / 2 页');
  });
});
