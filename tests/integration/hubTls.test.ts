// The hub speaking HTTPS itself when given a certificate: a register that trusts the district's CA enrols and
// sends through it; one that does not is refused by TLS with words a clerk understands, and nothing is sent.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolmentCode, startHub, type HubProcess, type HubTarget } from '../helpers/hubProcess.ts';
import { fengqiao, initArgs } from '../helpers/runCli.ts';
import { XUANWU_COMMITTEE } from '../helpers/sampleCase.ts';

let dir: string;
let target: HubTarget;
let hub: HubProcess;
let cert: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-tls-'));
  cert = path.join(dir, 'hub.crt');
  const key = path.join(dir, 'hub.key');
  // A self-signed certificate for 127.0.0.1, standing in for the district's own CA.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=fengqiao-hub-test',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  target = { dataDir: path.join(dir, 'hub') };
  hub = await startHub(target, { args: ['--tls-cert', cert, '--tls-key', key] });
});

afterAll(async () => {
  await hub?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the hub over HTTPS', () => {
  it('serves HTTPS; a register trusting its certificate enrols and sends, one that does not is refused plainly', async () => {
    expect(hub.url).toMatch(/^https:\/\//);
    const app = path.join(dir, 'app');
    expect((await fengqiao(initArgs(app))).code).toBe(0);

    const untrusting = await fengqiao([
      'sync',
      'enroll',
      '--data-dir',
      app,
      '--hub',
      hub.url,
      '--code',
      await enrolmentCode(target, XUANWU_COMMITTEE.areaCode),
    ]);
    expect(untrusting.code).toBe(1);
    expect(untrusting.stderr).toMatch(/安全证书无法验证/);

    const env = { NODE_EXTRA_CA_CERTS: cert };
    const code = await enrolmentCode(target, XUANWU_COMMITTEE.areaCode);
    const enrolled = await fengqiao(['sync', 'enroll', '--data-dir', app, '--hub', hub.url, '--code', code, '--json'], { env });
    expect(enrolled.code, enrolled.stderr).toBe(0);
    const pushed = await fengqiao(['sync', 'push', '--data-dir', app, '--json'], { env });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(JSON.parse(pushed.stdout)).toMatchObject({ batches: 1, rejected: 0, pending: 0 });
  });
});
