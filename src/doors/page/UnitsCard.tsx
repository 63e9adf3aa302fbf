import { Card, CardHeader, Subtitle2, makeStyles } from '@fluentui/react-components';
import { useMemo } from 'react';
import { unitRisks } from '../../core/compare/extract';
import type { Pack } from '../../core/forms/pack';
import { risksPicture } from '../../core/round/picture';
import { t } from '../ui/t';
import { UnitsPicture } from '../ui/UnitsPicture';
import { docBelonging, docSnapshot, type Doc } from './docs';

const useStyles = makeStyles({ card: { display: 'flex', flexDirection: 'column', gap: '12px' } });

/**
 * 各单位风险分布图 after several units' workbooks are dropped on the page: the picture the committee's consolidation
 * draws (each unit's risk points by level, its top-level share against the plan's line), from the open workbooks of
 * the chosen programme, redrawn as they change. Nothing to draw for one unit.
 */
export function UnitsCard(props: { pack: Pack | undefined; docs: readonly Doc[] }) {
  const s = useStyles();
  const { pack, docs } = props;
  const picture = useMemo(() => {
    if (!pack) return null;
    const mine = docs.filter((d) => docBelonging(d, pack) === 'same');
    const p = risksPicture(mine.map((d) => unitRisks(docSnapshot(d), d.file, { pack: pack.id })));
    return p.rows.length > 1 ? p : null;
  }, [pack, docs]);
  if (!picture) return null;
  return (
    <Card className={s.card}>
      <CardHeader header={<Subtitle2 as="h2">{t('picture_sheet')}</Subtitle2>} />
      <UnitsPicture picture={picture} />
    </Card>
  );
}
