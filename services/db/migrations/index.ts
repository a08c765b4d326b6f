// Every migration, in order. Forward-only: a released migration is never edited, only followed by a new one.
import type { Migration } from 'kysely';
import * as createRegister from './2026-11-29T0200_create_register.ts';
import * as caseLifecycle from './2026-11-29T0400_case_lifecycle.ts';
import * as accountsAudit from './2026-11-29T0600_accounts_audit.ts';
import * as rosterStatistics from './2026-11-29T0800_roster_statistics.ts';
import * as committeeContact from './2026-11-29T1000_committee_contact.ts';
import * as partyAgents from './2026-11-29T1300_party_agents.ts';
import * as syncState from './2026-11-29T1500_sync_state.ts';
import * as syncEnrolment from './2026-11-29T1700_sync_enrolment.ts';
import * as syncDownward from './2026-11-29T1900_sync_downward.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-29T0200_create_register': createRegister,
  '2026-11-29T0400_case_lifecycle': caseLifecycle,
  '2026-11-29T0600_accounts_audit': accountsAudit,
  '2026-11-29T0800_roster_statistics': rosterStatistics,
  '2026-11-29T1000_committee_contact': committeeContact,
  '2026-11-29T1300_party_agents': partyAgents,
  '2026-11-29T1500_sync_state': syncState,
  '2026-11-29T1700_sync_enrolment': syncEnrolment,
  '2026-11-29T1900_sync_downward': syncDownward,
};

export const MIGRATION_NAMES = Object.keys(MIGRATIONS);
export const SCHEMA_VERSION = MIGRATION_NAMES.length;
