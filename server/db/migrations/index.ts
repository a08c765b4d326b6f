// The hub's migrations, in order (a static list, as the app's): forward-only, a released one is never edited.
import type { Migration } from 'kysely';
import * as createHub from './2026-11-29T1600_create_hub.ts';
import * as hubEnrolment from './2026-11-29T1700_hub_enrolment.ts';
import * as hubStaff from './2026-11-29T1800_hub_staff.ts';
import * as hubDownward from './2026-11-29T1900_hub_downward.ts';
import * as hubFiles from './2026-11-29T2000_hub_files.ts';
import * as recordsLz4 from './2026-11-29T2100_records_lz4.ts';

export const HUB_MIGRATIONS: Record<string, Migration> = {
  '2026-11-29T1600_create_hub': createHub,
  '2026-11-29T1700_hub_enrolment': hubEnrolment,
  '2026-11-29T1800_hub_staff': hubStaff,
  '2026-11-29T1900_hub_downward': hubDownward,
  '2026-11-29T2000_hub_files': hubFiles,
  '2026-11-29T2100_records_lz4': recordsLz4,
};
