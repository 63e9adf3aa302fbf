import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

export const ROOT = join(__dirname, '../..');
export const PACK_IDS = ['puyang-2012', 'heshui-2012', 'hangzhou-2019', 'school-2010', 'railway-2014'] as const;

/** A clean folder under artifacts/template/ for one test file's output. */
export function artifactDir(name: string): string {
  const dir = join(ROOT, 'artifacts/template', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export { runCli };

/** Writes `template` (or `demo`) of every pack into dir; returns pack id → file. */
export async function writeAll(command: 'template' | 'demo', dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const id of PACK_IDS) {
    const file = join(dir, `${id}${command === 'demo' ? '-demo' : ''}.xlsx`);
    const r = await runCli(command, id, '-o', file);
    if (r.code !== 0) throw new Error(`lianfang ${command} ${id} exited ${r.code}: ${r.err}`);
    files[id] = file;
  }
  return files;
}

/** /usr/bin/python3 has openpyxl (the python3 first on PATH may not). */
export function python(script: string, args: string[]): string {
  return execFileSync('/usr/bin/python3', [script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
