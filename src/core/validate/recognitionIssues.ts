import { displayText, isBlank } from '../cell';
import { hasReportData } from '../report/hiddenData';
import { compact } from '../normalise/text';
import { findPack } from '../packs';
import { makeGrid } from '../recognise/grid';
import { judgeByHeaders } from '../recognise/judge';
import { HEADING_SCAN_ROWS } from '../recognise/headingHits';
import { findTitle, mayStandTitled } from '../recognise/locate';
import type { WorkbookSnapshot } from '../port';
import type { Recognition } from '../recognise/types';
import { issueAt } from './issue';
import type { Issue } from './types';

const packName = (id: string) => findPack(id)?.name ?? id;

/**
 * What recognition itself found wrong, as issues: a visible table of another programme that this workbook's
 * programme cannot check (an error: it must not pass unchecked), and lianfang's own metadata contradicted by the
 * content (a warning: the content was read).
 */
export function recognitionIssues(wb: WorkbookSnapshot, r: Recognition): Issue[] {
  const out: Issue[] = [];
  const firstVisible = wb.sheets.find((s) => s.visibility === 'visible')?.name ?? '';
  for (const s of r.skipped)
    if (s.reason === 'otherPack' && r.pack) {
      const [pack, form] = (s.candidates?.[0] ?? '').split(' ');
      out.push(
        issueAt('sheet_other_pack', 'error', { sheet: s.sheet, row: 1, column: 1 }, null, {
          other: packName(pack),
          form,
          pack: packName(r.pack),
        }),
      );
    }
  // A sheet under one of the programme's form titles whose column headings were not found: most likely that form,
  // typed with headings lianfang cannot match. Its rows would be lost in silence; it is said, as a warning.
  // lianfang's own report workbook names forms on its 封面 and lists: none of its sheets is a lost form.
  const pack = r.pack && !hasReportData(wb) ? findPack(r.pack) : undefined;
  for (const s of r.skipped) {
    // A hidden sheet holding one of the programme's forms (a person's 登记表 hidden by mistake, or an old copy): said,
    // as a notice, since whatever it holds is left out of the totals and the report.
    if (s.reason === 'hidden' && pack) {
      const sheet = wb.sheets.find((x) => x.name === s.sheet);
      const v = sheet && judgeByHeaders(makeGrid(sheet), pack);
      if (v?.kind === 'placed')
        out.push(
          issueAt('sheet_hidden_form', 'notice', { sheet: s.sheet, row: v.placement.headerRow, column: 1 }, null, {
            form: `${v.placement.form.id} ${v.placement.form.title}`,
          }),
        );
      continue;
    }
    if (s.reason !== 'unrecognised' || !pack) continue;
    const sheet = wb.sheets.find((x) => x.name === s.sheet);
    if (!sheet) continue;
    const grid = makeGrid(sheet);
    const titled = pack.forms.filter((f) => mayStandTitled(grid, [f]));
    // A sheet naming several forms' titles is a 目录 (contents), not a form whose headings were lost.
    const form = titled.length === 1 ? titled[0] : undefined;
    const title = form && findTitle(grid, form, HEADING_SCAN_ROWS + 1);
    // The title as a form carries it: near the top, standing alone (an address or （续） beside it at most), not a
    // mention in a sentence or a table (a report's 封面 and 校验问题清单 name forms too).
    if (form && title && title.row <= TITLE_ROWS && standsAlone(grid, title, form)) {
      out.push(
        issueAt('sheet_titled_unread', 'warning', { sheet: s.sheet, row: title.row, column: title.col }, null, {
          form: `${form.id} ${form.title}`,
          known: form.columns
            .filter((c) => !c.extra)
            .map((c) => c.label)
            .join('、'),
        }),
      );
    }
  }
  for (const d of r.metaDisagrees ?? []) {
    const rf = d.sheet ? r.forms.find((f) => f.sheet === d.sheet) : undefined;
    const where = {
      sheet: d.sheet ?? firstVisible,
      row: rf?.titleRow ?? 1,
      column: 1,
      ...(rf ? { form: rf.form } : {}),
    };
    const code = !d.sheet ? 'meta_pack_disagrees' : d.claimed === 'lianfang' ? 'meta_copy_disagrees' : 'meta_disagrees';
    out.push(
      issueAt(code, 'warning', where, null, {
        claimed: d.sheet ? d.claimed : packName(d.claimed),
        found: d.sheet ? d.found : packName(d.found),
      }),
    );
  }
  return out;
}

/** How far down a form's own title stands: under an 附件 line and a unit line at most. */
const TITLE_ROWS = 5;

function standsAlone(grid: ReturnType<typeof makeGrid>, at: { row: number; col: number }, form: { title: string }) {
  if (compact(displayText(grid.at(at.row, at.col))).length > compact(form.title).length + 16) return false;
  for (let c = 1; c <= grid.width(at.row); c++) if (c !== at.col && !isBlank(grid.at(at.row, c))) return false;
  return true;
}
