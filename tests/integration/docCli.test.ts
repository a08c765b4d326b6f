// `fengqiao doc types|render|file`: the document codes the doc commands take, as scripts read them; a reader
// that stops early (`| head`) does not make the command crash; documents and the case file written to files,
// and unknown types, bad formats, unknown cases and incomplete agreements refused with their exit codes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_TYPE_CODES } from '../../shared/domain/documents.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';
import { BIN, fengqiao } from '../helpers/runCli.ts';
import { sampleStep } from '../helpers/steps.ts';
import { tempDir } from '../helpers/tempDir.ts';

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

describe('fengqiao doc render and doc file', () => {
  let dataDir: string;
  let agreed: { id: string; number: string };
  let accepted: string;

  beforeAll(async () => {
    const {
      register,
      api,
      dataDir: dir,
    } = await testRegister({ forSuite: true, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-doc-cli-')) });
    dataDir = dir;
    agreed = await api.call('cases.register', sampleCase());
    for (const kind of ['accept', 'session', 'agreement_written'] as const)
      await api.call('cases.record', { caseId: agreed.id, step: sampleStep(kind, '2026-03-05') });
    accepted = (await api.call('cases.register', sampleCase())).id;
    await api.call('cases.record', { caseId: accepted, step: sampleStep('accept', '2026-03-05') });
    await register.close();
  }, 60_000);

  it('writes one document as PDF or DOCX, by case id or case number', { timeout: 60_000 }, async () => {
    const out = tempDir();
    const pdf = path.join(out, 'agreement.pdf');
    const run = await fengqiao([
      'doc',
      'render',
      agreed.id,
      '--type',
      'agreement',
      '--format',
      'pdf',
      '--out',
      pdf,
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.parse(run.stdout)).toMatchObject({ file: pdf, type: 'agreement', format: 'pdf', pages: expect.any(Number) as number });
    const docx = path.join(out, 'agreement.docx');
    const byNumber = await fengqiao([
      'doc',
      'render',
      agreed.number,
      '--type',
      'agreement',
      '--format',
      'docx',
      '--out',
      docx,
      '--data-dir',
      dataDir,
    ]);
    expect(byNumber.code).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the whole case file as one PDF', { timeout: 60_000 }, async () => {
    const file = path.join(tempDir(), 'case.pdf');
    const run = await fengqiao(['doc', 'file', agreed.id, '--out', file, '--data-dir', dataDir, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).pages).toBeGreaterThanOrEqual(6);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses unknown types and formats (2), incomplete cases (3) and unknown cases (4), writing nothing', async () => {
    const out = path.join(tempDir(), 'x.pdf');
    const unknownType = await fengqiao(['doc', 'render', agreed.id, '--type', 'contract', '--out', out, '--data-dir', dataDir]);
    expect(unknownType.code).toBe(2);
    expect(unknownType.stderr).toContain("unknown document type 'contract'");
    const badFormat = await fengqiao([
      'doc',
      'render',
      agreed.id,
      '--type',
      'agreement',
      '--format',
      'odt',
      '--out',
      out,
      '--data-dir',
      dataDir,
    ]);
    expect(badFormat.code).toBe(2);
    const missingOut = await fengqiao(['doc', 'file', agreed.id, '--data-dir', dataDir]);
    expect(missingOut.code).toBe(2);
    const incomplete = await fengqiao(['doc', 'render', accepted, '--type', 'agreement', '--out', out, '--data-dir', dataDir]);
    expect(incomplete.code).toBe(3);
    expect(incomplete.stderr).toContain('本案尚未达成书面协议');
    const unknownCase = await fengqiao([
      'doc',
      'render',
      '〔2026〕梅园调字第99号',
      '--type',
      'notice',
      '--out',
      out,
      '--data-dir',
      dataDir,
    ]);
    expect(unknownCase.code).toBe(4);
    expect(fs.existsSync(out)).toBe(false);
  });
});
