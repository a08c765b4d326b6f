// Writing an exported file: beside the target first, then renamed, so that a failed export never leaves half a
// workbook under its name.
import fs from 'node:fs';
import { printError } from './io.ts';

/** Writes base64 `content` to `file`; returns the bytes written, or prints the reason and returns null. */
export function writeExport(file: string, content: string): number | null {
  const bytes = Buffer.from(content, 'base64');
  const partial = `${file}.${process.pid}.partial`;
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
    return bytes.byteLength;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    printError(`无法写入文件 ${file}：${(error as Error).message}`);
    return null;
  }
}
