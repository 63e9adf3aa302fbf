import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Form } from '../../src/core/forms/schema';
import { findPack } from '../../src/core/packs';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { PACK_IDS, artifactDir, writeAll } from './cli';

/**
 * What comes out of the printer: LibreOffice turns all five templates into PDF in one run; every page must be
 * A4, carry its form's title (title rows repeat on every page), be landscape where the table is wide, and
 * nothing may print on an empty page. PNG pages stay in artifacts/template/pdf/png for a person to look at.
 */
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });

let dir: string;
const pages: Record<string, Array<{ w: number; h: number; text: string }>> = {};

beforeAll(async () => {
  dir = artifactDir('pdf');
  const files = await writeAll('template', dir);
  convertWithLibreOffice([...PACK_IDS.map((id) => files[id])], 'pdf', dir);
  for (const id of PACK_IDS) {
    const pdf = join(dir, `${id}.pdf`);
    const info = run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      w: Number(m[1]),
      h: Number(m[2]),
    }));
    pages[id] = sizes.map((s, i) => ({ ...s, text: run('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-']) }));
    run('pdftoppm', ['-r', '60', '-png', pdf, join(dir, basename(pdf, '.pdf'))]);
  }
}, 240_000);

const A4 = [595.3, 841.9];
const near = (a: number, b: number) => Math.abs(a - b) < 1.5;

/** The form pages; the 说明 sheet prints last, from the page that opens with its title. */
const formPages = (id: string) => {
  const first = pages[id].findIndex((p) => p.text.replace(/\s+/g, '').startsWith('说明'));
  return first < 0 ? pages[id] : pages[id].slice(0, first);
};

describe.each(PACK_IDS.map((id) => [id] as const))('%s printed through LibreOffice', (id) => {
  const pack = findPack(id)!;

  it('prints the 说明 last, on A4 portrait, with every level and its monitors', () => {
    const rest = pages[id].slice(formPages(id).length);
    expect(rest.length).toBeGreaterThanOrEqual(1);
    for (const p of rest) expect(p.h > p.w).toBe(true);
    const text = rest.map((p) => p.text.replace(/\s+/g, '')).join('');
    for (const l of pack.grading.levels) expect(text).toContain(`${l.colour}色：${l.name}`);
  });

  it('prints every page on A4', () => {
    expect(pages[id].length).toBeGreaterThanOrEqual(pack.forms.length);
    for (const p of pages[id]) {
      const [short, long] = [Math.min(p.w, p.h), Math.max(p.w, p.h)];
      expect([near(short, A4[0]), near(long, A4[1])]).toEqual([true, true]);
    }
  });

  it('carries each form’s title on its pages, landscape where the printed table is wide, no stray pages', () => {
    const titles = [...pack.forms].sort((a, b) => b.title.length - a.title.length);
    const seen = new Set<string>();
    for (const [i, p] of formPages(id).entries()) {
      const text = p.text.replace(/\s+/g, '');
      const form = titles.find((f) => text.includes(f.title));
      expect([i + 1, form?.id ?? 'no title on this page']).toEqual([i + 1, expect.stringMatching(/^[A-E]\d$/)]);
      seen.add(form!.id);
      const drawnWidth = (c: Form['columns'][number]) =>
        c.widths ? c.widths.reduce((a, b) => a + b, 0) : (c.width ?? 12);
      const wide = form!.columns.filter((c) => !c.extra && c.printed).reduce((n, c) => n + drawnWidth(c), 0) > 100;
      const landscape = (form!.orientation ?? (wide ? 'landscape' : 'portrait')) === 'landscape';
      expect([form!.id, p.w > p.h]).toEqual([form!.id, landscape]);
      expect(text).toMatch(/第\d+页共\d+页/);
    }
    expect([...seen].sort()).toEqual(pack.forms.map((f) => f.id).sort());
  });

  it('prints the plan’s column headings but not lianfang’s assessment columns', () => {
    const all = formPages(id)
      .map((p) => p.text.replace(/\s+/g, ''))
      .join('');
    for (const f of pack.forms)
      for (const c of f.columns) {
        if (!c.extra) expect(all).toContain(c.label.replace(/\s+/g, ''));
        else if (c.key === 'adjustReason') expect(all).not.toContain(c.label);
      }
  });

  it('keeps PNG pages for a person to look at', () => {
    const pngs = readdirSync(dir).filter((f) => f.startsWith(`${id}-`) && f.endsWith('.png'));
    expect(pngs).toHaveLength(pages[id].length);
  });
});
