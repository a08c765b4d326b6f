// Receipts as the hub signs them, online and on the offline path alike: the hub's Ed25519 signature over
// `FQRCPT\n` + the receipt's canonical JSON. The register learns the hub's public key at enrolment and takes in
// no receipt that key did not sign, so a forged or changed receipt file can never mark a record as delivered.
import crypto, { type KeyObject } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import { canonicalJson } from '../../shared/sync/canonical.ts';
import { BATCH_FORMAT, RECEIPT_FILE_TYPE, ReceiptFile, SignedReceipt, type Receipt } from '../../shared/sync/protocol.ts';

const PREFIX = 'FQRCPT\n';

function signedBytes(receipt: Receipt): Buffer {
  return Buffer.from(PREFIX + canonicalJson(receipt), 'utf8');
}

/** The hub's signature on a receipt. Example: `signReceipt(receipt, hub.privateKey, hub.hubId)`. */
export function signReceipt(receipt: Receipt, privateKey: KeyObject, hubId: string): SignedReceipt {
  return { receipt, hubId, signature: crypto.sign(null, signedBytes(receipt), privateKey).toString('base64') };
}

/**
 * The receipt inside a signed one, when the hub's key signed it and it is for this device; VALIDATION otherwise
 * (the register then keeps every record pending). `value` is untrusted JSON.
 */
export function verifyReceipt(value: unknown, hubPublicKey: KeyObject, deviceId: string): Receipt {
  const parsed = SignedReceipt.safeParse(value);
  if (!parsed.success) throw new AppError('VALIDATION', '回执格式不正确');
  const { receipt, signature } = parsed.data;
  let valid = false;
  try {
    valid = crypto.verify(null, signedBytes(receipt), hubPublicKey, Buffer.from(signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) throw new AppError('VALIDATION', '回执签名无效：不是本机登记的区级平台签发的，或已被改动');
  if (receipt.deviceId !== deviceId) throw new AppError('VALIDATION', `回执属于另一台设备（${receipt.deviceId}），不是本机的`);
  return receipt;
}

/** The receipts file's text (JSON) for the offline path. */
export function receiptFileText(receipts: SignedReceipt[]): string {
  const file: ReceiptFile = { format: BATCH_FORMAT, type: RECEIPT_FILE_TYPE, receipts };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Every receipt of a receipts file, each verified; VALIDATION (in words for the clerk) when any is not right. */
export function readReceiptFile(bytes: Uint8Array, hubPublicKey: KeyObject, deviceId: string): Receipt[] {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('VALIDATION', '这不是枫桥的回执文件（无法读取，可能拷贝不完整）');
  }
  const parsed = ReceiptFile.safeParse(json);
  if (!parsed.success) throw new AppError('VALIDATION', '这不是枫桥的回执文件（格式不符）');
  return parsed.data.receipts.map((signed) => verifyReceipt(signed, hubPublicKey, deviceId));
}
