import { explainPack } from '../../../core/explain/explain';
import { PACKS } from '../../../core/packs';
import { roundDeadlines } from '../../../core/round/round';
import type { RegisterCommand } from '../context';
import { json } from '../output';

export const registerPacks: RegisterCommand = (program, ctx) =>
  program
    .command('packs')
    .description('列出全部方案及其表格 (list every programme pack and its forms)')
    .option('--json', '以 JSON 输出')
    .action((opts: { json?: boolean }) => {
      const list = PACKS.map((p) => ({
        id: p.id,
        name: p.name,
        plan: p.plan,
        issuer: p.issuer,
        year: p.year,
        levels: p.grading.levels.map((l) => l.name),
        reportTo: p.reportTo ?? null,
        // Dates in the plan's own year; a round of another year moves them (consolidate --round).
        deadlines: roundDeadlines({ pack: p, year: p.year }).map(({ due, ...d }) => ({ ...d, rule: due })),
        forms: p.forms.map((f) => ({ id: f.id, title: f.title, attachment: f.attachment ?? null, kind: f.kind })),
        // The diagrams rollup and report draw: per subject, the plan's stages (null: each subject's own, from the data).
        flowcharts: p.flowcharts.map((f) => ({
          id: f.id,
          title: f.title,
          per: f.subjectLabel,
          stages: f.stages ?? null,
          forms: [...(f.subjects ? [f.subjects.form] : []), f.risks.form],
        })),
        // What the 说明 sheet prints: level definitions and monitors, the figures in force, 预警 levels, notes.
        explanation: explainPack(p),
      }));
      if (opts.json) return ctx.io.out(json(list));
      for (const p of list) {
        ctx.io.out(`${p.id}\t${p.name}`);
        for (const f of p.forms) ctx.io.out(`  ${f.id}\t${f.title}${f.attachment ? `(${f.attachment})` : ''}`);
        for (const d of p.deadlines)
          ctx.io.out(
            `  ${d.date.slice(5)}\t${d.by}:${d.what} → ${d.to}${d.forms.length ? `(${d.forms.join('、')})` : ''}`,
          );
      }
    });
