import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The core never reaches a host: this fails the tests (as eslint fails the lint) when it does. */
const CORE = path.join(__dirname, '..', 'src', 'core');
const FORBIDDEN =
  /^(exceljs|react|react-dom|@fluentui\/|office-js|node:|fs$|path$|os$|crypto$|worker_threads$|child_process$|stream$|buffer$|util$|zlib$)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

const importsOf = (src: string): string[] =>
  [...src.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('core boundary', () => {
  const sources = files(CORE).map((f) => ({ f: path.relative(CORE, f), src: readFileSync(f, 'utf8') }));

  it('reads the core', () => expect(sources.length).toBeGreaterThan(50));

  it('imports no host, UI or Node module', () => {
    const bad = sources.flatMap(({ f, src }) =>
      importsOf(src)
        .filter((s) => FORBIDDEN.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('never calls Excel or Office directly', () => {
    const bad = sources
      .filter(({ f }) => !f.endsWith('.test.ts'))
      .filter(({ src }) => /\bExcel\.run\b|\bOffice\.[a-z]/.test(src))
      .map(({ f }) => f);
    expect(bad).toEqual([]);
  });

  it('would catch a forbidden import', () => {
    expect(importsOf("import ExcelJS from 'exceljs';").filter((s) => FORBIDDEN.test(s))).toEqual(['exceljs']);
  });
});
