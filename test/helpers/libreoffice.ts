import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Converts the files with headless LibreOffice in one soffice run (`to`: 'pdf', 'xlsx', …) into outDir, under a
 * private profile removed afterwards, so parallel test files never share LibreOffice's user profile or lock.
 */
export function convertWithLibreOffice(
  files: string[],
  to: string,
  outDir: string,
  opts: { timeout?: number } = {},
): void {
  mkdirSync(outDir, { recursive: true });
  const profile = path.join(tmpdir(), `lo-lianfang-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: opts.timeout ?? 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
