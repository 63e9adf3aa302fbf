import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RollupResult } from '../../core/rollup/rollupWorkbook';
import { t } from './t';

/**
 * After 计算等级 / 汇总: the plan's diagrams drawn, and each risk point that could not be drawn as typed (a stage
 * none of the plan's, a blank power …), with its sheet and cell. Nothing when the pack draws none.
 */
export function FlowchartNotes(props: { rollup: RollupResult; titles: string[] }) {
  const { sheets, notices } = props.rollup.flowcharts;
  if (!sheets.length && !notices.length) return null;
  return (
    <MessageBar layout="multiline" intent={notices.length ? 'warning' : 'info'} data-testid="flowchart-notes">
      <MessageBarBody>
        <MessageBarTitle>
          {t('flowchart_written', {
            count: sheets.length,
            title: props.titles.join('、'),
            sheets: sheets.map((s) => s.sheet).join('、'),
          })}
        </MessageBarTitle>
        {notices.length > 0 && (
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n.text}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
