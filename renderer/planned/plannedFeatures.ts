// What the pages not yet built will do (from the domain notes), so that the menu promises nothing it lacks.

export type PlannedFeature = 'documents' | 'sync';

export const PLANNED_FEATURES: Record<PlannedFeature, { title: string; summary: string; items: string[] }> = {
  documents: {
    title: '文书',
    summary: '按司法部人民调解文书格式制作和打印文书',
    items: [
      '人民调解申请书、受理登记表、当事人权利义务告知书',
      '调查记录、调解记录、人民调解协议书、口头协议登记表、回访记录',
      '卷宗封面和卷内目录，一案一卷归档',
      '按公文版式在 A4 纸上打印，各台电脑打印效果一致',
    ],
  },
  sync: {
    title: '同步',
    summary: '把案件报送司法所和区司法局',
    items: [
      '把案件成批加密报送上级，上级核对汇总',
      '红色、橙色预警的重大纠纷优先上报',
      '定期矛盾纠纷排查报告，没有发现纠纷时报送“零报告”',
      '多台电脑分别离线登记，案号不会重复',
    ],
  },
};
