import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands';
import type { CliContext } from './context';
import { commandLineError } from './commandLineError';
import { registerNativeDeflate } from './nativeDeflate';
import { processIo, reportError, safeIo, type Io } from './output';

/**
 * Runs the CLI and resolves to its exit code: 0 ok, 1 problems found in the input, 2 cannot read or write.
 * Never throws: every failure becomes a zh-CN message with a stable code.
 */
export async function main(argv: string[], rawIo: Io = processIo(argv.includes('--debug'))): Promise<number> {
  const io = safeIo(rawIo);
  registerNativeDeflate();
  let code = 0;
  const ctx: CliContext = { io, exit: (c) => (code = Math.max(code, c)) };
  const program = new Command('lianfang')
    .description('廉防 lianfang:廉政风险防控表格的校验、定级、汇总、签章与报送')
    .option('--debug', '出错时显示技术细节')
    .exitOverride()
    // commander's own findings (unknown option, missing argument …) are said in Chinese below, not in its English.
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => undefined });
  for (const register of COMMANDS) register(program, ctx);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      const said = commandLineError(program, argv, e);
      if (said) reportError(io, said);
      return 2;
    }
    reportError(io, e);
    return 2;
  }
  return code;
}
