import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { cellAddress, columnLetter, parseRange } from '../../core/a1';
import { displayText } from '../../core/cell';
import { cellAt, type SheetSnapshot } from '../../core/port';
import { t } from './t';

/** What the page shows for a clicked issue: the sheet as it is now, the cell, and why it was flagged. */
export interface CellShown {
  sheet: SheetSnapshot;
  cell: string;
  message?: string;
}

const ROWS_AROUND = 2; // 5 rows
const COLS_BEFORE = 2; // 6 columns
const COLS_AFTER = 3;

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  head: { display: 'flex', gap: '8px', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' },
  title: { margin: 0 },
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  grid: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
  },
  td: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    maxWidth: '12em',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  bad: {
    outline: `3px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-2px',
    fontWeight: tokens.fontWeightSemibold,
    maxWidth: '20em',
    whiteSpace: 'normal',
  },
});

/** About 5 rows × 6 columns around the cell, lettered and numbered like Excel, the cell outlined and in view. */
export function CellPreview(props: CellShown & { onClose: () => void }) {
  const s = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const target = useRef<HTMLTableCellElement>(null);
  const at = parseRange(props.cell);
  const rows = span(Math.max(1, at.top - ROWS_AROUND), 2 * ROWS_AROUND + 1);
  const cols = span(Math.max(1, at.left - COLS_BEFORE), COLS_BEFORE + COLS_AFTER + 1);
  const name = props.sheet.name;
  const here = cellAddress(at.top, at.left);
  const value = displayText(cellAt(props.sheet, at.top, at.left));

  // Focus moves to the preview so keyboard and screen-reader users land on what they asked for.
  useEffect(() => {
    box.current?.focus();
    target.current?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [name, here]);

  return (
    <div
      ref={box}
      className={s.box}
      role="region"
      tabIndex={-1}
      aria-label={t('ui_preview_label', { sheet: name, cell: here })}
    >
      <div className={s.head}>
        <Subtitle2 as="h3" className={s.title}>
          {t('ui_preview_title', { sheet: name, cell: here })}
        </Subtitle2>
        <Button size="small" onClick={props.onClose}>
          {t('ui_close')}
        </Button>
      </div>
      {props.message && (
        <Body1 as="p" className={s.title}>
          {props.message}
        </Body1>
      )}
      <Caption1>
        {value ? t('ui_preview_value', { cell: here, value }) : t('ui_preview_blank', { cell: here })}
      </Caption1>
      {/* Narrow screens scroll the grid sideways: reachable by keyboard too. */}
      <div className={s.scroll} tabIndex={0} role="group" aria-label={t('ui_preview_scroll')}>
        <table className={s.grid} aria-label={t('ui_preview_grid', { sheet: name, cell: here })}>
          <thead>
            <tr>
              <td className={s.th} />
              {cols.map((c) => (
                <th key={c} scope="col" className={s.th}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th scope="row" className={s.th}>
                  {r}
                </th>
                {cols.map((c) => {
                  const bad = r === at.top && c === at.left;
                  const text = displayText(cellAt(props.sheet, r, c));
                  return (
                    <td
                      key={c}
                      ref={bad ? target : undefined}
                      className={bad ? `${s.td} ${s.bad}` : s.td}
                      title={text || undefined}
                      data-cell={cellAddress(r, c)}
                      aria-current={bad ? 'location' : undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const span = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
