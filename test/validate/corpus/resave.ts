import { rmSync } from 'node:fs';
import path from 'node:path';
import { convertWithLibreOffice } from '../../helpers/libreoffice';

/**
 * Opens the files in LibreOffice Calc and saves them again as .xlsx (one soffice run, a private profile), as an
 * office that keeps its tables in LibreOffice or WPS hands them in. Returns the re-saved files, by input.
 */
export function resaveWithLibreOffice(files: string[], outDir: string): Map<string, string> {
  rmSync(outDir, { recursive: true, force: true });
  convertWithLibreOffice(files, 'xlsx', outDir);
  return new Map(files.map((f) => [f, path.join(outDir, path.basename(f))]));
}
