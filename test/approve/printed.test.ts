import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { describeVerification, verifyWorkbook } from '../../src/core/approve';
import { a3, A3_ROLES, demoBytes, fromBytes, makeSigner, signStep, type KeyedSigner } from './helpers';

/**
 * 「What was signed is what prints」: the attacks of issue 15 that left the values alone but changed the printout —
 * number formats, hidden rows and columns, formulas, the title, the 备注, the sign-off block itself.
 */
const OUT = path.resolve('artifacts/approve/printed');
mkdirSync(OUT, { recursive: true });

let signers: KeyedSigner[];
let signed: Uint8Array;
let partly: Uint8Array; // 本人 and 部门负责人 signed; 主管领导 … pending
let sheet: string;
let block: Record<string, string>;
let rows: number[];

beforeAll(async () => {
  signers = await Promise.all(['周立新', '王科长', '李局长', '办公室', '纪检组'].map(makeSigner));
  let bytes = await demoBytes();
  for (let i = 0; i < A3_ROLES.length; i++) {
    bytes = await signStep(bytes, A3_ROLES[i], signers[i]);
    if (i === 1) partly = bytes;
  }
  signed = bytes;
  const f = a3(await fromBytes(signed));
  sheet = f.found.sheet;
  block = Object.fromEntries(Object.entries(f.found.signoff).map(([role, at]) => [role, at.valueCell]));
  rows = f.found.rows.map((r) => r.row);
  writeFileSync(path.join(OUT, 'signed.xlsx'), signed);
});

async function edited(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet) => void, name: string): Promise<Uint8Array> {
  const wb = await fromBytes(bytes);
  const ws = wb.getWorksheet(sheet)!;
  // Protection is a convenience against slips: anyone lifts it.
  ws.unprotect();
  edit(ws);
  const out = await workbookBytes(wb);
  writeFileSync(path.join(OUT, `${name}.xlsx`), out);
  return out;
}

async function verdict(bytes: Uint8Array) {
  const v = await verifyWorkbook(snapshotWorkbook(await fromBytes(bytes)));
  return { v, text: describeVerification(v).join('\n') };
}

describe('number formats: what the cell shows is what was approved', () => {
  it('a format that prints another score or level breaks the stamps and names the cell', async () => {
    const score = await edited(signed, (ws) => (ws.getCell(`E${rows[0]}`).numFmt = '"1"'), 'score-format');
    const s = await verdict(score);
    expect(s.v.ok).toBe(false);
    expect(s.text).toContain(`E${rows[0]} 签章时显示为「3」，现显示为「1」（数字格式被改动）`);
    const level = await edited(signed, (ws) => (ws.getCell(`C${rows[1]}`).numFmt = ';;;"三级"'), 'level-format');
    const l = await verdict(level);
    expect(l.v.ok).toBe(false);
    expect(l.text).toContain(`C${rows[1]} 签章时显示为「一级」，现显示为「三级」`);
    const blank = await edited(signed, (ws) => (ws.getCell(`A${rows[0]}`).numFmt = ';;;'), 'hidden-by-format');
    expect((await verdict(blank)).v.ok).toBe(false);
  });

  it('a format that shows the same thing raises no alarm', async () => {
    const same = await edited(
      signed,
      (ws) => {
        ws.getCell(`E${rows[0]}`).numFmt = '0';
        ws.getCell(`C${rows[0]}`).numFmt = '@';
      },
      'harmless-format',
    );
    expect((await verdict(same)).v.ok).toBe(true);
  });
});

describe('hidden rows and columns do not print', () => {
  it('hiding a risk row or the level column breaks the stamps', async () => {
    const row = await verdict(await edited(signed, (ws) => (ws.getRow(rows[1]).hidden = true), 'hidden-row'));
    expect(row.v.ok).toBe(false);
    expect(row.text).toContain(`第 ${rows[1]} 行 签章时显示，现隐藏`);
    const col = await verdict(await edited(signed, (ws) => (ws.getColumn(3).hidden = true), 'hidden-column'));
    expect(col.v.ok).toBe(false);
    expect(col.text).toContain('C 列 签章时显示，现隐藏');
  });
});

describe('formulas: the cached value is not what Excel prints after recalculating', () => {
  it('a formula whose cached result equals the approved value is still refused', async () => {
    const f = await verdict(
      await edited(signed, (ws) => (ws.getCell(`E${rows[0]}`).value = { formula: '1+1', result: 3 }), 'formula'),
    );
    expect(f.v.ok).toBe(false);
    expect(f.text).toContain(`签章覆盖的单元格中有公式（E${rows[0]}）`);
  });

  it('signing a form with a formula in it is refused with the cell named', async () => {
    const withFormula = await edited(
      await demoBytes(),
      (ws) => (ws.getCell(`E${rows[0]}`).value = { formula: '1+2', result: 3 }),
      'formula-unsigned',
    );
    await expect(signStep(withFormula, 'self', signers[0])).rejects.toMatchObject({
      code: 'formula_in_signed_content',
      params: { cells: `E${rows[0]}` },
    });
  });
});

describe('the text around the table', () => {
  it('the title, the 备注 and a line between 备注 and the sign-off block are covered', async () => {
    const title = await verdict(
      await edited(signed, (ws) => (ws.getCell('A2').value = '岗位廉政风险点登记表(草稿,作废)'), 'title'),
    );
    expect(title.v.ok).toBe(false);
    expect(title.text).toContain(
      '表格上方文字签章时为「岗位廉政风险点登记表」，现为「岗位廉政风险点登记表(草稿,作废)」',
    );
    const footer = await verdict(
      await edited(
        signed,
        (ws) => {
          // The plan's 备注 is the form's last line, after the sign-off blocks.
          let r = rows[rows.length - 1] + 1;
          while (!String(ws.getCell(`A${r}`).value ?? '').startsWith('备注')) r++;
          ws.getCell(`A${r}`).value = '备注:本表内容未经核实';
        },
        'footer',
      ),
    );
    expect(footer.v.ok).toBe(false);
    expect(footer.text).toContain('表格下方（备注等）文字签章时为「备注:本表一式三份');
    const between = await verdict(
      await edited(
        signed,
        (ws) => {
          ws.spliceRows(Number(block.self.slice(1)), 0, ['以上风险点已全部整改,无需监控']);
        },
        'inserted-line',
      ),
    );
    expect(between.v.ok).toBe(false);
  });
});

describe('the printed sign-off block is derived from the stamps', () => {
  it('rewriting a signed step to 不同意 or 退回修改, or changing its name, is caught', async () => {
    for (const [name, text] of [
      ['disagree', '不同意。\n签字:王科长　2026年12月2日'],
      ['returned', '退回修改:请重填\n签字:王科长　2026年12月2日'],
      [
        'renamed',
        (await fromBytes(signed)).getWorksheet(sheet)!.getCell(block.deptHead).text.replace('王科长', '赵局长'),
      ],
    ] as const) {
      const r = await verdict(await edited(signed, (ws) => (ws.getCell(block.deptHead).value = text), `block-${name}`));
      expect([name, r.v.ok]).toEqual([name, false]);
      expect(r.text).toContain('「部门负责人」一栏与签章记录不符');
    }
  });

  it("changing the text seal's unit is caught", async () => {
    const wb = await fromBytes(signed);
    const seal = wb.getWorksheet(sheet)!.getCell(block.unit).text;
    expect(seal).toContain('〔濮阳市科学技术局 · 核验章〕');
    const r = await verdict(
      await edited(
        signed,
        (ws) => (ws.getCell(block.unit).value = seal.replace('濮阳市科学技术局', '濮阳市财政局')),
        'seal-unit',
      ),
    );
    expect(r.v.ok).toBe(false);
    expect(r.text).toContain('「单位」一栏与签章记录不符');
  });

  it('a fake approval typed into an unsigned step is caught, whatever colon it uses', async () => {
    for (const colon of [':', ':', '']) {
      const r = await verdict(
        await edited(
          partly,
          (ws) => (ws.getCell(block.leader).value = `同意。\n签字${colon}李局长　2026年12月2日`),
          `fake-${colon.charCodeAt(0) || 0}`,
        ),
      );
      expect([colon, r.v.ok]).toEqual([colon, false]);
      expect(r.text).toContain(`${block.leader}「主管领导」一栏尚无签章，却写着「同意。 签字${colon}李局长`);
    }
    // The printed blank, however it is spaced, is not a signature.
    const blank = await verdict(
      await edited(partly, (ws) => (ws.getCell(block.leader).value = '(签字)    年   月   日'), 'blank-respaced'),
    );
    expect(blank.v.ok).toBe(true);
  });
});
