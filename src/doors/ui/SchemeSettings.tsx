import { Body1, Button, makeStyles } from '@fluentui/react-components';
import type { Pack } from '../../core/forms/pack';
import { describeRule } from '../../core/grade/compute';
import type { WorkbookSnapshot } from '../../core/port';
import { SETTINGS_SHEET, schemeInForce, settingsSheetOps } from '../../core/settings';
import type { Host } from './host';
import { errorText, t } from './t';
import type { TaskControls } from './useTask';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '6px', alignItems: 'flex-start' },
});

/**
 * The grading scheme in force and where it comes from. The unit's own scheme lives in a visible settings sheet
 * of the workbook, so the file carries it to the next person; one click writes that sheet from the plan's scheme.
 */
export function SchemeSettings(props: {
  host: Host;
  pack: Pack;
  snap: WorkbookSnapshot | null;
  busy: boolean;
  run: (fn: (c: TaskControls) => Promise<void>) => Promise<void>;
  onWritten: () => void;
}) {
  const s = useStyles();
  const { pack, snap } = props;
  let text: string;
  let hasSheet = false;
  try {
    const inForce = schemeInForce(pack.id, pack.grading, snap ?? { sheets: [], names: [] });
    hasSheet = inForce.source.kind === 'settings';
    text = t(hasSheet ? 'ui_scheme_from_sheet' : 'ui_scheme_from_pack', {
      rule: describeRule(inForce.scheme),
      sheet: SETTINGS_SHEET,
    });
  } catch (e) {
    hasSheet = true;
    text = errorText(e);
  }
  const write = () =>
    props.run(async (c) => {
      await props.host.apply(settingsSheetOps(pack.grading, false), c.signal);
      props.onWritten();
    });
  return (
    <section className={s.col} aria-label={t('ui_scheme_title')}>
      <Body1>{text}</Body1>
      {!hasSheet && (
        <Button size="small" disabled={props.busy || !snap} onClick={() => void write()}>
          {t('ui_scheme_write', { sheet: SETTINGS_SHEET })}
        </Button>
      )}
    </section>
  );
}
