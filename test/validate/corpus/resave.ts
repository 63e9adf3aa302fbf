import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Opens the files in LibreOffice Calc and saves them again as .xlsx (one soffice run, a private profile), as an
 * office that keeps its tables in LibreOffice or WPS hands them in. Returns the re-saved files, by input.
 */
export function resaveWithLibreOffice(files: string[], outDir: string): Map<string, string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const profile = `/tmp/lo-resave-${randomBytes(6).toString('hex')}`;
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--calc',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return new Map(files.map((f) => [f, path.join(outDir, path.basename(f))]));
}
