// Grey-level page images for the layout test: pdftoppm's PGM read, a PNG written and read back (8-bit grey,
// no filters: enough for the reference images we commit), and how far two images differ.
import zlib from 'node:zlib';

export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A binary PGM (P5, maxval 255) as pdftoppm -gray writes it. */
export function readPgm(bytes: Buffer): GrayImage {
  const header = bytes.subarray(0, 64).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
  if (!match) throw new Error('not an 8-bit binary PGM');
  const width = Number(match[1]);
  const height = Number(match[2]);
  return { width, height, pixels: new Uint8Array(bytes.subarray(match[0].length, match[0].length + width * height)) };
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function writePng(image: GrayImage): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const raw = Buffer.alloc((image.width + 1) * image.height);
  for (let y = 0; y < image.height; y += 1)
    raw.set(image.pixels.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reads a PNG written by writePng (8-bit grey, filter 0 on every row). */
export function readPng(bytes: Buffer): GrayImage {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.subarray(offset + 4, offset + 8).toString('latin1');
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 0) throw new Error('only 8-bit grey PNGs are read here');
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    if (raw[y * (width + 1)] !== 0) throw new Error('filtered rows are not read here');
    pixels.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, pixels };
}

/** The mean absolute difference (0–255) and the share of pixels differing by more than `threshold`. */
export function difference(a: GrayImage, b: GrayImage, threshold = 64): { mean: number; differing: number } {
  if (a.width !== b.width || a.height !== b.height) return { mean: 255, differing: 1 };
  let sum = 0;
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i += 1) {
    const d = Math.abs(a.pixels[i]! - b.pixels[i]!);
    sum += d;
    if (d > threshold) differing += 1;
  }
  return { mean: sum / a.pixels.length, differing: differing / a.pixels.length };
}
