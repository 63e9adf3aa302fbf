import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LianfangError } from '../../core/errors';

/** The LibreOffice binary on PATH (soffice or libreoffice), or null when it is not installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean))
    for (const name of ['soffice', 'libreoffice']) {
      const p = path.join(dir, name);
      if (existsSync(p)) return p;
    }
  return null;
}

/**
 * Converts .xlsx files to PDF with LibreOffice in one headless run (one start-up for many files), with a
 * private profile so a running LibreOffice or a parallel conversion cannot interfere. Returns the PDF
 * paths, in `outDir`, in the order of `files`.
 */
export async function convertToPdf(files: string[], outDir: string, soffice = findSoffice()): Promise<string[]> {
  if (!soffice) throw new LianfangError('report_pdf_no_soffice');
  const profile = await mkdtemp(path.join(os.tmpdir(), `lo-${randomBytes(4).toString('hex')}-`));
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(
        soffice,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${profile}`,
          '--convert-to',
          'pdf',
          '--outdir',
          outDir,
          ...files,
        ],
        { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
        (err, _out, stderr) =>
          err
            ? reject(
                new LianfangError('report_pdf_failed', {
                  file: files.join('、'),
                  reason: String(stderr || err.message).slice(0, 300),
                }),
              )
            : resolve(),
      ),
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdfs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
  const missing = pdfs.find((p) => !existsSync(p));
  if (missing) throw new LianfangError('report_pdf_failed', { file: missing, reason: '没有生成 PDF 文件' });
  return pdfs;
}
