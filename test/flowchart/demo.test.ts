import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { findPack } from '../../src/core/packs';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { openWorkbook, toBytes, workbookHost } from '../../src/doors/page/workbook';
import { gradeStep } from '../../src/doors/ui/actions';
import { excelProblems } from '../helpers/excelStrict';
import { runCli } from '../helpers/cli';
import { ROOT } from '../template/cli';
import { readChart, type ReadChart } from './readChart';

/**
 * The plans' diagrams for the demo data, as a clerk gets them from `lianfang rollup`: puyang's 职权运行流程图 (one
 * per power of 附件2, the stages 提出 → 受理 → 审核 → 办理 → 反馈, every 附件3 risk at its stage in its level's
 * colour) and railway's 廉政风险分布图 (one per 许可事项, its own 流程环节 in the order the table names them). Read
 * back from the written file; the file opens in Excel without repair; LibreOffice prints each chart on one A4 page.
 */
const dir = join(ROOT, 'artifacts/flowchart');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });

const PACKS = ['puyang-2012', 'railway-2014'] as const;
const out: Record<string, { file: string; stdout: string; charts: ReadChart[] }> = {};

beforeAll(async () => {
  for (const id of PACKS) {
    const demo = join(dir, `${id}-demo.xlsx`);
    const file = join(dir, `${id}-rollup.xlsx`);
    expect((await runCli('demo', id, '-o', demo)).code).toBe(0);
    const r = await runCli('rollup', demo, '-o', file);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const prefix = findPack(id)!.flowcharts[0].sheetPrefix;
    const charts = wb.worksheets.filter((ws) => /^\d/.test(ws.name.slice(prefix.length)) && ws.name.startsWith(prefix));
    out[id] = { file, stdout: r.out, charts: charts.map(readChart) };
  }
}, 120_000);

/** The sample's risks of a pack's risk form, with the keys the spec names. */
function sampleRisks(id: string) {
  const pack = findPack(id)!;
  const spec = pack.flowcharts[0];
  return pack.sample.instances
    .filter((i) => i.form === spec.risks.form)
    .flatMap((i) => i.rows.map((row) => ({ row, header: i.header })))
    .map(({ row: r, header }) => ({
      subject: String(r[spec.risks.subject]),
      stage: String(r[spec.risks.stage]),
      text: String(r[spec.risks.text]),
      level: String(r[spec.risks.level]),
      who: spec.risks.who.keys.map((k) => String(r[k] ?? header[k] ?? '')).filter(Boolean),
    }));
}

describe('puyang 职权运行流程图', () => {
  const pack = findPack('puyang-2012')!;
  const powers = pack.sample.instances.find((i) => i.form === 'A2')!.rows.map((r) => String(r.power));

  it('draws one chart per power of 附件2, in its order, named after it', () => {
    expect(out['puyang-2012'].charts.map((c) => c.subject)).toEqual(powers);
    expect(out['puyang-2012'].charts.map((c) => c.sheet)).toEqual(powers.map((p, i) => `流程图${i + 1} ${p}`));
    expect(out['puyang-2012'].stdout).toContain('已生成 3 张职权运行流程图');
  });

  it('runs 提出 → 受理 → 审核 → 办理 → 反馈 with an arrow between each', () => {
    for (const c of out['puyang-2012'].charts) {
      expect(c.title).toBe('职权运行流程图');
      expect(c.stages).toEqual(['提出', '受理', '审核', '办理', '反馈']);
      expect(c.arrows).toBe(4);
    }
  });

  it('marks every risk of 附件3 at its stage, in its level’s colour, with whose post it is', () => {
    const fills = Object.fromEntries(pack.grading.levels.map((l) => [l.name, l.fill]));
    for (const chart of out['puyang-2012'].charts) {
      const expected = sampleRisks('puyang-2012').filter((r) => r.subject === chart.subject);
      expect(chart.risks.map((r) => r.text).sort()).toEqual(expected.map((r) => r.text).sort());
      for (const e of expected) {
        const got = chart.risks.find((r) => r.text === e.text)!;
        expect([got.stage, got.level, got.fill]).toEqual([e.stage, e.level, fills[e.level]]);
        expect(got.rest.join('\n')).toContain(e.who.join('\n'));
      }
    }
    // 科技成果鉴定 has one risk (审核): the other stages are drawn, empty.
    expect(out['puyang-2012'].charts[1].risks.map((r) => r.stage)).toEqual(['审核']);
  });
});

describe('railway 廉政风险分布图', () => {
  it('draws one chart per 许可事项 with its own 流程环节, in the order the 分布表 names them', () => {
    const charts = out['railway-2014'].charts;
    expect(charts.map((c) => c.subject)).toEqual(['铁路运输企业准入许可', '铁路机车车辆驾驶人员资格许可']);
    expect(charts[0].stages).toEqual(['受理', '审查', '决定', '送达']);
    expect(charts[1].stages).toEqual(['受理', '考试', '审查']);
  });

  it('places every risk point on its 流程环节 with its 表现形式, level colour, 责任人 and 管控领导', () => {
    const pack = findPack('railway-2014')!;
    const fills = Object.fromEntries(pack.grading.levels.map((l) => [l.name, l.fill]));
    const e2 = pack.sample.instances.find((i) => i.form === 'E2')!.rows;
    const all = out['railway-2014'].charts.flatMap((c) => c.risks.map((r) => ({ ...r, subject: c.subject })));
    expect(all).toHaveLength(e2.length);
    for (const e of e2) {
      const got = all.find((r) => r.text === e.riskPoint)!;
      expect([got.subject, got.stage, got.level, got.fill]).toEqual([e.item, e.step, e.level, fills[String(e.level)]]);
      expect(got.rest).toEqual([e.manifestation, `${e.owner}\n${e.controller}`]);
    }
  });
});

it.each(PACKS)('%s: the rollup with its charts opens in Excel without repair', (id) => {
  expect(excelProblems(readFileSync(out[id].file))).toEqual([]);
});

it.each(PACKS)('%s: a chart is never read back as one more form', async (id) => {
  const r = await runCli('validate', out[id].file);
  for (const c of out[id].charts) expect(r.out).toContain(`工作表「${c.sheet}」是 lianfang 自身使用的表`);
});

it.each(PACKS)('%s: the report carries the same charts, listed in its table of contents', async (id) => {
  const file = join(dir, `${id}-report.xlsx`);
  expect((await runCli('report', out[id].file, '-o', file, '--period', '2024年度')).code).toBe(0);
  expect(excelProblems(readFileSync(file))).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const charts = out[id].charts.map((c) => readChart(wb.getWorksheet(c.sheet)!));
  expect(charts).toEqual(out[id].charts);
  const cover = wb.getWorksheet('封面')!;
  const toc: string[] = [];
  cover.eachRow((row) => row.eachCell((cell) => toc.push(String(cell.value))));
  for (const c of charts) expect(toc.join('\n')).toContain(`${findPack(id)!.flowcharts[0].title}：${c.subject}`);
});

it('a committee’s report of several units leaves the charts in each unit’s own report', async () => {
  const other = new ExcelJS.Workbook();
  await other.xlsx.readFile(out['puyang-2012'].file);
  for (const ws of other.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.includes('濮阳市科学技术局'))
          cell.value = cell.value.replace('濮阳市科学技术局', '濮阳市知识产权局');
      }),
    );
  const second = join(dir, 'puyang-second-unit.xlsx');
  await other.xlsx.writeFile(second);
  const file = join(dir, 'puyang-committee-report.xlsx');
  const r = await runCli('report', out['puyang-2012'].file, second, '-o', file, '--period', '2024年度');
  expect(r.err).toBe('');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('流程图'))).toEqual([]);
  expect(r.out).toContain('2 个单位');
});

it.each(PACKS)('%s: the page’s 计算等级 / 汇总 draws the same charts as the CLI', async (id) => {
  const demo = readFileSync(join(dir, `${id}-demo.xlsx`));
  const wb = await openWorkbook(demo.buffer.slice(demo.byteOffset, demo.byteOffset + demo.length), 'demo.xlsx');
  const controls = { signal: new AbortController().signal, progress: () => undefined };
  const g = await gradeStep(
    workbookHost(wb, () => undefined),
    findPack(id)!,
    controls,
  );
  expect(g.rollup.flowcharts.notices).toEqual([]);
  const bytes = await toBytes(wb);
  expect(excelProblems(bytes)).toEqual([]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(out[id].charts.map((c) => readChart(back.getWorksheet(c.sheet)!))).toEqual(out[id].charts);
});

/** Each page's words with their printed heights (pdftotext -bbox), page numbers left out. */
const pageWords = (pdf: string) =>
  run('pdftotext', ['-bbox', pdf, '-'])
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
        .map((m) => ({ text: m[3], height: Number(m[2]) - Number(m[1]) }))
        .filter((w) => !/^[第共页\d]+$/.test(w.text)),
    );

it('LibreOffice prints each chart on one A4 portrait page, unshrunk, every risk and column on it', async () => {
  // The chart's smallest text (10 pt 宋体) as it prints at full scale.
  const cal = new ExcelJS.Workbook();
  const ws = cal.addWorksheet('校准');
  ws.getCell('A1').value = '十磅宋体校准文字';
  ws.getCell('A1').font = { name: '宋体', size: 10 };
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const calibration = join(dir, 'calibration-10pt.xlsx');
  await cal.xlsx.writeFile(calibration);
  convertWithLibreOffice([calibration, ...PACKS.map((id) => out[id].file)], 'pdf', dir);
  for (const id of PACKS) {
    const pdf = out[id].file.replace(/\.xlsx$/, '.pdf');
    const info = run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const texts = sizes.map((_, i) =>
      run('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-']).replace(/\s+/g, ''),
    );
    const full = Math.min(...pageWords(calibration.replace(/\.xlsx$/, '.pdf'))[0].map((w) => w.height));
    const words = pageWords(pdf);
    const title = findPack(id)!.flowcharts[0].title;
    const pages = texts.map((t, i) => ({ t, size: sizes[i], i })).filter((p) => p.t.startsWith(title));
    expect(pages).toHaveLength(out[id].charts.length);
    pages.forEach((p, k) => {
      const chart = out[id].charts[k];
      expect([Math.round(p.size[0]), Math.round(p.size[1])]).toEqual([595, 842]);
      expect(p.t).toContain(chart.subject);
      expect(Math.min(...words[p.i].map((w) => w.height))).toBeGreaterThanOrEqual(full * 0.97);
      for (const r of chart.risks) {
        expect(p.t).toContain(r.text.replace(/\s+/g, '').slice(0, 6)); // (a line wraps after a few characters)
        // The last column (whose risk it is) prints on the same page: nothing was cut off to the right.
        expect(p.t).toContain(r.rest[r.rest.length - 1].split('\n')[0].slice(0, 3));
      }
      run('pdftoppm', [
        '-f',
        `${p.i + 1}`,
        '-l',
        `${p.i + 1}`,
        '-r',
        '60',
        '-png',
        pdf,
        join(dir, `${id}-chart${k + 1}`),
      ]);
    });
  }
}, 180_000);
