import { Body1, Button, Caption1, makeStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Pack } from '../../core/forms/pack';
import type { WorkbookSnapshot } from '../../core/port';
import { gradeStep, stepStates, validateStep, type WorkflowResults } from './actions';
import type { Host } from './host';
import { InsertTables } from './InsertTables';
import { IssueList } from './IssueList';
import { Notice } from './Notice';
import { Progress } from './Progress';
import { SchemeSettings } from './SchemeSettings';
import { SignStep } from './SignStep';
import { WarningLedger } from './WarningLedger';
import { FlowchartNotes } from './FlowchartNotes';
import { StepList } from './StepList';
import { t } from './t';
import { UnitSettingsSection } from './UnitSettings';
import { useTask, type TaskControls } from './useTask';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

/**
 * The whole path over one Host (Excel in the task pane, the opened file on the page):
 * 插入表格 → 填写 → 一键校验 → 计算等级/汇总 → 生成报送工作簿, with each step's state shown.
 */
export function Workflow(props: {
  host: Host;
  pack: Pack | undefined;
  /** 生成报送工作簿 where the door can; a returned sentence is shown as a success notice. */
  onReport?: (c: TaskControls) => Promise<string | void>;
  /** Shown under the issues: the page's preview of the cell last clicked. */
  preview?: ReactNode;
  /** Shown above the report button: which workbooks the report takes (the page, with several open). */
  reportScope?: ReactNode;
}) {
  const s = useStyles();
  const { host, pack } = props;
  const task = useTask();
  const [snap, setSnap] = useState<WorkbookSnapshot | null>(null);
  const [results, setResults] = useState<WorkflowResults>({});

  const refresh = useCallback(() => host.read().then(setSnap, () => setSnap(null)), [host]);
  useEffect(() => {
    void refresh();
    setResults({});
  }, [refresh, pack]);

  const step = (fn: (c: TaskControls) => Promise<Partial<WorkflowResults>>) =>
    task.run(async (c) => {
      const r = await fn(c);
      setResults((old) => ({ ...old, ...r }));
      await refresh();
    });

  const v = results.validate;
  const g = results.grade;
  return (
    <div className={s.col}>
      <StepList states={stepStates(snap, pack, results, Boolean(props.onReport))} />
      <InsertTables host={host} pack={pack} onInserted={() => void refresh()} />
      <Caption1>{t('ui_fill_hint')}</Caption1>
      {props.onReport && props.reportScope}
      <div className={s.row}>
        <Button
          disabled={!pack || task.busy}
          onClick={() => void step(async (c) => ({ validate: await validateStep(host, pack!, c) }))}
        >
          {t('ui_step_validate')}
        </Button>
        <Button
          disabled={!pack || task.busy}
          onClick={() => void step(async (c) => ({ grade: await gradeStep(host, pack!, c) }))}
        >
          {t('ui_step_grade')}
        </Button>
        {props.onReport && (
          <Button
            appearance="primary"
            disabled={!pack || task.busy}
            onClick={() =>
              void step(async (c) => {
                const done = await props.onReport!(c);
                if (done) task.setNotice({ intent: 'success', text: done });
                return { reported: true };
              })
            }
          >
            {t('ui_step_report')}
          </Button>
        )}
      </div>
      <Progress busy={task.busy} value={task.progress} onCancel={task.cancel} label={t('ui_working')} />
      <Notice notice={task.notice} />
      {v && (
        <Notice
          notice={{
            intent: v.stats.errors ? 'error' : v.stats.warnings ? 'warning' : 'success',
            text: t('ui_validate_result', v.stats),
          }}
        />
      )}
      {v && v.issues.length > 0 && (
        <IssueList
          issues={v.issues}
          // A sheet renamed or deleted since validation becomes a notice, not an unhandled rejection.
          select={host.select && ((sheet, cell, message) => task.run(() => host.select!(sheet, cell, message)))}
        />
      )}
      {v && props.preview}
      {g && (
        <Body1 as="p" role="status">
          {t('ui_grade_result', {
            filled: g.grade.counts.filled,
            needsReason: g.grade.counts.needsReason,
            total: g.rollup.total,
            sheets: g.rollup.sheets.map((x) => x.sheet).join('、'),
          })}
        </Body1>
      )}
      {g?.grade.unmonitored.map((u) => (
        <Body1 as="p" key={u.sheet}>
          {t('grade_no_monitor_column', u)}
        </Body1>
      ))}
      {g && <WarningLedger counts={g.rollup.warnings} />}
      {g && pack && <FlowchartNotes rollup={g.rollup} titles={pack.flowcharts.map((f) => f.title)} />}
      {pack && (
        <SchemeSettings
          host={host}
          pack={pack}
          snap={snap}
          busy={task.busy}
          run={task.run}
          onWritten={() => void refresh()}
        />
      )}
      <UnitSettingsSection
        host={host}
        snap={snap}
        busy={task.busy}
        run={task.run}
        onSaved={(text) => {
          task.setNotice({ intent: 'success', text });
          void refresh();
        }}
      />
      <SignStep
        host={host}
        snap={snap}
        busy={task.busy}
        run={task.run}
        onSigned={(text) => {
          setResults((old) => ({ ...old, signed: true }));
          task.setNotice({ intent: 'success', text });
          void refresh();
        }}
      />
    </div>
  );
}
