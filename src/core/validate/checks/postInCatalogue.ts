import { displayText, isBlank } from '../../cell';
import { compact } from '../../normalise/text';
import { addressIssue } from '../issue';
import type { Issue, WorkbookCheck } from '../types';

/** A person's post (A3 职务(岗位)) that the workbook's 岗位职责目录 (a list with 岗位名称 and 职责内容) does not name. */
export const postInCatalogue: WorkbookCheck = {
  id: 'postInCatalogue',
  scope: 'workbook',
  run: (wctx) => {
    const catalogues = wctx.forms.filter(
      (f) =>
        f.form.kind === 'list' && f.rf.columns.post !== undefined && f.form.columns.some((c) => c.key === 'duties'),
    );
    if (!catalogues.length) return [];
    const posts = new Set(catalogues.flatMap((f) => f.rf.rows.map((r) => compact(displayText(r.cells.post ?? null)))));
    const out: Issue[] = [];
    for (const f of wctx.forms) {
      if (f.form.kind !== 'perPerson') continue;
      const post = f.rf.header.post;
      if (!post || isBlank(post.value)) continue;
      const typed = compact(displayText(post.value));
      // 党组成员、副局长: any of the person's posts named in the catalogue will do.
      if (typed.split(/[、,，/]/).some((p) => posts.has(p))) continue;
      out.push(
        addressIssue(f, post.cell, 'post_not_in_catalogue', 'warning', post.value, {
          catalogue: catalogues.map((c) => c.rf.sheet).join('、'),
        }),
      );
    }
    return out;
  },
};
