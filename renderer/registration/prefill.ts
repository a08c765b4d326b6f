// Registration drafts that do not start empty: a case's registration to edit (修改登记信息), or a dispute found in
// screening to register as a case (主动调解).
import type { CaseDetail, Party } from '../../shared/domain/case.ts';
import type { Finding, ScreeningReport } from '../../shared/domain/screening.ts';
import { formatDate } from '../common/dates.ts';
import { emptyDraft, newParty, noAgent, type AgentDraft, type CaseDraft, type PartyDraft } from './draft.ts';

function agentDraft(agent: Party['agent']): AgentDraft {
  return agent ? { enabled: true, kind: agent.kind, name: agent.name, phone: agent.phone ?? '' } : noAgent();
}

function partyDraft(party: Party): PartyDraft {
  return {
    ...newParty(party.role),
    kind: party.kind,
    name: party.name,
    sex: party.sex,
    ethnicity: party.kind === 'person' ? party.ethnicity : '汉族',
    birthDate: party.birthDate,
    idNumber: party.idNumber ?? '',
    phone: party.phone ?? '',
    occupation: party.occupation ?? '',
    address: party.address ?? '',
    legalRepresentative: party.legalRepresentative ?? '',
    representativeTitle: party.representativeTitle ?? '',
    agent: agentDraft(party.agent),
  };
}

/** The registration of a case as the form shows it, to be edited; applicants first, as the form keeps them. */
export function draftFromDetail(detail: CaseDetail): CaseDraft {
  const referral = detail.referral;
  const parties = [...detail.parties.filter((p) => p.role === 'applicant'), ...detail.parties.filter((p) => p.role === 'respondent')];
  return {
    committeeId: detail.committeeId,
    origin: null,
    disputeType: detail.disputeType,
    source: detail.source,
    registeredOn: detail.registeredOn,
    occurredOn: detail.occurredOn,
    place: detail.place ?? '',
    facts: detail.facts,
    requests: detail.requests ?? '',
    riskLevel: detail.riskLevel,
    referral: referral
      ? { body: referral.body, reference: referral.reference ?? '', date: referral.date }
      : { body: '', reference: '', date: detail.registeredOn },
    parties: parties.map(partyDraft),
  };
}

/** '2026年11月9日至2026年11月15日': the period a screening report covers. */
export function reportPeriod(report: ScreeningReport): string {
  return `${formatDate(report.periodStart)}至${formatDate(report.periodEnd)}`;
}

/** A new registration of a dispute found in screening: 主动调解, in the reporting committee's register. */
export function draftFromFinding(report: ScreeningReport, finding: Finding): CaseDraft {
  return {
    ...emptyDraft(),
    committeeId: report.committeeId,
    origin: { findingId: finding.id, period: reportPeriod(report) },
    source: 'own_initiative',
    disputeType: finding.disputeType,
    riskLevel: finding.riskLevel,
    facts: finding.summary,
  };
}
