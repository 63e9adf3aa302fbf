import {
  Body1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { t } from '../ui/t';
import type { WorkbookSummary } from './describe';

/** What the panel says of the workbook as a whole (its programme), from the summary. */
export function summaryNote(summary: WorkbookSummary): string {
  if (!summary.packName) return t('ui_workbook_no_meta');
  return summary.identified
    ? t('ui_workbook_pack', { pack: summary.packName })
    : t('ui_workbook_guessed', { pack: summary.packName });
}

/** The opened workbook's sheets and what lianfang recognises in each; `note` says how it stands to the programme. */
export function SheetList(props: { file: string; summary: WorkbookSummary; note: string }) {
  const { summary } = props;
  return (
    <section aria-labelledby="sheets-title">
      <Subtitle2 as="h2" block id="sheets-title">
        {t('ui_sheets_title', { file: props.file })}
      </Subtitle2>
      <Body1 as="p" block>
        {props.note}
      </Body1>
      <Table size="small" aria-labelledby="sheets-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('ui_sheet_col_name')}</TableHeaderCell>
            <TableHeaderCell>{t('ui_sheet_col_form')}</TableHeaderCell>
            <TableHeaderCell>{t('ui_sheet_col_rows')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.sheets.map((s) => (
            <TableRow key={s.name}>
              <TableCell>
                {s.name}
                {s.hidden ? ` ${t('ui_sheet_hidden')}` : ''}
              </TableCell>
              <TableCell>
                {s.form ?? (s.own ? t('ui_sheet_own') : t('ui_sheet_unrecognised'))}
                {s.byHeaders ? ` ${t('ui_sheet_by_headers')}` : ''}
              </TableCell>
              <TableCell>{s.rows ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
