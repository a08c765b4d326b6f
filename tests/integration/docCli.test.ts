// `fengqiao doc types`: the document codes the doc commands take, as scripts read them; and a reader that stops
// early (`| head`) does not make the command crash.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPE_CODES } from '../../shared/domain/documents.ts';
import { BIN, fengqiao } from '../helpers/runCli.ts';

describe('fengqiao doc types', () => {
  it('lists the twelve documents with their codes and Chinese names', async () => {
    const run = await fengqiao(['doc', 'types', '--json']);
    expect(run.code).toBe(0);
    const types = JSON.parse(run.stdout) as { type: string; name: string }[];
    expect(types.map((t) => t.type)).toEqual(DOCUMENT_TYPE_CODES);
    expect(types).toContainEqual({ type: 'agreement', name: '人民调解协议书' });
    expect(types).toContainEqual({ type: 'confirmation', name: '司法确认申请书' });
    const text = await fengqiao(['doc', 'types']);
    expect(text.stdout.split('\n')[5]).toMatch(/^agreement\s+人民调解协议书$/);
    expect((await fengqiao(['doc', 'print'])).code).toBe(2);
  });

  it('stops quietly when the reader closes the pipe', async () => {
    const child = spawn(process.execPath, [BIN, 'doc', 'types'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Closed before the command has started, so that its first write meets a closed pipe.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
