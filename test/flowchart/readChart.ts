import ExcelJS from 'exceljs';

/** One risk row of a chart sheet as a person reads it: the stage box beside it, the level cell and its fill. */
export interface ReadRisk {
  row: number;
  stage: string;
  level: string;
  fill: string | undefined;
  text: string;
  rest: string[];
}

export interface ReadChart {
  sheet: string;
  title: string;
  subject: string;
  /** The stage boxes from top to bottom. */
  stages: string[];
  risks: ReadRisk[];
  /** Risks listed under 未画入流程的风险点, with the reason printed beside each. */
  unplaced: Array<{ why: string; text: string }>;
  /** Rows between the stage boxes that carry ↓. */
  arrows: number;
}

const text = (c: ExcelJS.Cell) => (c.value === null || c.value === undefined ? '' : String(c.value)).trim();

/** Reads a flowchart sheet back from the written file, by its cells and merges only (no knowledge of the code). */
export function readChart(ws: ExcelJS.Worksheet): ReadChart {
  const out: ReadChart = {
    sheet: ws.name,
    title: text(ws.getCell('A1')),
    subject: '',
    stages: [],
    risks: [],
    unplaced: [],
    arrows: 0,
  };
  let header = 0;
  let section = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const a = text(row.getCell(1));
    if (!out.subject && /：/.test(a) && r <= 3 && r > 1) out.subject = a.split('：')[1];
    if (a === '流程环节') return void (header = r);
    if (!header) return;
    if (a === '未画入流程的风险点') return void (section = true);
    if (a === '↓') return void out.arrows++;
    // A line across the sheet (the source under the chart) is no part of the flow.
    const third = row.getCell(3);
    if (third.isMerged && Number(third.master.col) === 1) return;
    const level = text(row.getCell(3));
    const body = text(row.getCell(4));
    if (section) {
      if (body) out.unplaced.push({ why: a, text: body });
      return;
    }
    const stageCell = row.getCell(1);
    const stage = text(stageCell.isMerged ? stageCell.master : stageCell);
    if (a && (!stageCell.isMerged || stageCell.master.address === stageCell.address)) out.stages.push(a);
    // 本环节未登记廉政风险点: one note across the risk columns, no risk.
    const fourth = row.getCell(4);
    if (!body || !level || (fourth.isMerged && Number(fourth.master.col) === 3)) return;
    const fill = row.getCell(3).fill;
    const rest: string[] = [];
    for (let c = 5; c <= ws.columnCount; c++) rest.push(text(row.getCell(c)));
    out.risks.push({
      row: r,
      stage,
      level,
      fill: fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined,
      text: body,
      rest,
    });
  });
  return out;
}
