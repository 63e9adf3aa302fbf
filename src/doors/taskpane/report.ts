import type ExcelJS from 'exceljs';
import type { Pack } from '../../core/forms/pack';
import { buildReport } from '../../core/report';
import { readUnitSettings } from '../../core/settings';
import type { Host } from '../ui/host';
import { t } from '../ui/t';
import type { TaskControls } from '../ui/useTask';

/** ExcelJS is large: the pane loads it only when a report is made. */
const loadExcelJS = async (): Promise<typeof ExcelJS> => {
  const m = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return m.default ?? m;
};

/**
 * 生成报送工作簿 in Excel: reads the open workbook, plans the report with the core, writes it with ExcelJS in the
 * pane and opens it as a new Excel workbook (the user saves it there). The workbook's unit settings name the unit
 * and give the seal for 公章 steps. Returns the sentence to show.
 */
export async function reportInExcel(host: Host, pack: Pack, c: TaskControls): Promise<string> {
  if (!host.openNewWorkbook) throw new Error('host cannot open a new workbook');
  const snapshot = await host.read(c.signal);
  const unit = readUnitSettings(snapshot);
  c.progress(0.2);
  const plan = await buildReport({
    pack,
    sources: [{ name: unit?.unitName || '本工作簿', snapshot }],
    generated: new Date().toISOString().slice(0, 10),
    ...(unit?.sealPng ? { seals: { '*': unit.sealPng } } : {}),
  });
  c.signal.throwIfAborted();
  c.progress(0.5);
  const [{ Workbook }, { applyOps }, { workbookBytes }] = await Promise.all([
    loadExcelJS(),
    import('../../adapters/exceljs/applyOps'),
    import('../../adapters/exceljs/write'),
  ]);
  const wb = new Workbook();
  wb.creator = 'lianfang';
  applyOps(wb, plan.ops);
  const bytes = await workbookBytes(wb);
  c.signal.throwIfAborted();
  c.progress(0.8);
  await host.openNewWorkbook(bytes);
  c.progress(1);
  return t('ui_pane_report_done', { sheets: plan.sheets.length });
}
