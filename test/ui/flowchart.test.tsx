/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { createOfficeHost } from '../../src/adapters/officejs/host';
import { parseRange } from '../../src/core/a1';
import { planInsert } from '../../src/core/build/template';
import type { SheetSnapshot } from '../../src/core/port';
import { PACKS } from '../../src/core/packs';
import { TaskPane } from '../../src/doors/taskpane/App';
import { createFakeExcel } from '../fakes/fakeExcel';
import { pickPack } from './pickPack';

globalThis.structuredClone ??= <T,>(v: T): T => deserialize(serialize(v));
configure({ asyncUtilTimeout: 10_000 });

/** Each risk row of a chart sheet in Excel: the text beside it and the stage box (merged down column A) it sits at. */
function risksOf(s: SheetSnapshot): Array<{ stage: string; text: string }> {
  const boxes = s.merges.map(parseRange).filter((b) => b.left === 1 && b.right === 1);
  const out: Array<{ stage: string; text: string }> = [];
  s.rows.forEach((row, i) => {
    const r = i + 1;
    const box = boxes.find((b) => b.top <= r && r <= b.bottom);
    const stage = String(s.rows[(box?.top ?? r) - 1]?.[0] ?? '');
    if (row[1] === '→' && row[3]) out.push({ stage, text: String(row[3]) });
  });
  return out;
}

/** The task pane's 计算等级 / 汇总 draws puyang's 职权运行流程图 in Excel (the same ops as the CLI and the page). */
test('task pane: 计算等级 / 汇总 draws the flowcharts in Excel and names what it could not place', async () => {
  const pack = PACKS.find((p) => p.id === 'puyang-2012')!;
  const { state, run } = createFakeExcel();
  const host = createOfficeHost({ run });
  // The clerk's workbook: the demo's tables, one risk's stage typed as none of the plan's.
  const demo = planInsert({ pack, instances: pack.sample.instances });
  const a3 = pack.forms.find((f) => f.id === 'A3')!;
  await host.apply(demo.ops);
  const snap = await host.read();
  const sheet = snap.sheets.find((x) => x.name === 'A3 孙晓梅')!;
  const r = sheet.rows.findIndex((row) => row.includes('办理事项超过办结时限、吃拿卡要')) + 1;
  const c = sheet.rows[r - 1].indexOf('反馈') + 1;
  expect([r > 0, c > 0, a3.columns.some((x) => x.key === 'stage')]).toEqual([true, true, true]);
  await host.apply([
    { kind: 'setValues', sheet: 'A3 孙晓梅', at: `${String.fromCharCode(64 + c)}${r}`, values: [['结果回访并归档']] },
  ]);

  render(<TaskPane host={host} packs={PACKS} />);
  await pickPack(pack.name);
  fireEvent.click(screen.getByRole('button', { name: '计算等级 / 汇总' }));
  const notes = await screen.findByTestId('flowchart-notes');
  expect(within(notes).getByText(/^已生成 3 张职权运行流程图/)).toBeTruthy();
  expect(within(notes).getByText(/「A3 孙晓梅」.*的流程环节「结果回访并归档」不是职权运行流程图的环节/)).toBeTruthy();

  const names = state.sheets.map((s) => s.name);
  expect(names).toEqual(
    expect.arrayContaining(['流程图1 科技项目立项', '流程图2 科技成果鉴定', '流程图3 专利行政处罚']),
  );
  const after = await host.read();
  const chart = after.sheets.find((s) => s.name === '流程图1 科技项目立项')!;
  expect(risksOf(chart)).toEqual([
    { stage: '提出', text: '接受项目申报单位宴请或礼金' },
    { stage: '受理', text: '项目受理时对申报材料审核把关不严' },
    { stage: '审核', text: '在科技项目立项中利用审批权为特定单位谋取利益' },
    { stage: '办理', text: '大额科技经费分配未经集体研究、个人说了算' },
  ]);
  // The risk whose stage is none of the plan's is kept under the chart, with what was typed.
  expect(chart.rows.flat()).toEqual(
    expect.arrayContaining(['流程环节「结果回访并归档」不是本图的环节', '办理事项超过办结时限、吃拿卡要']),
  );
});
