import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { columnLetter } from '../../src/core/a1';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { describeVerification, STAMPS_SHEET, verifyWorkbook } from '../../src/core/approve';
import { a3, a3At, A3_ROLES, demoBytes, fromBytes, makeSigner, signStep, toBytes, type KeyedSigner } from './helpers';

const OUT = path.resolve('artifacts/approve/tamper');
mkdirSync(OUT, { recursive: true });

let signers: KeyedSigner[];
let signed: Uint8Array;
let riskCell: string; // A3 body row 2, 风险等级 (approved: 一级)
let sheet: string;

beforeAll(async () => {
  signers = await Promise.all(['周立新', '王科长', '李局长', '办公室', '纪检组'].map(makeSigner));
  let bytes = await demoBytes();
  for (let i = 0; i < A3_ROLES.length; i++) bytes = await signStep(bytes, A3_ROLES[i], signers[i]);
  signed = bytes;
  const f = a3(await fromBytes(signed));
  sheet = f.found.sheet;
  // The 风险等级 column wherever the layout puts it (A3's 风险点表现形式 spans two columns before it).
  riskCell = `${columnLetter(f.found.columns.level)}${f.found.rows[1].row}`;
  writeFileSync(path.join(OUT, 'signed.xlsx'), signed);
});

const verify = async (bytes: Uint8Array) => verifyWorkbook(snapshotWorkbook(await fromBytes(bytes)));
const formOf = (v: Awaited<ReturnType<typeof verify>>) => v.forms.find((f) => f.stamps.length)!;

async function editWithExcelJS(bytes: Uint8Array, edit: (wb: Awaited<ReturnType<typeof fromBytes>>) => void) {
  const wb = await fromBytes(bytes);
  edit(wb);
  return toBytes(wb);
}

function python(script: string, input: Uint8Array, name: string): Uint8Array {
  const inFile = path.join(OUT, `${name}.in.xlsx`);
  const outFile = path.join(OUT, `${name}.xlsx`);
  writeFileSync(inFile, input);
  execFileSync('/usr/bin/python3', ['-c', script, inFile, outFile, sheet, riskCell], { stdio: 'pipe' });
  return new Uint8Array(readFileSync(outFile));
}

describe('what verification says of a change', () => {
  it('a deleted row is one line naming it by its risk point, never a line per column key', async () => {
    const f = a3(await fromBytes(signed));
    const row = f.found.rows[1].row;
    const edited = await editWithExcelJS(signed, (wb) => wb.getWorksheet(sheet)!.spliceRows(row, 1));
    const text = describeVerification(await verify(edited)).join('\n');
    expect(text).toMatch(/签章时表中第 \d 行（「[^」]+」）已被删除/);
    expect(text).not.toMatch(/\b(?:riskPoint|discretion|funds|impact)\b/);
  });

  it('a number typed again as the same text says it is stored otherwise, not 「3」 → 「3」', async () => {
    const f = a3(await fromBytes(signed));
    const score = Object.keys(f.found.columns).find((k) => typeof f.found.rows[0].cells[k] === 'number')!;
    const cell = `${columnLetter(f.found.columns[score])}${f.found.rows[0].row}`;
    const edited = await editWithExcelJS(signed, (wb) => {
      const c = wb.getWorksheet(sheet)!.getCell(cell);
      c.value = String(c.value);
    });
    const text = describeVerification(await verify(edited)).join('\n');
    expect(text).toContain(`${cell} 仍显示「`);
    expect(text).toContain('存储方式在签章后被改过');
  });

  const scoreCell = async () => {
    const f = a3(await fromBytes(signed));
    const score = Object.keys(f.found.columns).find((k) => typeof f.found.rows[0].cells[k] === 'number')!;
    return {
      cell: `${columnLetter(f.found.columns[score])}${f.found.rows[0].row}`,
      value: f.found.rows[0].cells[score],
    };
  };

  it('a value a clerk replaced by a formula openpyxl saved uncalculated names the formula, not 「」', async () => {
    const { cell, value } = await scoreCell();
    const edited = python(
      `import sys,openpyxl\nwb=openpyxl.load_workbook(sys.argv[1])\nwb[sys.argv[3]]["${cell}"]="=1+1"\nwb.save(sys.argv[2])`,
      signed,
      'openpyxl-formula',
    );
    const text = describeVerification(await verify(edited)).join('\n');
    expect(text).toContain(`${cell} 签章时为「${value}」，现为公式「=1+1」（文件保存时未计算出结果）`);
    expect(text).not.toContain('现为「」');
  });
});

describe('editing approved content', () => {
  it('an ExcelJS value edit breaks every stamp of the round and names the cell', async () => {
    const edited = await editWithExcelJS(signed, (wb) => (wb.getWorksheet(sheet)!.getCell(riskCell).value = '三级'));
    const v = await verify(edited);
    expect(v.ok).toBe(false);
    const f = formOf(v);
    expect(f.steps.map((s) => s.state)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid']);
    for (const c of f.stamps) {
      const changed = c.problems.find((p) => p.code === 'content_changed');
      expect(changed?.changes).toEqual([
        expect.objectContaining({ cell: riskCell, key: 'level', approved: '一级', now: '三级' }),
      ]);
    }
    expect(describeVerification(v).join('\n')).toContain(`${riskCell} 签章时为「一级」，现为「三级」`);
  });

  it('formatting, widths, padding spaces and other sheets do not break a stamp', async () => {
    const edited = await editWithExcelJS(signed, (wb) => {
      const ws = wb.getWorksheet(sheet)!;
      const c = ws.getCell(riskCell);
      c.style = { ...c.style, font: { bold: true, color: { argb: 'FF00AA00' } } };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getColumn(1).width = 60;
      ws.getRow(2).height = 40;
      const name = ws.getCell(`${riskCell.replace('B', 'A')}`);
      name.value = `\u3000${String(name.value)} `;
      const other = wb.worksheets.find((w) => w.name !== sheet && w.state === 'visible')!;
      other.getCell('B8').value = '别的表改了';
    });
    const v = await verify(edited);
    expect(describeVerification(v).at(-1)).toBe('全部 5 个签章内容完整（签后未被改动）；签章人身份未核验。');
    expect(v.ok).toBe(true);
  });

  it('an openpyxl value edit breaks the stamps and names the cell; an openpyxl format edit does not', async () => {
    const valueEdit = python(
      'import sys,openpyxl\nwb=openpyxl.load_workbook(sys.argv[1])\nwb[sys.argv[3]][sys.argv[4]]="二级"\nwb.save(sys.argv[2])',
      signed,
      'openpyxl-value',
    );
    const v = await verify(valueEdit);
    expect(formOf(v).stamps.every((c) => !c.ok)).toBe(true);
    expect(formOf(v).stamps[0].problems[0].changes?.map((c) => [c.cell, c.now])).toEqual([[riskCell, '二级']]);

    const formatEdit = python(
      'import sys,openpyxl\nfrom openpyxl.styles import Font,PatternFill\nwb=openpyxl.load_workbook(sys.argv[1])\n' +
        'ws=wb[sys.argv[3]]\nws[sys.argv[4]].font=Font(bold=True,color="FF0000")\n' +
        'ws[sys.argv[4]].fill=PatternFill("solid",fgColor="FFFF00")\nws.column_dimensions["A"].width=50\nwb.save(sys.argv[2])',
      signed,
      'openpyxl-format',
    );
    expect((await verify(formatEdit)).ok).toBe(true);
  });

  it('re-saving in LibreOffice keeps stamps valid unless a value changed', async () => {
    const edited = await editWithExcelJS(signed, (wb) => (wb.getWorksheet(sheet)!.getCell(riskCell).value = '三级'));
    const dir = path.join(OUT, 'lo');
    mkdirSync(path.join(dir, 'in'), { recursive: true });
    writeFileSync(path.join(dir, 'in', 'same.xlsx'), signed);
    writeFileSync(path.join(dir, 'in', 'edited.xlsx'), edited);
    convertWithLibreOffice(
      [path.join(dir, 'in', 'same.xlsx'), path.join(dir, 'in', 'edited.xlsx')],
      'xlsx',
      path.join(dir, 'out'),
    );
    const same = await verify(new Uint8Array(readFileSync(path.join(dir, 'out', 'same.xlsx'))));
    expect(describeVerification(same).at(-1)).toBe('全部 5 个签章内容完整（签后未被改动）；签章人身份未核验。');
    const changed = await verify(new Uint8Array(readFileSync(path.join(dir, 'out', 'edited.xlsx'))));
    expect(changed.ok).toBe(false);
    expect(formOf(changed).stamps[0].problems[0].changes?.map((c) => c.cell)).toEqual([riskCell]);
  });
});

describe('tampering with the hidden stamps sheet', () => {
  const editStamps = (fn: (rows: string[][]) => string[][]) =>
    editWithExcelJS(signed, (wb) => {
      const ws = wb.getWorksheet(STAMPS_SHEET)!;
      const rows: string[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((x) => String(x ?? ''))));
      ws.spliceRows(1, ws.rowCount);
      fn(rows).forEach((r, i) => r.forEach((x, c) => (ws.getCell(i + 1, c + 1).value = x || null)));
    });

  it('a changed name inside a stamp record fails its signature', async () => {
    const bytes = await editStamps((rows) =>
      rows.map((r) => r.map((x) => x.replace('"signer":"王科长"', '"signer":"赵某"'))),
    );
    const f = formOf(await verify(bytes));
    expect(f.stamps[1].problems.map((p) => p.code)).toContain('signature_invalid');
    expect(f.stamps.slice(2).every((c) => !c.ok)).toBe(true);
    expect(f.stamps[0].ok).toBe(true);
  });

  it('a removed record breaks the chain; a removed last record leaves a visible stamp without a record', async () => {
    const middle = formOf(await verify(await editStamps((rows) => rows.filter((_, i) => i !== 2))));
    expect(middle.stamps[1].problems.map((p) => p.code)).toContain('chain_broken');
    const last = await verify(await editStamps((rows) => rows.filter((_, i) => i !== 5)));
    expect(last.ok).toBe(false);
    expect(formOf(last).problems).toEqual([
      expect.objectContaining({ code: 'signoff_without_stamp', role: 'discipline' }),
    ]);
  });

  it('a garbled record or a deleted sheet is reported, never trusted', async () => {
    const garbled = await verify(await editStamps((rows) => rows.map((r, i) => (i === 3 ? ['{"type":"stamp"'] : r))));
    expect(garbled.ok).toBe(false);
    expect(garbled.store).toEqual([{ code: 'stamp_record_invalid', row: 4 }]);
    const gone = await verify(
      await editWithExcelJS(signed, (wb) => wb.removeWorksheet(wb.getWorksheet(STAMPS_SHEET)!.id)),
    );
    expect(gone.ok).toBe(false);
    expect(gone.forms.flatMap((f) => f.problems).length).toBe(5);
  });
});

describe('keys', () => {
  it('the same name with another key is refused when signing and flagged when verifying', async () => {
    const impostor = await makeSigner('王科长');
    const wang = await makeSigner('孙晓梅');
    let bytes = await demoBytes();
    bytes = await signStep(bytes, 'self', signers[0]);
    bytes = await signStep(bytes, 'deptHead', signers[1]);
    bytes = await signStep(bytes, 'self', wang, { pick: a3At(1) });
    await expect(signStep(bytes, 'deptHead', impostor, { pick: a3At(1) })).rejects.toMatchObject({
      code: 'signer_key_mismatch',
    });
    const forged = await signStep(bytes, 'deptHead', impostor, { pick: a3At(1), allowNewKey: true });
    const v = await verify(forged);
    expect(v.ok).toBe(false);
    const second = v.forms.filter((f) => f.form === 'A3')[1];
    expect(second.stamps[1].problems).toEqual([{ code: 'signer_key_changed', other: signers[1].fingerprint }]);
    expect(describeVerification(v).join('\n')).toContain('可能是他人冒名签章');
  });
});
