import { Button, Spinner, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { planInsert, type InsertPlan } from '../../core/build/template';
import type { Pack } from '../../core/forms/pack';
import { findPack } from '../../core/packs';
import { unitHeaderInstances } from '../../core/settings';
import { ClashDialog } from './ClashDialog';
import type { Host } from './host';
import { Notice } from './Notice';
import { t } from './t';
import { keptUnitSettings } from './UnitSettings';
import { useTask } from './useTask';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start' },
});

/**
 * 插入表格: plans the pack's sheets over what the workbook holds now and applies them through the host.
 * A workbook of another pack is refused; a name clash is asked about first; nothing existing is overwritten.
 */
export function InsertTables(props: { host: Host; pack: Pack | undefined; onInserted?: (plan: InsertPlan) => void }) {
  const { host, pack } = props;
  const s = useStyles();
  const { busy, notice, setNotice, run } = useTask();
  const [pending, setPending] = useState<InsertPlan | null>(null);

  const apply = async (plan: InsertPlan) => {
    await host.apply(plan.ops);
    setNotice({
      intent: 'success',
      text: t('ui_inserted', { count: plan.added.length, sheets: plan.added.map((a) => a.sheet).join('、') }),
    });
    props.onInserted?.(plan);
  };

  const insert = () =>
    run(async () => {
      if (!pack) return;
      const existing = await host.read();
      // New tables start with 单位名称 from the workbook's unit settings, where it keeps one.
      const unitName = keptUnitSettings(existing).settings?.unitName;
      const plan = planInsert({
        pack,
        existing,
        instances: unitName ? unitHeaderInstances(pack, unitName) : undefined,
      });
      if (plan.otherPack) {
        const existing = findPack(plan.otherPack)?.name ?? plan.otherPack;
        setNotice({ intent: 'warning', text: t('other_pack', { existing, pack: pack.name }) });
      } else if (plan.clashes.length) setPending(plan);
      else await apply(plan);
    });

  const answer = (go: boolean) => {
    const plan = pending;
    setPending(null);
    if (!go || !plan) return setNotice({ intent: 'info', text: t('ui_cancelled') });
    void run(() => apply(plan));
  };

  return (
    <div className={s.col}>
      <Button appearance="primary" disabled={!pack || busy} onClick={() => void insert()}>
        {t('ui_insert')}
      </Button>
      {busy && <Spinner size="tiny" label={t('ui_inserting')} />}
      <Notice notice={notice} />
      <ClashDialog clashes={pending?.clashes ?? null} onAnswer={answer} />
    </div>
  );
}
