import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { InsertPlan } from '../../core/build/template';
import { t } from './t';

/** Asks before inserting when wanted sheet names are taken: the user's sheets are never overwritten. */
export function ClashDialog(props: { clashes: InsertPlan['clashes'] | null; onAnswer: (go: boolean) => void }) {
  const open = Boolean(props.clashes?.length);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && props.onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('ui_clash_title')}</DialogTitle>
          <DialogContent>
            <p>{t('ui_clash_intro')}</p>
            <ul>
              {props.clashes?.map((c) => (
                <li key={c.wanted}>{t('ui_clash_item', c)}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onAnswer(true)}>
              {t('ui_clash_continue')}
            </Button>
            <Button onClick={() => props.onAnswer(false)}>{t('ui_cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
