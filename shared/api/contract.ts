// The one API contract between the renderer and the register's services. Each method names its zod input
// and output; the IPC bridge, the browser-mode HTTP host, the renderer's client and the dispatcher all
// derive from this table, so adding a method is one entry here plus one handler.
import { ReferenceData } from '../sync/downward.ts';
import {
  NoteRow,
  NotesQuery,
  RestoreResult,
  SyncEnrolInput,
  SyncOverview,
  SyncReceiptsFile,
  SyncReceiptsResult,
} from '../sync/overview.ts';
import { z } from '../zod.ts';
import { Committee, CommitteeInput, CommitteeOverview, CommitteeUpdate } from '../domain/committee.ts';
import { CaseDetail, CaseListQuery, CasePage, CaseRegistration, CaseUpdate, RegisteredCase } from '../domain/case.ts';
import { recordId } from '../domain/fields.ts';
import { Attachment, AttachmentContent, AttachmentInput } from '../domain/attachment.ts';
import { LifecycleConfig } from '../domain/config.ts';
import { CorrectionInput, StepInput } from '../domain/lifecycle.ts';
import { CaseImport, CaseImportResult } from '../domain/caseImport.ts';
import { LedgerFile, LedgerFileContent, LedgerFileInfo, LedgerReport } from '../domain/ledger.ts';
import { RegisterExport } from '../domain/registerExport.ts';
import {
  GradeInput,
  HonourInput,
  LeaveInput,
  Mediator,
  MediatorDetail,
  MediatorInput,
  MediatorQuery,
  MediatorUpdate,
  TrainingInput,
} from '../domain/mediator.ts';
import { ExportedFile, StatisticsReport, StatsCasesQuery, StatsQuery } from '../domain/statistics.ts';
import { DocumentAvailability, DocumentRequest, PrintResult, RenderedDocument } from '../domain/documents.ts';
import { DocumentWording } from '../documents/wording.ts';
import { SubsidyQuery, SubsidyRules, SubsidySheet } from '../domain/subsidy.ts';
import { ScreeningOverview, ScreeningReport, ScreeningReportInput } from '../domain/screening.ts';
import { WarningItem, Worklist } from '../domain/worklist.ts';
import { BackupConfigure, BackupStatus, RecoveryStatus } from '../domain/backup.ts';
import {
  AuditPage,
  AuditQuery,
  AuditVerification,
  AuthStatus,
  FirstAdminInput,
  LoginInput,
  PasswordChange,
  SecuritySettings,
  Session,
  User,
  UserInput,
  UserUpdate,
  password,
  username,
} from '../domain/account.ts';

const Division = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'city', 'district', 'township', 'village']),
  hasChildren: z.boolean(),
});
export type Division = z.infer<typeof Division>;

const AppInfo = z.object({
  version: z.string(),
  mode: z.enum(['desktop', 'browser', 'cli']),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const SetupStatus = z.object({
  done: z.boolean(),
  ownCommittee: Committee.nullable(),
});
export type SetupStatus = z.infer<typeof SetupStatus>;

const none = z.object({}).strict();

export const contract = {
  'app.info': { input: none, output: AppInfo },
  /** Whether accounts exist and who is signed in with the session given (if any). */
  'auth.status': { input: none, output: AuthStatus },
  /** Creates the first administrator; refused once any account exists. Signs them in. */
  'auth.setupAdmin': { input: FirstAdminInput, output: Session },
  'auth.login': { input: LoginInput, output: Session },
  /** The same user's password, after the screen locked for idleness. */
  'auth.unlock': { input: z.object({ password: z.string().min(1, '请填写密码').max(128) }), output: Session },
  'auth.lock': { input: none, output: z.object({ locked: z.literal(true) }) },
  /** The person is using the page (typing a long record makes no calls): keeps the session from idling. */
  'auth.touch': { input: none, output: z.object({ locked: z.boolean() }) },
  'auth.logout': { input: none, output: z.object({ done: z.literal(true) }) },
  'auth.changePassword': { input: PasswordChange, output: User },
  'users.list': { input: none, output: z.array(User) },
  'users.add': { input: UserInput, output: User },
  'users.update': { input: UserUpdate, output: User },
  /** An administrator sets a temporary password; the user must choose a new one at the next sign-in. */
  'users.resetPassword': { input: z.object({ id: recordId, password }), output: User },
  /** Recovery at the PC itself (command line only): a new temporary password for an administrator, logged. */
  'users.recover': {
    input: z.object({ username: username.nullish(), host: z.string().max(100) }),
    output: z.object({ user: User, temporaryPassword: z.string() }),
  },
  'security.get': { input: none, output: SecuritySettings },
  'security.set': { input: SecuritySettings, output: SecuritySettings },
  'audit.list': { input: AuditQuery, output: AuditPage },
  /** Walks the whole hash chain of the log (also part of `fengqiao check`). */
  'audit.verify': { input: none, output: AuditVerification },
  'backup.status': { input: none, output: BackupStatus },
  /** Sets the passphrase (kept as a derived key for the unattended backups), how many to keep, a second folder. */
  'backup.configure': { input: BackupConfigure, output: BackupStatus },
  /** Backs up now; a failure is reported in the status's lastError. */
  'backup.run': { input: none, output: BackupStatus },
  /** When the register failed its check at start: what is wrong and the backups that can bring it back. */
  'recovery.status': { input: none, output: RecoveryStatus },
  /** Restores one of the listed backups; the damaged register is kept beside it. */
  'recovery.restore': {
    input: z.object({ file: z.string().min(1).max(1000), passphrase: z.string().max(200).nullish() }),
    output: z.object({ cases: z.number().int(), createdAt: z.string(), replaced: z.string().nullable() }),
  },
  'setup.status': { input: none, output: SetupStatus },
  'setup.complete': { input: CommitteeInput, output: Committee },
  'committees.list': { input: none, output: z.array(Committee) },
  'divisions.children': {
    input: z.object({
      code: z
        .string()
        .regex(/^\d{12}$/, '区划代码应为12位数字')
        .nullable(),
    }),
    output: z.array(Division),
  },
  'divisions.path': {
    input: z.object({ code: z.string().regex(/^\d{12}$/, '区划代码应为12位数字') }),
    output: z.array(Division),
  },
  'cases.register': { input: CaseRegistration, output: RegisteredCase },
  'cases.list': { input: CaseListQuery, output: CasePage },
  /** One case, by its id or by its number (〔2026〕梅园调字第1号). */
  'cases.get': {
    input: z.union([z.object({ id: recordId }).strict(), z.object({ number: z.string().trim().min(1, '请填写案号') }).strict()], {
      error: '请给出案件编号（id）或案号（number）',
    }),
    output: CaseDetail,
  },
  /** Edits the registration of a case that is not archived; `version` must be the one the clerk saw. */
  'cases.update': { input: CaseUpdate, output: CaseDetail },
  /** Records one step of the lifecycle (受理, 调解记录, 协议, 回访, 归档…); refused with the reason when not allowed. */
  'cases.record': { input: z.object({ caseId: recordId, step: StepInput }), output: CaseDetail },
  /** Replaces what an earlier step recorded, keeping the original and the reason (更正). */
  'cases.correct': { input: z.object({ caseId: recordId, correction: CorrectionInput }), output: CaseDetail },
  /** Whole cases with their history from another system, all or none; a case imported before is skipped. */
  'cases.import': { input: CaseImport, output: CaseImportResult },
  /** A ledger file (xlsx or csv): its sheets, headers, first rows, and the saved or suggested column mapping. */
  'ledger.read': { input: LedgerFileContent, output: LedgerFileInfo },
  /** The import's report row by row (dry run): writes nothing. */
  'ledger.preview': { input: LedgerFile, output: LedgerReport },
  /** Imports every valid row in one transaction (or nothing); rows imported before are skipped. */
  'ledger.import': { input: LedgerFile, output: LedgerReport },
  /** The whole register as an xlsx workbook (案件, 当事人, 调解员, 委员会, 排查). */
  'data.exportXlsx': { input: none, output: RegisterExport },
  'attachments.add': { input: AttachmentInput, output: Attachment },
  'attachments.get': { input: z.object({ id: recordId }), output: AttachmentContent },
  'work.today': { input: none, output: Worklist },
  'warnings.board': { input: z.object({ committeeId: recordId.nullish() }), output: z.array(WarningItem) },
  'screening.overview': {
    input: z.object({
      committeeId: recordId.nullish(),
      periods: z.number().int().min(1).max(53, '最多显示53期').default(8),
    }),
    output: ScreeningOverview,
  },
  'screening.report': { input: ScreeningReportInput, output: ScreeningReport },
  'screening.list': {
    input: z.object({ committeeId: recordId, limit: z.number().int().min(1).max(200).default(20) }),
    output: z.array(ScreeningReport),
  },
  /** Adds a committee whose records this office keeps (a village committee, a dispatched room…). */
  'committees.add': { input: CommitteeInput, output: Committee },
  /** Every committee with its members, full-time mediators, cases and staffing warnings. */
  'committees.overview': { input: none, output: z.array(CommitteeOverview) },
  'committees.update': { input: CommitteeUpdate, output: Committee },
  /** The roster (ID numbers masked), searchable by name or pinyin initials. */
  'mediators.list': { input: MediatorQuery, output: z.array(Mediator) },
  /** One mediator's whole record: grade history, trainings, evaluations and awards, cases. */
  'mediators.get': { input: z.object({ id: recordId }), output: MediatorDetail },
  'mediators.add': { input: MediatorInput, output: Mediator },
  'mediators.update': { input: MediatorUpdate, output: MediatorDetail },
  /** 退出: the mediator stays in the roster with the past cases, and can no longer be assigned. */
  'mediators.leave': { input: LeaveInput, output: MediatorDetail },
  'mediators.grade': { input: GradeInput, output: MediatorDetail },
  'mediators.training': { input: TrainingInput, output: MediatorDetail },
  'mediators.honour': { input: HonourInput, output: MediatorDetail },
  /** The roster as an xlsx workbook (名册, 培训, 考核奖励). */
  'roster.exportXlsx': { input: z.object({ includeLeft: z.boolean().default(true) }), output: ExportedFile },
  /** Every indicator of the period, by dispute type and committee, with the four targets. */
  'stats.report': { input: StatsQuery, output: StatisticsReport },
  /** The cases behind one figure (a measure, optionally of one dispute type). */
  'stats.cases': { input: StatsCasesQuery, output: CasePage },
  /** The report as an xlsx workbook in the layout of the MoJ tables. */
  'stats.exportXlsx': { input: StatsQuery, output: ExportedFile },
  'subsidy.rules': { input: none, output: SubsidyRules },
  'subsidy.setRules': { input: SubsidyRules, output: SubsidyRules },
  /** Per-case subsidies of the period, per mediator, with the cases behind each line. */
  'subsidy.sheet': { input: SubsidyQuery, output: SubsidySheet },
  'subsidy.exportXlsx': { input: SubsidyQuery, output: ExportedFile },
  /** Which of the case's documents can be drawn now, and why not. */
  'documents.available': { input: z.object({ caseId: recordId }), output: z.array(DocumentAvailability) },
  /** One document of a case as PDF (for preview, printing and saving) or DOCX (for editing in WPS or Word). */
  'documents.render': { input: DocumentRequest, output: RenderedDocument },
  /** The whole case file as one PDF, in catalogue order, with continuous page numbers and the attachments. */
  'documents.caseFile': { input: z.object({ caseId: recordId }), output: RenderedDocument },
  /** Prints a document through the desktop app's print dialog; browser mode prints the preview instead. */
  'documents.print': { input: DocumentRequest.omit({ format: true }), output: PrintResult },
  'documents.wording': { input: none, output: DocumentWording },
  'documents.setWording': { input: DocumentWording, output: DocumentWording },
  /** The upward sync: pending, last success, last error in words, rejected records, per committee count and hash. */
  'sync.status': { input: none, output: SyncOverview },
  /** Enrols this register with the district hub using the district's one-time code. */
  'sync.enrol': { input: SyncEnrolInput, output: SyncOverview },
  /** Sends what is pending now (the background sender does it by itself whenever the hub is reachable). */
  'sync.push': { input: none, output: SyncOverview },
  /** The pending records as an offline file (.fqsync) for a USB stick; changes nothing until receipts come back. */
  'sync.exportFile': { input: none, output: ExportedFile },
  /** The district's receipts file for an offline file: verified against the hub's key, then taken in. */
  'sync.importReceipts': { input: SyncReceiptsFile, output: SyncReceiptsResult },
  /** A replacement PC takes its committee's register back from the hub (only into a register with no cases). */
  'sync.restore': { input: none, output: RestoreResult },
  /** The administrator decides not to restore what the hub holds from the replaced PC; sending resumes. */
  'sync.declineRestore': { input: none, output: SyncOverview },
  /** The district's notes on this register's records (questions, corrections to make), newest first. */
  'sync.notes': { input: NotesQuery, output: z.array(NoteRow) },
  /** Marks a note as dealt with (the correction itself goes up as a new version of the record). */
  'sync.handleNote': { input: z.object({ noteId: z.string().min(1).max(64) }), output: NoteRow },
  /** The district's reference data as applied here (dispute-type names, four-colour warnings, registry, announcements). */
  'reference.current': { input: none, output: z.object({ reference: ReferenceData.nullable(), appliedAt: z.string().nullable() }) },
  'config.get': { input: none, output: LifecycleConfig },
  'config.set': { input: LifecycleConfig, output: LifecycleConfig },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults and normalisation). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
