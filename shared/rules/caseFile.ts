// The case file (卷宗): the catalogue (卷内目录) in the order of the MoJ format, with what is required for
// this case and whether it is there. A case is archived only when no required item is missing.
import type { CaseState } from './lifecycle.ts';

export interface CatalogueItem {
  no: number;
  name: string;
  required: boolean;
  present: boolean;
  /** How many records or attachments make the item (0 when absent). */
  count: number;
  /** Where the item comes from, in the clerk's words. */
  note: string;
}

/** The catalogue of a case as it stands: `caseFileCatalogue(state)[0]` is item 1, 申请书 or 受理登记表. */
export function caseFileCatalogue(state: CaseState): CatalogueItem[] {
  const n = (category: string) => state.attachments[category] ?? 0;
  const mediated = state.outcome !== null && state.outcome.kind !== 'termination';
  const outcome = state.outcome?.kind;
  const item = (no: number, name: string, required: boolean, count: number, note: string): CatalogueItem => ({
    no,
    name,
    required,
    present: count > 0,
    count,
    note,
  });
  return [
    item(1, state.source === 'party_application' ? '人民调解申请书' : '人民调解受理登记表', true, 1 + n('application'), '由登记信息生成'),
    item(2, '人民调解当事人权利义务告知书', state.refusedOn === null, state.noticeGiven ? 1 : 0, '受理时告知当事人'),
    item(3, '当事人身份证明', true, n('id_proof'), '上传身份证复印件或单位证明'),
    item(4, '授权委托书', false, n('power_of_attorney'), '有代理人时上传'),
    item(5, '人民调解调查记录', false, state.investigations, '调查记录'),
    item(6, '证据材料', false, n('evidence') + n('photo'), '上传证据、照片'),
    item(7, '人民调解记录', mediated, state.sessions, '调解记录'),
    outcome === 'agreement_oral'
      ? item(8, '人民调解口头协议登记表', true, 1, '由口头协议生成')
      : item(8, '人民调解协议书', outcome === 'agreement_written', outcome === 'agreement_written' ? 1 : 0, '由书面协议生成'),
    item(9, '履行凭证', false, n('fulfilment_proof') + (state.fulfilment ? 1 : 0), '履行情况和收据、转账记录'),
    item(10, '人民调解回访记录', false, state.followUps, '回访记录'),
    item(11, '司法确认材料', false, n('confirmation') + (state.confirmation?.appliedOn ? 1 : 0), '司法确认申请和裁定'),
    item(12, '卷宗情况说明', false, state.archive?.remarks ? 1 : 0, '归档时填写'),
    item(13, '封底', true, 1, '归档时生成'),
  ];
}
