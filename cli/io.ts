// How the CLI talks: results on stdout (JSON where asked), messages on stderr, and exit codes scripts rely on.
import { describeError, type ErrorPayload } from '../shared/errors.ts';

/** Exit codes of every command (docs/cli.md). */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  invalidInput: 3,
  notFound: 4,
} as const;

export class UsageError extends Error {}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function printError(message: string): void {
  process.stderr.write(`fengqiao: ${message}\n`);
}

/** Prints an API error with each field and its problem, and returns the exit code for it. */
export function reportError(error: ErrorPayload): number {
  printError(describeError(error));
  switch (error.code) {
    case 'VALIDATION':
    case 'ALREADY_SET_UP':
    case 'NOT_SET_UP':
    case 'CONFLICT':
      return EXIT.invalidInput;
    case 'NOT_FOUND':
      return EXIT.notFound;
    case 'UNKNOWN_METHOD':
      return EXIT.usage;
    default:
      return EXIT.failure;
  }
}
