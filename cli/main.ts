// fengqiao: the command line of the register. Every command takes --data-dir; see docs/cli.md.
import { AppError } from '../shared/errors.ts';
import { adminResetCommand } from './commands/adminReset.ts';
import { backupCommand, checkCommand, restoreCommand } from './commands/backup.ts';
import { caseCommand } from './commands/case.ts';
import { docCommand } from './commands/doc.ts';
import { exportCommand } from './commands/export.ts';
import { initCommand } from './commands/init.ts';
import { importLedgerCommand } from './commands/ledger.ts';
import { seedCommand } from './commands/seed.ts';
import { serveCommand } from './commands/serve.ts';
import { syncCommand } from './commands/sync.ts';
import { hubCommand } from './commands/hub.ts';
import { rosterCommand, statsCommand } from './commands/stats.ts';
import { EXIT, UsageError, printError, printLine, reportError } from './io.ts';

const USAGE = `用法 / usage: fengqiao <command> [options]

  init --committee-code CODE --committee-name NAME --kind KIND --abbr ABBR [--parent-code CODE]
                              first-run setup of this office's committee (non-interactive)
  case add --json FILE|-      register a case from JSON (prints {"id","number"})
  case import --json FILE|-   import whole cases with their history (all or nothing; a ref imported before is skipped)
  case list [--search Q] [--type T] [--status S] [--risk R] [--attention A] [--from D] [--to D] [--page N] [--page-size N] [--json]
  case show ID|NUMBER [--json]
  import-ledger FILE [--mapping M] [--dry-run] [--json]
                              import an xlsx/csv ledger (台账): valid rows in one transaction, rejected rows listed
                              (exit 3 when some rows were rejected; --dry-run imports nothing)
  export --xlsx FILE [--json] the whole register as an Excel workbook
  stats --from DATE --to DATE [--committee CODE] [--json] [--xlsx FILE]
                              statistics of the period (the 统计 page's figures); CODE is the committee's
                              area code or case-number abbreviation; --xlsx writes the MoJ-layout workbook
  roster export --xlsx FILE [--current-only] [--json]
                              the mediator roster (名册, trainings, evaluations, grades) as a workbook
  doc types [--json]          the case documents (申请书, 协议书, 卷宗封面…) and the codes that name them
  doc render CASE_ID --type TYPE --format pdf|docx --out FILE [--json]
                              one document of a case (CASE_ID: the id or the case number); an incomplete
                              agreement is refused with what it lacks (exit 3)
  doc file CASE_ID --out FILE [--json]
                              the whole case file as one PDF in catalogue order, pages numbered
                              (PDF needs Chromium, Chrome or Edge: env FENGQIAO_CHROMIUM names it)
  seed --cases N [--seed S]   fill the register with realistic sample data
  serve [--port P]            browser mode on 127.0.0.1 (prints the address to open)
  backup --out FILE [--json]  encrypted backup of the register and its attachments
  restore FILE [--json]       put a backup back (verified first; the replaced register is kept)
  check [--json]              integrity, foreign keys, attachments, case states, audit chain (exit 1 on a problem)
  admin-reset [--username NAME] [--json]
                              forgotten administrator password: prints a temporary one (logged in the audit)
                              backup/restore take the passphrase from env FENGQIAO_PASSPHRASE or a prompt
  sync enroll --hub URL --code CODE [--json]
                              enrol this register with the district hub using its one-time code
  sync push [--json]          send what is pending now (exit 1 when the hub could not be reached, 3 refused)
  sync status [--json]        pending, last success, last error, rejected records, per committee count and hash
  sync export --out FILE [--json]
                              the pending records as an offline file for a USB stick (changes nothing here)
  sync import-receipt FILE [--json]
                              the district's receipts file for an offline file (verified, then taken in)
  sync restore [--decline] [--json]
                              a replacement PC takes its committee's register back from the hub
                              (--decline: do not, and send the new register as it is)
  hub serve [--db URL] [--port P] [--host H] [--name NAME] [--tls-cert F --tls-key F] [--trust-proxy]
                              the district hub (SQLite in the data folder, or --db postgres://…)
  hub enroll --committee CODE [--days N] [--json]
                              print a one-time enrolment code for the committee with that area code
  hub revoke DEVICE [--json]  stop accepting a device's batches
  hub import FILE [--out RECEIPTS] [--json]
                              take in an offline file; the receipts file goes to --out (else stdout)
  hub status [--json]         per committee: last batch, records, rejected, reconciliation hash; devices
  hub reference publish FILE [--json] | hub reference show [--json]
                              the district's reference data (JSON) as its next version, pulled by the apps
  hub note --committee ID --kind KIND --record ID --text TEXT [--author NAME] [--json]
                              the district's note on a record, delivered to the committee at its next sync
  hub request-files --case ID [--json]
                              ask the committee for the files of a case's attachments (sent at its next sync)
  hub staff add --username NAME --role admin|viewer [--display-name N] | hub staff list
  hub staff reset --username NAME | hub staff deactivate --username NAME
                              the district staff's accounts for the hub's page (/admin/); add and reset print
                              a temporary password, to be changed at the first sign-in
                              every hub command takes the same --db as hub serve

Every command takes --data-dir DIR (or env FENGQIAO_DATA_DIR).
Exit codes: 0 ok, 1 failure, 2 usage, 3 invalid input, 4 not found.`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  init: initCommand,
  case: caseCommand,
  seed: seedCommand,
  serve: serveCommand,
  backup: backupCommand,
  restore: restoreCommand,
  check: checkCommand,
  'import-ledger': importLedgerCommand,
  export: exportCommand,
  stats: statsCommand,
  doc: docCommand,
  roster: rosterCommand,
  'admin-reset': adminResetCommand,
  sync: syncCommand,
  hub: hubCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printLine(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    printError(`unknown command '${name}'\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      printError(`${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof AppError) return reportError(error.toPayload());
    printError(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT.failure;
  }
}

// A reader that stops early (`fengqiao doc types | head -3`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
