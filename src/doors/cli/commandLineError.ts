import type { Command, CommanderError } from 'commander';
import { LianfangError } from '../../core/errors';

/** commander's codes for a command line typed wrong, and ours (zh-CN/cli.ts says each in Chinese). */
const CODES: Record<string, string> = {
  'commander.unknownCommand': 'cli_unknown_command',
  'commander.unknownOption': 'cli_unknown_option',
  'commander.missingArgument': 'cli_missing_argument',
  'commander.optionMissingArgument': 'cli_option_needs_value',
  'commander.missingMandatoryOptionValue': 'cli_option_required',
  'commander.excessArguments': 'cli_too_many_arguments',
};

/** `lianfang roster add`: the (sub)command the words of argv name, for the --help hint. */
function commandPath(program: Command, argv: string[]): string {
  const names = ['lianfang'];
  let at = program;
  for (const word of argv.slice(2)) {
    const sub = at.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) break;
    names.push(sub.name());
    at = sub;
  }
  return names.join(' ');
}

/**
 * commander's finding as a LianfangError (Chinese sentence, stable code), or null where commander has already said
 * all (help printed after a missing subcommand). Its English text only lends the quoted name and any suggestion.
 */
export function commandLineError(program: Command, argv: string[], e: CommanderError): LianfangError | null {
  if (e.code === 'commander.help' || e.code === 'commander.helpDisplayed') return null;
  const text = e.message.replace(/^error:\s*/, '');
  const name = /'([^']*)'/.exec(text)?.[1] ?? '';
  const suggestion = /Did you mean (.+?)\?/.exec(text)?.[1] ?? '';
  const command = commandPath(program, argv);
  const detail = /Expected (\d+) arguments? but got (\d+)/.exec(text);
  return new LianfangError(CODES[e.code] ?? 'cli_bad_arguments', {
    name,
    suggestion,
    command,
    detail: detail ? `应为 ${detail[1]} 个，实际 ${detail[2]} 个` : text,
  });
}
