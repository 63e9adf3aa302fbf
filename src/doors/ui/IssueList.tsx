import { Caption1, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { groupIssues, type Issue, type Severity } from '../../core/validate';
import { SeverityBadge } from './SeverityBadge';
import { t } from './t';

/** Issues shown per sheet; the rest are in the 校验报告 sheet. */
const SHOWN = 30;
const ORDER: Severity[] = ['error', 'warning', 'notice'];

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '12px' },
  head: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center', margin: 0 },
  items: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    display: 'flex',
    gap: '6px',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    paddingBottom: '4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  place: { minWidth: '3em', fontFamily: tokens.fontFamilyMonospace },
  text: { flex: '1 1 12em', overflowWrap: 'anywhere' },
});

type Select = (sheet: string, cell: string, message?: string) => Promise<void>;

/** Issues by sheet and severity with counts (errors first); a click on a place shows that cell. */
export function IssueList(props: { issues: Issue[]; select?: Select }) {
  const s = useStyles();
  return (
    <div className={s.list} role="region" aria-label={t('ui_issues_label')}>
      {groupIssues({ issues: props.issues }).map((g) => {
        const ordered = ORDER.flatMap((sev) => g.bySeverity[sev]);
        return (
          <section key={g.sheet} aria-label={t('ui_issues_sheet', { sheet: g.sheet })}>
            <Subtitle2 as="h3" className={s.head}>
              <span>{g.sheet}</span>
              {ORDER.filter((sev) => g.counts[sev]).map((sev) => (
                <SeverityBadge key={sev} severity={sev} count={g.counts[sev]} />
              ))}
            </Subtitle2>
            <ul className={s.items}>
              {ordered.slice(0, SHOWN).map((i, k) => (
                <li key={k} className={s.item}>
                  <SeverityBadge severity={i.severity} />
                  <Place issue={i} select={props.select} />
                  <span className={s.text}>{i.message}</span>
                </li>
              ))}
            </ul>
            {ordered.length > SHOWN && <Caption1>{t('ui_issues_more', { n: ordered.length - SHOWN })}</Caption1>}
          </section>
        );
      })}
    </div>
  );
}

function Place(props: { issue: Issue; select?: Select }) {
  const s = useStyles();
  const i = props.issue;
  if (!props.select) return <span className={s.place}>{i.cell}</span>;
  return (
    <Link
      as="button"
      className={s.place}
      aria-label={t('ui_issue_show', { sheet: i.sheet, cell: i.cell })}
      onClick={() => void props.select!(i.sheet, i.cell, i.message)}
    >
      {i.cell}
    </Link>
  );
}
