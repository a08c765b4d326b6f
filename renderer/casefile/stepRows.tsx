// What a recorded step says, as label–value rows for the timeline: terms numbered, routes and states in
// words, amounts in yuan, mediators by name.
import type { ReactNode } from 'react';
import { List, Text } from '@mantine/core';
import { ATTACHMENT_CATEGORIES } from '../../shared/domain/attachment.ts';
import { DIVERSIONS, FAILURE_ROUTES, FULFILMENT_STATES, PREVENTED_ESCALATIONS, RETENTION_PERIODS } from '../../shared/domain/lifecycle.ts';
import { RISK_LEVELS, labelOf } from '../../shared/domain/reference.ts';
import { assertNever, type AnyStep } from '../../shared/rules/lifecycle.ts';
import { fieldLabel } from '../api/fieldLabels.ts';
import { formatDate } from '../common/dates.ts';
import { formatYuan } from './money.ts';

export type Row = [string, ReactNode];

const words = (list: readonly string[] | null | undefined) => (list && list.length ? list.join('、') : '—');
const yes = (v: boolean, y: string, n: string) => (v ? y : n);
const opt = (v: string | null | undefined) => v || '—';

/** `nameOf(mediatorId)` gives a mediator's name (from the case's mediators). */
export function stepRows(step: AnyStep, nameOf: (id: string) => string): Row[] {
  switch (step.kind) {
    case 'accept':
      return [
        ['当事人同意调解', yes(step.consent, '是', '否')],
        ['权利义务告知书', yes(step.noticeGiven, '已送达', '未送达')],
        ...(step.note ? [['备注', step.note] as Row] : []),
      ];
    case 'refuse':
      return [['不予受理的理由', step.reason]];
    case 'assign':
      return [
        ['调解员', words((step.mediators ?? []).map((m) => `${nameOf(m.mediatorId)}${m.lead ? '（主持）' : ''}`))],
        ['当事人选定', yes(step.chosenByParties, '是', '否')],
      ];
    case 'recuse':
      return [
        ['回避的调解员', nameOf(step.mediatorId)],
        ['由谁提出', step.requestedBy === 'party' ? '当事人申请回避' : '调解员自行回避'],
        ['回避理由', step.reason],
      ];
    case 'leader':
      return [
        ['包案领导', `${step.name}（${step.title}）`],
        ['联合处置部门', words(step.departments)],
      ];
    case 'investigation':
    case 'session':
      return [
        ['地点', step.place],
        ...(step.kind === 'investigation'
          ? ([
              ['被调查人', step.questioned],
              ['调查人', step.investigator],
            ] as Row[])
          : []),
        ['在场人员', words(step.present)],
        [step.kind === 'investigation' ? '调查内容' : '调解情况', <span style={{ whiteSpace: 'pre-wrap' }}>{step.content}</span>],
        ['记录人', step.noteTaker],
      ];
    case 'agreement_written':
      return [
        [
          '协议条款',
          <List type="ordered" size="sm" spacing={2}>
            {(step.terms ?? []).map((term, i) => (
              <List.Item key={i}>{term}</List.Item>
            ))}
          </List>,
        ],
        ['涉及金额', formatYuan(step.amountFen)],
        ['履行方式', step.performanceMethod],
        ['履行地点', step.performancePlace],
        ['履行期限', formatDate(step.performanceDeadline)],
        ['计划回访', formatDate(step.followUpDue)],
      ];
    case 'agreement_oral':
      return [
        ['口头协议内容', <span style={{ whiteSpace: 'pre-wrap' }}>{step.content}</span>],
        ['涉及金额', formatYuan(step.amountFen)],
        ['履行期限', formatDate(step.performanceDeadline)],
        ['计划回访', formatDate(step.followUpDue)],
      ];
    case 'failure':
      return [
        ['调解不成的原因', step.reason],
        ['已告知的法律途径', words((step.routesExplained ?? []).map((r) => labelOf(FAILURE_ROUTES, r)))],
        ['导入', step.divertedTo ? `${labelOf(DIVERSIONS, step.divertedTo)}：${opt(step.divertedBody)}` : '未导入'],
        ['计划回访', formatDate(step.followUpDue)],
      ];
    case 'termination':
      return [
        ['终止的原因', step.reason],
        ['提出终止的当事人', opt(step.byParty)],
      ];
    case 'fulfilment':
      return [
        ['履行情况', labelOf(FULFILMENT_STATES, step.state)],
        ['履行说明', opt(step.note)],
      ];
    case 'follow_up_scheduled':
      return [['计划回访日期', formatDate(step.due)], ...(step.note ? [['备注', step.note] as Row] : [])];
    case 'follow_up':
      return [
        ['回访对象', step.visited],
        ['回访人', step.mediator],
        ['履行情况', step.performed ? labelOf(FULFILMENT_STATES, step.performed) : '未了解'],
        ['当事人', `${yes(step.satisfied, '满意', '不满意')}，${yes(step.lawsuit, '已起诉', '未起诉')}`],
        ['回访情况', step.findings],
        ['遗留风险', opt(step.risk)],
        ['采取的措施', opt(step.action)],
        ['下次回访', formatDate(step.nextDue)],
      ];
    case 'confirmation_applied':
      return [['受理法院', step.court]];
    case 'confirmation_result':
      return [
        ['法院的处理结果', step.result === 'confirmed' ? '确认协议有效' : '驳回申请'],
        ['裁定书文号', opt(step.ruling)],
        ...(step.note ? [['备注', step.note] as Row] : []),
      ];
    case 'risk':
      return [
        ['调整为', labelOf(RISK_LEVELS, step.level)],
        ['调整理由', step.reason],
      ];
    case 'prevention':
      return [
        ['类别', labelOf(PREVENTED_ESCALATIONS, step.prevented)],
        ['涉及人数', `${step.people}人`],
        ['情况说明', <span style={{ whiteSpace: 'pre-wrap' }}>{step.note}</span>],
      ];
    case 'petition':
      return [
        ['信访受理机关', step.body],
        [
          '因调解不当引发',
          step.improperMediation ? (
            <Text span size="sm" c="red.8" fw={700}>
              是
            </Text>
          ) : (
            '否'
          ),
        ],
        ['情况说明', <span style={{ whiteSpace: 'pre-wrap' }}>{step.note}</span>],
      ];
    case 'archive':
      return [
        ['卷宗号', step.archiveNumber],
        ['保管期限', labelOf(RETENTION_PERIODS, step.retention)],
        ['立卷人', step.compiledBy],
        ['卷宗情况说明', opt(step.remarks)],
      ];
    case 'attachment':
      return [
        ['附件', step.name],
        ['类别', labelOf(ATTACHMENT_CATEGORIES, step.category)],
      ];
    case 'edit':
      return [['修改的内容', words((step.fields ?? []).map((f) => fieldLabel(f) || f))]];
    default:
      return assertNever(step);
  }
}
