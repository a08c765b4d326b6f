// The registration form's state (受理登记), as typed, and how it becomes the 'cases.register' input.
import type { Agent, CaseRegistrationInput, PartyInput } from '../../shared/domain/case.ts';
import type { CaseSource, DisputeType, PartyKind, PartyRole, RiskLevel, Sex } from '../../shared/domain/reference.ts';
import { CASE_SOURCES, PARTY_ROLES } from '../../shared/domain/reference.ts';
import { todayInChina } from '../../shared/rules/dates.ts';

/** One party as typed. Both kinds' fields are kept, so switching 自然人 ↔ 单位 loses nothing. */
export interface PartyDraft {
  key: number;
  role: PartyRole;
  kind: PartyKind;
  name: string;
  sex: Sex | null;
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string;
  phone: string;
  occupation: string;
  address: string;
  legalRepresentative: string;
  representativeTitle: string;
  /** The party's agent (代理人); kept while 有代理人 is off, sent only when it is on. */
  agent: AgentDraft;
}

/** A party's agent as typed: 有代理人 (`enabled`), then 代理人类型, 姓名 and 联系电话. */
export interface AgentDraft {
  enabled: boolean;
  kind: Agent['kind'];
  name: string;
  phone: string;
}

/** Who handed the case over (移送信息), asked for when the source is a hand-over (公调、交调、诉调…). */
export interface ReferralDraft {
  body: string;
  reference: string;
  date: string | null;
}

/** The screening finding a case is registered from (主动调解), and the period it was reported for. */
export interface FindingOrigin {
  findingId: string;
  /** As shown: '2026年11月9日至2026年11月15日'. */
  period: string;
}

export interface CaseDraft {
  /** The committee whose numbering the case gets; null: the office's own. */
  committeeId: string | null;
  /** Set when the case comes from a screening finding (排查发现). */
  origin: FindingOrigin | null;
  disputeType: DisputeType | null;
  source: CaseSource | null;
  registeredOn: string | null;
  occurredOn: string | null;
  place: string;
  facts: string;
  requests: string;
  riskLevel: RiskLevel;
  /** Kept while the source changes; sent only for a hand-over. */
  referral: ReferralDraft;
  /** Applicants first, then respondents, so that an index here is the index the server's errors name. */
  parties: PartyDraft[];
}

export type CaseField = Exclude<keyof CaseDraft, 'parties' | 'referral' | 'origin'>;
export type ReferralField = keyof ReferralDraft;
export type AgentField = Exclude<keyof AgentDraft, 'enabled'>;
/** A party's field as its error path names it below the party: 'idNumber', 'agent.name'. */
export type PartyField = Exclude<keyof PartyDraft, 'key' | 'role' | 'agent'> | `agent.${AgentField}`;

let nextKey = 1;

export function newParty(role: PartyRole): PartyDraft {
  return {
    key: nextKey++,
    role,
    kind: 'person',
    name: '',
    sex: null,
    ethnicity: '汉族',
    birthDate: null,
    idNumber: '',
    phone: '',
    occupation: '',
    address: '',
    legalRepresentative: '',
    representativeTitle: '',
    agent: noAgent(),
  };
}

/** 有代理人 off; should it be switched on, an entrusted agent (委托代理人) is asked for first. */
export function noAgent(): AgentDraft {
  return { enabled: false, kind: 'entrusted', name: '', phone: '' };
}

export function emptyDraft(): CaseDraft {
  return {
    committeeId: null,
    origin: null,
    disputeType: null,
    source: null,
    registeredOn: todayInChina(),
    occurredOn: null,
    place: '',
    facts: '',
    requests: '',
    riskLevel: 'blue',
    referral: { body: '', reference: '', date: todayInChina() },
    parties: [],
  };
}

/** Adds a party at the end of its role's group: `addParty(draft, 'applicant')`. */
export function addParty(parties: PartyDraft[], role: PartyRole): PartyDraft[] {
  const party = newParty(role);
  if (role === 'respondent') return [...parties, party];
  const firstRespondent = parties.findIndex((p) => p.role === 'respondent');
  return firstRespondent === -1 ? [...parties, party] : [...parties.slice(0, firstRespondent), party, ...parties.slice(firstRespondent)];
}

/** What the form calls a party: '申请人 1', '被申请人 2' (numbered within the role). */
export function partyTitle(parties: PartyDraft[], index: number): string {
  const party = parties[index];
  if (!party) return '当事人';
  const number = parties.slice(0, index + 1).filter((p) => p.role === party.role).length;
  const role = PARTY_ROLES.find((r) => r.code === party.role)?.label ?? '当事人';
  return `${role} ${number}`;
}

/** Whether a source is a hand-over from another body (公安移送, 法院委托, …), which names the sender. */
export function isHandover(source: CaseSource | null): boolean {
  return CASE_SOURCES.find((s) => s.code === source)?.group === 'handover';
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

function toAgentInput(agent: AgentDraft): PartyInput['agent'] {
  return agent.enabled ? { kind: agent.kind, name: agent.name, phone: orNull(agent.phone) } : null;
}

function toPartyInput(p: PartyDraft): PartyInput {
  if (p.kind === 'organization') {
    return {
      role: p.role,
      kind: 'organization',
      name: p.name,
      legalRepresentative: orNull(p.legalRepresentative),
      representativeTitle: orNull(p.representativeTitle),
      address: orNull(p.address),
      phone: orNull(p.phone),
      agent: toAgentInput(p.agent),
    };
  }
  return {
    role: p.role,
    kind: 'person',
    name: p.name,
    sex: p.sex,
    ethnicity: p.ethnicity,
    birthDate: p.birthDate,
    idNumber: orNull(p.idNumber),
    phone: orNull(p.phone),
    occupation: orNull(p.occupation),
    address: orNull(p.address),
    agent: toAgentInput(p.agent),
  };
}

/** The form as the contract's schema sees it; unchosen selects stay undefined, so the schema says "请选择…". */
export type RegistrationCandidate = Omit<CaseRegistrationInput, 'disputeType' | 'source'> & {
  disputeType: DisputeType | undefined;
  source: CaseSource | undefined;
};

export function toCandidate(draft: CaseDraft): RegistrationCandidate {
  return {
    committeeId: draft.committeeId,
    screeningFindingId: draft.origin?.findingId ?? null,
    disputeType: draft.disputeType ?? undefined,
    source: draft.source ?? undefined,
    registeredOn: draft.registeredOn ?? '',
    occurredOn: draft.occurredOn,
    place: orNull(draft.place),
    facts: draft.facts,
    requests: orNull(draft.requests),
    riskLevel: draft.riskLevel,
    referral: isHandover(draft.source)
      ? { body: draft.referral.body, reference: orNull(draft.referral.reference), date: draft.referral.date ?? '' }
      : null,
    parties: draft.parties.map(toPartyInput),
  };
}
