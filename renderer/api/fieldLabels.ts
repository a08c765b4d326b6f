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

/** `fieldLabel('parties.1.idNumber')` → `'第2名当事人的身份证号码'`; unknown fields give '' (message only). */
export function fieldLabel(path: string): string {
  const party = /^parties\.(\d+)\.(\w+)$/.exec(path);
  if (party) return `第${Number(party[1]) + 1}名当事人的${FIELD_LABELS[party[2]!] ?? '信息'}`;
  if (path === 'name') return '调委会名称';
  if (path === 'kind') return '调委会类型';
  return FIELD_LABELS[path] ?? '';
}
