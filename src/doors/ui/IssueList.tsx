import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Issue } from '../../core/validate';
import { t } from './t';

const SHOWN = 50;

/** The first issues of a validation, each with its place; in Excel a click selects the cell. */
export function IssueList(props: { issues: Issue[]; select?: (sheet: string, cell: string) => Promise<void> }) {
  const shown = props.issues.slice(0, SHOWN);
  return (
    <Table size="small" aria-label={t('ui_issues_label')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('ui_issue_place')}</TableHeaderCell>
          <TableHeaderCell>{t('ui_issue_message')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {shown.map((i, k) => (
          <TableRow key={k}>
            <TableCell>
              {props.select ? (
                <Button appearance="transparent" size="small" onClick={() => void props.select!(i.sheet, i.cell)}>
                  {`${i.sheet}!${i.cell}`}
                </Button>
              ) : (
                `${i.sheet}!${i.cell}`
              )}
            </TableCell>
            <TableCell>{i.message}</TableCell>
          </TableRow>
        ))}
        {props.issues.length > SHOWN && (
          <TableRow>
            <TableCell colSpan={2}>{t('ui_issues_more', { n: props.issues.length - SHOWN })}</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
