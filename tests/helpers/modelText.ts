// The printed text of a DocumentModel as one string, for tests that check what a document says: texts and values
// as they are, a blank line to fill by hand as '＿' repeated its width, one block per line.
import type { Block, DocumentModel, Run } from '../../shared/documents/model.ts';

export function runText(run: Run): string {
  if ('blank' in run) return '＿'.repeat(run.blank);
  return 'value' in run ? run.value : run.text;
}

const runsText = (runs: readonly Run[]) => runs.map(runText).join('');

function blockText(block: Block): string {
  switch (block.kind) {
    case 'title':
    case 'heading':
      return block.text;
    case 'line':
    case 'paragraph':
      return runsText(block.runs);
    case 'list':
      return block.items.map(runsText).join('\n');
    case 'table':
      return block.rows.map((row) => row.map((cell) => runsText(cell.runs)).join(' | ')).join('\n');
    case 'signatures':
      return block.lines.map(runsText).join('\n');
    case 'seal':
      return `${block.committee}\n${runsText(block.date)}`;
    case 'space':
      return '\n'.repeat(Math.max(0, block.lines - 1));
    case 'pageBreak':
      return '\f';
  }
}

/**
 * Everything the model prints, in order.
 * @example expect(modelText(buildNotice(source))).toContain('张𠮷、李四')
 */
export function modelText(model: DocumentModel): string {
  return model.blocks.map(blockText).join('\n');
}
