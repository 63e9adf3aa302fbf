import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Converts the files with headless LibreOffice in one soffice run (`to`: 'pdf', 'xlsx', a 'csv:…' filter, …) into
 * outDir, under a private profile removed afterwards, so parallel test files never share LibreOffice's user profile
 * or lock. `settings`: a registrymodifications.xcu the profile starts with (e.g. always recalculate on load);
 * `env`: extra environment (e.g. TZ, for TODAY()).
 */
export function convertWithLibreOffice(
  files: string[],
  to: string,
  outDir: string,
  opts: { timeout?: number; settings?: string; env?: Record<string, string> } = {},
): void {
  mkdirSync(outDir, { recursive: true });
  const profile = path.join(tmpdir(), `lo-lianfang-${process.pid}-${randomBytes(6).toString('hex')}`);
  if (opts.settings) {
    mkdirSync(path.join(profile, 'user'), { recursive: true });
    writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), opts.settings);
  }
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: opts.timeout ?? 180_000, env: { ...process.env, ...opts.env } },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
