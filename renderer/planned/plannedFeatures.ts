// What the pages not yet built will do (from the domain notes), so that the menu promises nothing it lacks.

export type PlannedFeature = 'sync';

export const PLANNED_FEATURES: Record<PlannedFeature, { title: string; summary: string; items: string[] }> = {
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
