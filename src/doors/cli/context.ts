import type { Command } from 'commander';
import type { Io } from './output';

/** What every command gets: where to print, and a way to set the exit code. */
export interface CliContext {
  io: Io;
  exit: (code: number) => void;
}

export type RegisterCommand = (program: Command, ctx: CliContext) => void;
