import type { Params } from '../../errors';

/** The command line itself typed wrong (commander's findings, said in Chinese with our own codes). */
export const cli: Record<string, (p: Params) => string> = {
  cli_unknown_command: (p) =>
    `「${p.command}」没有「${p.name}」这个命令${p.suggestion ? `（是否想用 ${p.suggestion}？）` : ''}。运行 ${p.command} --help 查看全部命令。`,
  cli_unknown_option: (p) =>
    `「${p.command}」不认识选项「${p.name}」${p.suggestion ? `（是否想用 ${p.suggestion}？）` : ''}。运行 ${p.command} --help 查看可用的选项。`,
  cli_missing_argument: (p) => `「${p.command}」缺少参数 <${p.name}>。运行 ${p.command} --help 查看用法。`,
  cli_option_needs_value: (p) => `选项 ${p.name} 后面要跟一个值。运行 ${p.command} --help 查看用法。`,
  cli_option_required: (p) => `「${p.command}」必须给出选项 ${p.name}。运行 ${p.command} --help 查看用法。`,
  cli_too_many_arguments: (p) => `「${p.command}」的参数太多：${p.detail}。运行 ${p.command} --help 查看用法。`,
  cli_bad_arguments: (p) => `命令行参数有误：${p.detail}。运行 ${p.command} --help 查看用法。`,
};
