import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_HEADER, TOKEN_HEADER } from '../../shared/api/result.ts';
import { startHost, type RunningHost } from '../../host/server.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';
import { tempDir } from '../helpers/tempDir.ts';

type Host = RunningHost & { session: string };
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function host() {
  const { register } = await testRegister();
  const root = tempDir();
  const staticDir = path.join(root, 'www');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>枫桥</title>');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  const running = await startHost({ dispatch: register.dispatch, staticDir });
  hosts.push(running);
  const admin = await post({ ...running, session: '' }, 'auth.setupAdmin', {
    username: 'admin',
    name: '管理员',
    password: 'correct horse 1',
  });
  const { value } = (await admin.json()) as { value: { token: string } };
  return { ...running, session: value.token };
}

function post(h: Host, method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${h.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token, [SESSION_HEADER]: h.session, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function rawRequest(h: Host, options: http.RequestOptions, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: h.port, ...options }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser mode host', () => {
  it('listens on 127.0.0.1 only and hands the token in the URL fragment', async () => {
    const h = await host();
    expect(h.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(h.url).toBe(`${h.origin}/#token=${h.token}`);
    expect(h.token.length).toBeGreaterThanOrEqual(40);
  });

  it('serves the dispatcher to a caller with the token', async () => {
    const h = await host();
    const res = await post(h, 'cases.register', sampleCase());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: { number: string } };
    expect(body).toMatchObject({ ok: true, value: { number: '〔2026〕梅园调字第1号' } });
  });

  it('answers 401 to a call without a signed-in session, and the session header cannot make a caller the operator', async () => {
    const h = await host();
    const anonymous = await post(h, 'cases.list', {}, { [SESSION_HEADER]: '' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    expect((await post(h, 'cases.list', {}, { [SESSION_HEADER]: 'forged-token' })).status).toBe(401);
    const recover = await post(h, 'users.recover', { host: 'PC' });
    expect(recover.status).toBe(403);
  });

  it('refuses calls without the token, with a wrong one, or from another origin', async () => {
    const h = await host();
    const noToken = await fetch(`${h.origin}/api/setup.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(403);
    expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await post(h, 'setup.status', {}, { [TOKEN_HEADER]: 'x'.repeat(h.token.length) })).status).toBe(403);
    expect((await post(h, 'setup.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(h, 'setup.status', {}, { origin: h.origin })).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const h = await host();
    const res = await rawRequest(h, { method: 'GET', path: '/', headers: { host: `evil.example:${h.port}` } });
    expect(res.status).toBe(421);
  });

  it('answers bad requests with a 4xx and a Chinese reason', async () => {
    const h = await host();
    const badJson = await post(h, 'cases.register', '{not json');
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('JSON') } });
    const invalid = await post(h, 'cases.register', { ...sampleCase(), facts: '' });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path)).toContain('facts');
    expect((await post(h, 'no.such.method', {})).status).toBe(404);
    const get = await fetch(`${h.origin}/api/setup.status`, { headers: { [TOKEN_HEADER]: h.token } });
    expect(get.status).toBe(404);
    const text = await post(h, 'setup.status', '{}', { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    const huge = await post(h, 'cases.register', JSON.stringify({ ...sampleCase(), facts: '纠'.repeat(10_000_000) }));
    expect(huge.status).toBe(400);
    expect(await huge.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('过大') } });
  });

  it('takes an attachment as large as allowed (a 19 MB scan)', async () => {
    const h = await host();
    const { value } = (await (await post(h, 'cases.register', sampleCase())).json()) as { value: { id: string } };
    const id = value.id;
    const scan = Buffer.alloc(19 * 1024 * 1024, 0x20);
    scan.write('%PDF-1.4\n');
    const res = await post(
      h,
      'attachments.add',
      JSON.stringify({ caseId: id, name: '卷宗扫描件.pdf', category: 'evidence', contentBase64: scan.toString('base64') }),
    );
    expect(await res.json()).toMatchObject({ ok: true, value: { size: scan.length, mime: 'application/pdf' } });
    expect(res.status).toBe(200);
  });

  it('serves the UI with a strict CSP and nothing outside its folder', async () => {
    const h = await host();
    const page = await fetch(`${h.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).toContain('枫桥');
    const traversal = await rawRequest(h, { method: 'GET', path: '/../secret.txt', headers: { host: `127.0.0.1:${h.port}` } });
    expect(traversal.text).not.toContain('secret');
    const encoded = await rawRequest(h, { method: 'GET', path: '/%2e%2e/secret.txt', headers: { host: `127.0.0.1:${h.port}` } });
    expect(encoded.text).not.toContain('secret');
  });
});
