// Chinese names of the API's input fields, so that an error never shows a path such as 'parties.0.idNumber'.

const FIELD_LABELS: Record<string, string> = {
  // cases.register
  disputeType: '纠纷类型',
  source: '案件来源',
  registeredOn: '登记日期',
  occurredOn: '纠纷发生日期',
  place: '纠纷发生地点',
  facts: '纠纷简要情况',
  requests: '当事人请求',
  riskLevel: '风险等级',
  parties: '当事人',
  committeeId: '调委会',
  screeningFindingId: '排查发现',
  // cases.update
  version: '版本',
  'referral.body': '移送单位',
  'referral.reference': '移送文号',
  'referral.date': '移送日期',
  // a party
  role: '当事人身份',
  kind: '当事人类型',
  name: '名称',
  sex: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  idNumber: '身份证号码',
  phone: '联系电话',
  occupation: '职业',
  address: '住址',
  legalRepresentative: '法定代表人',
  representativeTitle: '职务',
  // a party's agent
  agent: '代理人',
  'agent.kind': '代理人类型',
  'agent.name': '代理人姓名',
  'agent.phone': '代理人联系电话',
  // setup.complete
  areaCode: '所在地区',
  abbreviation: '案号简称',
  parentId: '上级调委会',
  // cases.list
  page: '页码',
  pageSize: '每页条数',
  status: '案件状态',
  from: '开始日期',
  to: '结束日期',
  search: '搜索',
  // divisions, cases.get
  code: '区划代码',
  id: '记录编号',
};

/**
 * `fieldLabel('parties.1.idNumber')` → `'第2名当事人的身份证号码'` (`'parties.0.agent.name'` → `'第1名当事人的代理人姓名'`);
 * unknown fields give '' (message only).
 */
export function fieldLabel(path: string): string {
  const party = /^parties\.(\d+)\.(\w+(?:\.\w+)?)$/.exec(path);
  if (party) return `第${Number(party[1]) + 1}名当事人的${FIELD_LABELS[party[2]!] ?? '信息'}`;
  if (path === 'name') return '调委会名称';
  if (path === 'kind') return '调委会类型';
  return FIELD_LABELS[path] ?? '';
}

/** The fields of a step of the case (cases.record's 'step.…', cases.correct's 'correction.replacement.…'). */
const STEP_FIELD_LABELS: Record<string, string> = {
  on: '日期',
  consent: '当事人同意调解',
  noticeGiven: '权利义务告知',
  note: '备注',
  reason: '理由',
  mediators: '调解员',
  chosenByParties: '当事人选定',
  mediatorId: '回避的调解员',
  requestedBy: '由谁提出',
  name: '包案领导姓名',
  title: '职务',
  departments: '联合处置部门',
  time: '时间',
  place: '地点',
  present: '在场人员',
  content: '内容',
  noteTaker: '记录人',
  questioned: '被调查人',
  investigator: '调查人',
  terms: '协议条款',
  amountFen: '涉及金额',
  disputedPoints: '争议事项',
  responsibilities: '各方责任',
  performanceMethod: '履行方式',
  performancePlace: '履行地点',
  performanceDeadline: '履行期限',
  followUpDue: '计划回访日期',
  routesExplained: '已告知的法律途径',
  divertedTo: '导入机构',
  divertedBody: '导入机构名称',
  byParty: '提出终止的当事人',
  state: '履行情况',
  attachmentIds: '履行凭证',
  due: '计划回访日期',
  visited: '回访对象',
  performed: '履行情况',
  satisfied: '当事人是否满意',
  lawsuit: '是否已起诉',
  risk: '遗留风险',
  findings: '回访情况',
  action: '采取的措施',
  mediator: '回访人',
  nextDue: '下次回访日期',
  court: '受理法院',
  result: '法院的处理结果',
  ruling: '裁定书文号',
  level: '风险等级',
  archiveNumber: '卷宗号',
  retention: '保管期限',
  compiledBy: '立卷人',
  remarks: '卷宗情况说明',
  prevented: '防止激化的类别',
  people: '涉及人数',
  improperMediation: '是否因调解不当引发',
  body: '信访受理机关',
};

const CORRECTION_LABELS: Record<string, string> = {
  'correction.on': '更正日期',
  'correction.targetId': '被更正的记录',
  'correction.reason': '更正理由',
  caseId: '案件',
};

/** `stepFieldLabel('step.terms.1')` (or 'terms.1') → '第2条协议条款'; unknown fields give ''. */
export function stepFieldLabel(path: string): string {
  if (CORRECTION_LABELS[path]) return CORRECTION_LABELS[path];
  const field = path.replace(/^(step|correction\.replacement)\./, '');
  const term = /^terms\.(\d+)$/.exec(field);
  if (term) return `第${Number(term[1]) + 1}条协议条款`;
  return STEP_FIELD_LABELS[field.split('.')[0] ?? ''] ?? '';
}

const ATTACHMENT_FIELD_LABELS: Record<string, string> = {
  caseId: '案件',
  name: '文件名',
  category: '附件类别',
  note: '说明',
  contentBase64: '文件',
  id: '附件',
};

/** The fields of attachments.add and attachments.get. */
export function attachmentFieldLabel(path: string): string {
  return ATTACHMENT_FIELD_LABELS[path] ?? '';
}
