// Mediators and committees for the roster's and the committee page's tests, and a small roster behind the fake
// API that answers as the register would (search by name or initials, leaving, grades, trainings, honours).
import type { CommitteeOverview } from '../../shared/domain/committee.ts';
import type { Mediator, MediatorDetail } from '../../shared/domain/mediator.ts';
import { maskIdNumber } from '../../shared/rules/idNumber.ts';
import { newId } from '../../shared/rules/ids.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { COMMITTEE } from './fixtures.ts';
import { VILLAGE } from './workFixtures.ts';

/** A valid ID number (check digit X): a woman born 1949-12-31. */
export const ID_NUMBER = '11010519491231002X';

export function detailOf(patch: Partial<MediatorDetail> = {}): MediatorDetail {
  return {
    id: newId(),
    committeeId: COMMITTEE.id,
    committeeName: COMMITTEE.name,
    name: '张三',
    sex: 'female',
    ethnicity: '汉族',
    birthDate: '1949-12-31',
    idNumber: ID_NUMBER,
    phone: '13812345678',
    education: 'bachelor',
    politicalStatus: 'cpc',
    post: 'director',
    fullTime: true,
    grade: 'first',
    joinedOn: '2020-03-01',
    leftOn: null,
    leftReason: null,
    occupation: null,
    note: null,
    initials: 'zs',
    trainingHours: 12,
    version: 3,
    grades: [{ id: newId(), grade: 'first', since: '2021-05-01', note: null }],
    trainings: [{ id: newId(), on: '2026-04-10', hours: 12, subject: '人民调解法及调解技巧', organiser: '玄武区司法局' }],
    honours: [],
    cases: { total: 41, open: 3, succeeded: 36 },
    ...patch,
  };
}

export const ZHANG = detailOf();
export const LI = detailOf({
  name: '李秀英',
  initials: 'lxy',
  idNumber: null,
  phone: null,
  post: 'mediator',
  fullTime: false,
  grade: null,
  committeeId: VILLAGE.id,
  committeeName: VILLAGE.name,
  trainingHours: 0,
  grades: [],
  trainings: [],
  cases: { total: 2, open: 0, succeeded: 2 },
});
export const WANG_LEFT = detailOf({
  name: '王建国',
  initials: 'wjg',
  post: 'member',
  fullTime: false,
  leftOn: '2026-06-30',
  leftReason: '工作调动',
});

/** The list's row of a record: the ID number masked. */
export function rowOf(d: MediatorDetail): Mediator {
  const { grades: _grades, trainings: _trainings, honours: _honours, cases: _cases, ...row } = d;
  return { ...row, idNumber: row.idNumber ? maskIdNumber(row.idNumber) : null };
}

/** A roster held in memory, answering the roster's methods. */
export function roster(initial: MediatorDetail[] = [ZHANG, LI, WANG_LEFT]): { records: MediatorDetail[]; handlers: FakeHandlers } {
  const records = initial.map((d) => structuredClone(d));
  const find = (id: string) => records.find((r) => r.id === id)!;
  const change = (id: string, patch: (d: MediatorDetail) => Partial<MediatorDetail>) => {
    const d = find(id);
    Object.assign(d, patch(d), { version: d.version + 1 });
    return d;
  };
  const handlers: FakeHandlers = {
    'committees.list': () => [COMMITTEE, VILLAGE],
    'mediators.list': (q) =>
      records
        .filter((d) => q.includeLeft || d.leftOn === null)
        .filter((d) => !q.committeeId || d.committeeId === q.committeeId)
        .filter((d) => !q.search || d.name.includes(q.search) || d.initials.startsWith(q.search))
        .filter((d) => !q.post || d.post === q.post)
        .filter((d) => q.fullTime == null || d.fullTime === q.fullTime)
        .map(rowOf),
    'mediators.get': ({ id }) => find(id),
    'mediators.add': (input) => {
      const committee = [COMMITTEE, VILLAGE].find((c) => c.id === input.committeeId)!;
      const added = detailOf({
        ...input,
        committeeName: committee.name,
        initials: '',
        trainingHours: 0,
        leftOn: null,
        leftReason: null,
        version: 1,
        grades: input.grade ? [{ id: newId(), grade: input.grade, since: input.gradeSince ?? input.joinedOn!, note: null }] : [],
        trainings: [],
        honours: [],
        cases: { total: 0, open: 0, succeeded: 0 },
      });
      records.push(added);
      return rowOf(added);
    },
    'mediators.update': ({ id, version: _version, ...fields }) => change(id, () => fields),
    'mediators.leave': ({ id, on, reason }) => change(id, () => ({ leftOn: on, leftReason: reason })),
    'mediators.grade': ({ mediatorId, grade, since, note }) =>
      change(mediatorId, (d) => ({ grade, grades: [...d.grades, { id: newId(), grade, since, note }] })),
    'mediators.training': ({ mediatorId, ...t }) =>
      change(mediatorId, (d) => ({ trainingHours: d.trainingHours + t.hours, trainings: [...d.trainings, { id: newId(), ...t }] })),
    'mediators.honour': ({ mediatorId, ...h }) => change(mediatorId, (d) => ({ honours: [...d.honours, { id: newId(), ...h }] })),
    'roster.exportXlsx': () => ({ fileName: '人民调解员名册.xlsx', content: btoa('PK') }),
  };
  return { records, handlers };
}

export function overviewOf(patch: Partial<CommitteeOverview> = {}): CommitteeOverview {
  return {
    ...COMMITTEE,
    version: 2,
    parentName: null,
    members: 4,
    fullTime: 2,
    posts: { director: 1, deputy_director: 1, member: 1, mediator: 1 },
    cases: 12,
    warnings: [],
    ...patch,
  };
}
