import type { Command } from 'commander';

/** Every CLI command module exports one of these; main.ts wires them in. */
export type RegisterCommand = (program: Command) => void;

/** Exit codes from ../shared/contracts/cli.md. */
export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

/** Writes one JSON value per line to stdout (machine output). */
export function printJsonLine(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}
