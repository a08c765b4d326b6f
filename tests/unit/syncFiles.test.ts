// The small formats and rules of the sync: enrolment codes as typed by a clerk, the offline file (FQPACK), the
// hub's signed receipts and receipts file, signed device requests, hub addresses, and the backoff's bounds.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EnrolRequest, normaliseEnrolmentCode, type Receipt } from '../../shared/sync/protocol.ts';
import { BatchError, packBundle, unpackBundle } from '../../services/sync/batchFile.ts';
import { normaliseHubUrl } from '../../services/sync/client.ts';
import { signDeviceRequest, verifyDeviceRequest } from '../../services/sync/deviceRequest.ts';
import { backoffDelay } from '../../services/sync/push.ts';
import { readReceiptFile, receiptFileText, signReceipt, verifyReceipt } from '../../services/sync/receiptFile.ts';

const DEVICE = 'a'.repeat(32);
const receipt: Receipt = {
  format: 1,
  batchId: 'b'.repeat(32),
  deviceId: DEVICE,
  receivedAt: '2026-12-01T08:00:00.000Z',
  duplicate: false,
  records: [
    { kind: 'case', id: 'c1', version: 7, status: 'accepted' },
    { kind: 'case', id: 'c2', version: 9, status: 'rejected', reason: '当事人身份证号码校验位不正确' },
  ],
};

function problemOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof BatchError) return error.problem;
    throw error;
  }
  throw new Error('expected a BatchError');
}

describe('enrolment codes as typed', () => {
  it('ignores case, spaces and hyphens and reads O as 0 and I/L as 1', () => {
    expect(normaliseEnrolmentCode(' 7kq2 m9xd-p4ta ')).toBe('7KQ2M9XDP4TA');
    expect(normaliseEnrolmentCode('OIL0-0000-0000')).toBe('011000000000');
  });

  it('refuses a code of the wrong length or with a letter the alphabet lacks, in words', () => {
    const base = { publicKeyPem: 'x', committees: [{ id: 'c', areaCode: '320102002000', name: '梅园', isOwn: true }], appVersion: '1' };
    expect(EnrolRequest.safeParse({ ...base, code: '7KQ2-M9XD-P4T' }).success).toBe(false);
    const withU = EnrolRequest.safeParse({ ...base, code: '7KQ2-M9XD-P4TU' });
    expect(withU.success).toBe(false);
    expect(withU.error?.issues[0]?.message).toMatch(/登记码/);
    expect(EnrolRequest.parse({ ...base, code: '7kq2-m9xd-p4ta' }).code).toBe('7KQ2M9XDP4TA');
  });
});

describe('the offline file', () => {
  const batches = [Buffer.from('FQSYNC\u0001first'), Buffer.from('FQSYNC\u0001second batch')];

  it('carries the batches in order, and a single batch file reads as a bundle of one', () => {
    expect(unpackBundle(packBundle(batches)).map(String)).toEqual(batches.map(String));
    expect(unpackBundle(batches[0]!).map(String)).toEqual([String(batches[0])]);
  });

  it('tells a copy cut short at any length, a changed byte and a foreign file apart', () => {
    const whole = packBundle(batches);
    const cuts = new Set<string>();
    for (let length = 7; length < whole.length; length++) cuts.add(problemOf(() => unpackBundle(whole.subarray(0, length))));
    expect([...cuts].every((p) => p === 'truncated' || p === 'bad_hash')).toBe(true);
    const changed = Buffer.from(whole);
    changed[20]! ^= 0x40;
    expect(problemOf(() => unpackBundle(changed))).toBe('bad_hash');
    expect(problemOf(() => unpackBundle(Buffer.from('%PDF-1.7 …')))).toBe('not_a_batch');
    expect(problemOf(() => unpackBundle(Buffer.concat([whole, Buffer.from('x')])))).toBe('bad_hash');
  });
});

describe("the hub's receipts", () => {
  const hub = crypto.generateKeyPairSync('ed25519');

  it('verify with the hub key, for this device only, and not once changed', () => {
    const signed = signReceipt(receipt, hub.privateKey, 'hub');
    expect(verifyReceipt(signed, hub.publicKey, DEVICE)).toEqual(receipt);
    expect(() => verifyReceipt(signed, hub.publicKey, 'c'.repeat(32))).toThrow(/另一台设备/);
    const changed = { ...signed, receipt: { ...signed.receipt, records: [{ ...receipt.records[0]!, version: 8 }] } };
    expect(() => verifyReceipt(changed, hub.publicKey, DEVICE)).toThrow(/签名无效/);
    const other = crypto.generateKeyPairSync('ed25519');
    expect(() => verifyReceipt(signed, other.publicKey, DEVICE)).toThrow(/签名无效/);
  });

  it('travel in a receipts file that refuses anything else', () => {
    const text = receiptFileText([signReceipt(receipt, hub.privateKey, 'hub')]);
    expect(readReceiptFile(Buffer.from(text), hub.publicKey, DEVICE)).toEqual([receipt]);
    expect(() => readReceiptFile(Buffer.from(text.slice(0, 40)), hub.publicKey, DEVICE)).toThrow(/不是枫桥的回执文件/);
    expect(() => readReceiptFile(Buffer.from('{"format":1,"type":"other","receipts":[]}'), hub.publicKey, DEVICE)).toThrow(/格式不符/);
  });
});

describe('signed device requests', () => {
  it('verify only with the signing key and the exact body', () => {
    const device = crypto.generateKeyPairSync('ed25519');
    const request = signDeviceRequest(
      { action: 'pull', deviceId: DEVICE, challenge: 'd'.repeat(64), referenceVersion: 0, notesAfter: 0 },
      device.privateKey,
    );
    expect(verifyDeviceRequest(request, device.publicKey)).toBe(true);
    expect(verifyDeviceRequest({ ...request, body: request.body.replace('"notesAfter":0', '"notesAfter":1') }, device.publicKey)).toBe(
      false,
    );
    expect(verifyDeviceRequest({ ...request, signature: 'not base64 at all' }, device.publicKey)).toBe(false);
    expect(verifyDeviceRequest(request, crypto.generateKeyPairSync('ed25519').publicKey)).toBe(false);
  });
});

describe('hub addresses and the backoff', () => {
  it('accepts http(s) addresses and refuses credentials, queries and other schemes', () => {
    expect(normaliseHubUrl(' https://tongbu.example.gov.cn/ ')).toBe('https://tongbu.example.gov.cn');
    expect(normaliseHubUrl('http://10.1.2.3:8720/hub/')).toBe('http://10.1.2.3:8720/hub');
    expect(() => normaliseHubUrl('ftp://x')).toThrow(/https:\/\//);
    expect(() => normaliseHubUrl('https://u:p@x')).toThrow(/用户名/);
    expect(() => normaliseHubUrl('tongbu')).toThrow(/地址不正确/);
  });

  it('doubles from the base up to the cap, between half and all of it', () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffDelay(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffDelay(3, 1000, 60_000, () => 0)).toBe(2000);
    expect(backoffDelay(3, 1000, 60_000, () => 1)).toBe(4000);
    expect(backoffDelay(20, 1000, 60_000, () => 1)).toBe(60_000);
    expect(backoffDelay(20, 1000, 60_000, () => 0)).toBe(30_000);
  });
});
