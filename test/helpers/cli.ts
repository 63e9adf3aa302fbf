import { main } from '../../src/doors/cli/main';

/** Runs the real CLI code path and captures what a person at the terminal would read (each line ends in \n). */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'lianfang', ...args], {
    out: (s) => (out += `${s}\n`),
    err: (s) => (err += `${s}\n`),
    debug: false,
  });
  return { code, out, err };
}
