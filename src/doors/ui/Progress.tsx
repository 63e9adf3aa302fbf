import { Button, Field, ProgressBar, makeStyles } from '@fluentui/react-components';
import { t } from './t';

const useStyles = makeStyles({ row: { display: 'flex', gap: '8px', alignItems: 'center' }, bar: { flexGrow: 1 } });

/** Shown while long work runs: how far it is, and a way to stop it. */
export function Progress(props: { busy: boolean; value: number | null; onCancel?: () => void; label: string }) {
  const s = useStyles();
  if (!props.busy) return null;
  return (
    <div className={s.row}>
      <Field className={s.bar} label={props.label} validationState="none">
        <ProgressBar value={props.value ?? undefined} max={1} />
      </Field>
      {props.onCancel && <Button onClick={props.onCancel}>{t('ui_cancel')}</Button>}
    </div>
  );
}
