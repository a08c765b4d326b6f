// What travels down from the district hub to the registers (docs/sync-protocol.md, "Downward"): the reference
// data the district owns, versioned as a whole, and the district's notes on a committee's records. Requests for
// them are signed by the device's key over a one-time challenge from the hub (never trusting the device's clock).
import { z } from '../zod.ts';
import { LifecycleConfig } from '../domain/config.ts';
import { COMMITTEE_KIND_CODES, DISPUTE_TYPE_CODES } from '../domain/reference.ts';
import { SYNC_KINDS } from './protocol.ts';

/** Attachments travel in chunks of 1 MiB, each its own request, so a cut line costs one chunk, not the file. */
export const FILE_CHUNK_BYTES = 1024 * 1024;
/** The largest attachment the register accepts (shared/domain/attachment.ts) is far below this. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const deviceId = z.string().regex(/^[0-9a-f]{32}$/, '设备编号格式不正确');
const challenge = z.string().regex(/^[0-9a-f]{64}$/, '挑战码格式不正确');

/**
 * The district's reference data as it publishes it (`hub reference publish`): each part optional — a part left
 * out (null) leaves the registers' own setting as it is. Codes stay the MoJ's: a district may rename a dispute type
 * for its forms or stop offering it, never invent one, so the statistics still add up across districts.
 */
export const ReferenceContent = z.object({
  disputeTypes: z
    .array(z.object({ code: z.enum(DISPUTE_TYPE_CODES), label: z.string().trim().min(1).max(30), active: z.boolean() }))
    .max(DISPUTE_TYPE_CODES.length)
    .refine((list) => new Set(list.map((t) => t.code)).size === list.length, '纠纷类型代码重复')
    .nullable()
    .default(null),
  /** 四色预警: names, criteria, handling and review intervals, and the group-dispute size. */
  warnings: LifecycleConfig.shape.warnings.nullable().default(null),
  /** The district's committee registry, for choosing a kept committee's name and code the district knows. */
  committees: z
    .array(
      z.object({
        areaCode: z.string().regex(/^\d{12}$/),
        name: z.string().trim().min(2).max(60),
        kind: z.enum(COMMITTEE_KIND_CODES),
        parentCode: z
          .string()
          .regex(/^\d{12}$/)
          .nullable(),
      }),
    )
    .max(50_000)
    .default([]),
  announcements: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        title: z.string().trim().min(1).max(100),
        body: z.string().trim().min(1).max(5000),
        publishedAt: z.string().max(40),
      }),
    )
    .max(100)
    .default([]),
});
export type ReferenceContent = z.infer<typeof ReferenceContent>;

/** One published version: the content with its number (1, 2, …, assigned by the hub) and the hub's time. */
export const ReferenceData = ReferenceContent.extend({
  version: z.number().int().positive(),
  publishedAt: z.string(),
});
export type ReferenceData = z.infer<typeof ReferenceData>;

/** A note of the district on one of a committee's records: a question or a correction for the clerk to act on. */
export const HubNote = z.object({
  noteId: z.string().min(1).max(64),
  /** The hub's order of notes: a register asks for the ones after the last it has. */
  seq: z.number().int().positive(),
  committeeId: z.string().min(1).max(64),
  kind: z.enum(SYNC_KINDS),
  recordId: z.string().min(1).max(64),
  body: z.string().min(1).max(2000),
  author: z.string().max(60),
  createdAt: z.string(),
});
export type HubNote = z.infer<typeof HubNote>;

/** `POST /v1/challenge`: a one-time value (5 minutes) the device signs into its next request. */
export const ChallengeRequest = z.object({ deviceId });
export const ChallengeResponse = z.object({ challenge, expiresAt: z.string() });

/** What a device asks for in a signed request; the body is sent as the exact JSON text that was signed. */
export const DeviceRequestBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('pull'),
    deviceId,
    challenge,
    /** The reference version the register has applied (0: none); the hub records it for the district. */
    referenceVersion: z.number().int().nonnegative(),
    /** The last note seq the register holds. */
    notesAfter: z.number().int().nonnegative(),
  }),
  z.object({
    /** One chunk of an attachment's file, sent as the request's body (the file's bytes from `offset`). */
    action: z.literal('file_put'),
    deviceId,
    challenge,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The whole file's size; the chunk's SHA-256 (checked before it is written). */
    size: z.number().int().positive().max(MAX_FILE_BYTES),
    offset: z.number().int().nonnegative(),
    chunkSha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({
    /** A piece of a file the hub holds (restore), `length` bytes from `offset`. */
    action: z.literal('file_get'),
    deviceId,
    challenge,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    offset: z.number().int().nonnegative(),
    length: z.number().int().positive().max(FILE_CHUNK_BYTES),
  }),
  z.object({
    action: z.literal('restore'),
    deviceId,
    challenge,
    /** Where the previous page ended (`kind:id`), null for the first page. */
    after: z.string().max(200).nullable(),
    limit: z.number().int().min(1).max(2000),
  }),
]);
export type DeviceRequestBody = z.infer<typeof DeviceRequestBody>;

/** The envelope: the body's JSON text and the device's Ed25519 signature (base64) of `FQREQ\n` + that text. */
export const SignedDeviceRequest = z.object({ body: z.string().max(10_000), signature: z.string().max(200) });
export type SignedDeviceRequest = z.infer<typeof SignedDeviceRequest>;

export const PullResponse = z.object({
  /** The newest version when it is newer than the register's, else null. */
  reference: ReferenceData.nullable(),
  notes: z.array(HubNote).max(1000),
  /** More notes wait after these (the register asks again). */
  moreNotes: z.boolean(),
  /** Attachment files the district asked for that it does not hold whole yet, with the bytes it has of each. */
  fileRequests: z.array(z.object({ sha256: z.string(), received: z.number().int().nonnegative() })).max(1000),
  hubTime: z.string(),
});
export type PullResponse = z.infer<typeof PullResponse>;

/** One page of a committee register's records as the hub holds them, for restoring onto a new PC. */
export const RestorePage = z.object({
  records: z.array(
    z.object({
      kind: z.enum(SYNC_KINDS),
      id: z.string(),
      version: z.number().int().positive(),
      committeeId: z.string(),
      data: z.unknown(),
    }),
  ),
  /** Pass as `after` for the next page; null when this was the last. */
  next: z.string().nullable(),
  /** The highest version the hub holds of any of the device's records: the restored register's changes go above it. */
  maxVersion: z.number().int().nonnegative(),
});
export type RestorePage = z.infer<typeof RestorePage>;

/** The answer to a chunk: how many bytes of the file the hub now holds, and whether it is whole and verified. */
export const FilePutResponse = z.object({ received: z.number().int().nonnegative(), complete: z.boolean() });
export type FilePutResponse = z.infer<typeof FilePutResponse>;

/** The header that carries a signed request when the body is a file's bytes. */
export const SIGNED_REQUEST_HEADER = 'x-fengqiao-request';
