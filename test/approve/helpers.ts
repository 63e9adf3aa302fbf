import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { createKeyFile, locateForms, planSign, signerFromKeyFile, type Opinion } from '../../src/core/approve';
import type { Signer, StampableForm } from '../../src/core/approve';
import { findPack } from '../../src/core/packs';
import { buildPackWorkbook } from '../../src/doors/cli/commands/template';

export type KeyedSigner = Signer & { fingerprint: string; file: string };

/** A signer as `lianfang keygen` makes one: key file text and the imported key. */
export async function makeSigner(name: string): Promise<KeyedSigner> {
  const kf = await createKeyFile(name);
  const file = JSON.stringify(kf);
  return { ...(await signerFromKeyFile(file)), file };
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function fromBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The puyang demo workbook as the CLI `demo` writes it, read back from its bytes. */
export async function demoBytes(): Promise<Uint8Array> {
  return toBytes(await buildPackWorkbook(findPack('puyang-2012')!, true));
}

/** The first A3 sheet (a person's 岗位廉政风险点登记表: 本人 → 部门负责人 → 主管领导 → 单位 → 上级纪检监察机关). */
export function a3(wb: ExcelJS.Workbook): StampableForm {
  return locateForms(snapshotWorkbook(wb)).find((f) => f.def.id === 'A3')!;
}

/** The n-th A3 sheet (0: 周立新, 1: 孙晓梅). */
export const a3At =
  (n: number) =>
  (wb: ExcelJS.Workbook): StampableForm =>
    locateForms(snapshotWorkbook(wb)).filter((f) => f.def.id === 'A3')[n];

/** Signs one step the way a door does: snapshot, plan, apply, save. Returns the saved bytes. */
export async function signStep(
  bytes: Uint8Array,
  role: string,
  signer: Signer,
  opts: {
    opinion?: Opinion;
    text?: string;
    pick?: (wb: ExcelJS.Workbook) => StampableForm;
    allowNewKey?: boolean;
    acceptWarnings?: boolean;
  } = {},
): Promise<Uint8Array> {
  const wb = await fromBytes(bytes);
  const plan = await planSign({
    wb: snapshotWorkbook(wb),
    form: (opts.pick ?? a3)(wb),
    role,
    opinion: opts.opinion ?? '同意',
    text: opts.text,
    signer,
    allowNewKey: opts.allowNewKey,
    // The demo's A3 posts are not in its A1 catalogue (a warning): the signer has confirmed it.
    acceptWarnings: opts.acceptWarnings ?? true,
  });
  applyOps(wb, plan.ops);
  return toBytes(wb);
}

export const A3_ROLES = ['self', 'deptHead', 'leader', 'unit', 'discipline'] as const;
