import { Body1, makeStyles } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { t } from '../ui/t';
import { Working } from './onUse';
import { Section } from './Section';
import type { YearFiles } from './compare';
import { FolderDrop } from './FolderDrop';

// The comparison itself (reading, comparing, the picture, 对比.xlsx) loads when the first year's files are dropped.
const CompareResult = lazy(() => import('./CompareResult'));

const useStyles = makeStyles({
  drops: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
});

export function CompareCard(props: { busy: boolean; run: (fn: () => Promise<void>) => Promise<void> | void }) {
  const s = useStyles();
  const [last, setLast] = useState<YearFiles | null>(null);
  const [now, setNow] = useState<YearFiles | null>(null);
  const years = { last: t('ui_compare_last_year'), now: t('ui_compare_this_year') };
  const read = (set: (y: YearFiles) => void) => (files: File[]) =>
    void props.run(async () => set(await (await import('./compare')).readYear(files)));
  const chosen = (y: YearFiles | null) =>
    y ? t('ui_compare_chosen', { units: y.units.length, unreadable: y.unreadable.length }) : undefined;
  return (
    <Section title={t('ui_compare_title')}>
      <Body1>{t('ui_compare_intro')}</Body1>
      <div className={s.drops}>
        <FolderDrop label={years.last} chosen={chosen(last)} onFiles={read(setLast)} disabled={props.busy} />
        <FolderDrop label={years.now} chosen={chosen(now)} onFiles={read(setNow)} disabled={props.busy} />
      </div>
      {(last || now) && (
        <Suspense fallback={<Working />}>
          <CompareResult last={last} now={now} years={years} busy={props.busy} run={props.run} />
        </Suspense>
      )}
    </Section>
  );
}
