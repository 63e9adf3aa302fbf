import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components';
import { t } from '../ui/t';

export interface ProgrammeAsk {
  file: string;
  /** The programme the person chose, and the one the workbook looks like. */
  chosen: { id: string; name: string };
  looksLike: { id: string; name: string };
}

export type ProgrammeAnswer = 'switch' | 'keep' | 'later';

/**
 * Asked when an opened workbook looks like another programme than the chosen one: the page never switches on its
 * own. 切换 takes the workbook's programme; 仍按 reads the workbook as the chosen one (the person knows better than
 * the headings); 稍后 leaves it open but out of validation and the report.
 */
const useStyles = makeStyles({
  // One answer per line: each names a programme in full, too long to sit side by side.
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: '8px' },
});

export function ProgrammeQuestion(props: { ask: ProgrammeAsk | null; onAnswer: (a: ProgrammeAnswer) => void }) {
  const s = useStyles();
  const a = props.ask;
  return (
    <Dialog open={Boolean(a)} modalType="alert" onOpenChange={(_, d) => !d.open && props.onAnswer('later')}>
      <DialogSurface>
        {a && (
          <DialogBody>
            <DialogTitle>{t('ui_other_programme_title')}</DialogTitle>
            <DialogContent>
              <p>{t('ui_other_programme_ask', { file: a.file, other: a.looksLike.name, pack: a.chosen.name })}</p>
            </DialogContent>
            <DialogActions fluid className={s.actions}>
              <Button appearance="primary" onClick={() => props.onAnswer('switch')}>
                {t('ui_switch_to', { pack: a.looksLike.name })}
              </Button>
              <Button onClick={() => props.onAnswer('keep')}>{t('ui_keep_pack', { pack: a.chosen.name })}</Button>
              <Button onClick={() => props.onAnswer('later')}>{t('ui_decide_later')}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
