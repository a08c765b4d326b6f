// Enrolment at the hub on SQLite and PostgreSQL: a one-time code for a committee's area code, spent by the first
// device (the same device retrying gets the same answer), refused when unknown, used, expired or for another
// committee; two devices presenting one code at the same moment — only one is enrolled.
import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openHubDatabase, type HubDatabase } from '../../server/db/open.ts';
import { deviceStatus } from '../../server/devices.ts';
import { createEnrolmentCode, enrolDevice } from '../../server/enrolment.ts';
import { HubRefusal } from '../../server/errors.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { tempDir } from '../helpers/tempDir.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const AREA = '320102002000';
const pem = () => crypto.generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
const request = (code: string, publicKeyPem = pem(), areaCode = AREA) => ({
  code,
  publicKeyPem,
  committees: [
    { id: `own-${crypto.randomUUID()}`, areaCode, name: '梅园新村街道人民调解委员会', isOwn: true },
    { id: `kept-${crypto.randomUUID()}`, areaCode: '320102002001', name: '大行宫社区人民调解委员会', isOwn: false },
  ],
  appVersion: '0.1.0',
});

async function problem(work: Promise<unknown>): Promise<string> {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HubRefusal);
  return (error as HubRefusal).problem;
}

let postgres: TestPostgres | null = null;
const opened: HubDatabase[] = [];
afterEach(async () => {
  for (const hub of opened.splice(0)) await hub.close();
});
afterAll(async () => {
  await postgres?.close();
});

describe.each(['sqlite', 'postgres'] as const)('enrolment at the hub (%s)', (dialect) => {
  beforeAll(async () => {
    if (dialect === 'postgres') postgres ??= await startPostgres();
  });

  async function hub() {
    const url = dialect === 'postgres' ? await postgres!.createDatabase() : undefined;
    const h = await openHubDatabase(url, tempDir('fengqiao-enrol-'));
    opened.push(h);
    return h.db;
  }

  it("enrols a device for the code's committee and the kept committees nobody else holds", async () => {
    const db = await hub();
    const { code } = await createEnrolmentCode(db, AREA, NOW);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const body = request(code.toLowerCase().replace(/-/g, ' '));
    const answer = await enrolDevice(db, body, NOW);
    expect(answer.committeeIds.sort()).toEqual(body.committees.map((c) => c.id).sort());
    expect(answer).toMatchObject({ committeeCode: AREA, restorable: 0, maxVersion: 0 });
    expect((await deviceStatus(db, answer.deviceId))?.revoked).toBe(false);
    // The same device retrying (its answer was lost) gets the same enrolment.
    expect((await enrolDevice(db, body, NOW)).deviceId).toBe(answer.deviceId);
    // Another device with the same code does not.
    expect(await problem(enrolDevice(db, request(code), NOW))).toBe('enrol_used');
  });

  it('refuses an unknown, expired or mismatched code, and a malformed request, storing nothing', async () => {
    const db = await hub();
    expect(await problem(enrolDevice(db, request('7KQ2-M9XD-P4TA'), NOW))).toBe('enrol_unknown_code');
    const { code } = await createEnrolmentCode(db, AREA, NOW, 1);
    expect(await problem(enrolDevice(db, request(code), new Date(NOW.getTime() + 2 * 86_400_000)))).toBe('enrol_expired');
    const other = await createEnrolmentCode(db, '320104003000', NOW);
    expect(await problem(enrolDevice(db, request(other.code), NOW))).toBe('enrol_committee_mismatch');
    expect(await problem(enrolDevice(db, { ...request(code), publicKeyPem: 'not a key' }, NOW))).toBe('bad_request');
    expect(await problem(enrolDevice(db, { code }, NOW))).toBe('bad_request');
    expect(await db.selectFrom('devices').select('device_id').execute()).toEqual([]);
    await expect(createEnrolmentCode(db, '3201', NOW)).rejects.toThrow(/区划代码/);
  });

  it('lets only one of two devices presenting one code at the same moment enrol', async () => {
    const db = await hub();
    for (let round = 0; round < 5; round++) {
      const { code } = await createEnrolmentCode(db, AREA, NOW);
      const outcomes = await Promise.allSettled([enrolDevice(db, request(code), NOW), enrolDevice(db, request(code), NOW)]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect((refused.reason as HubRefusal).problem).toBe('enrol_used');
    }
  });
});
