import { Button, Caption1, Field, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import {
  describeVerification,
  keptRosterOps,
  readKeptRoster,
  summaryLine,
  type Roster,
  type WorkbookVerification,
} from '../../../core/approve';
import { shortFingerprint } from '../../../core/crypto';
import { verifyAnyWorkbook } from '../../../core/report/verifyAny';
import type { WorkbookSnapshot } from '../../../core/port';
import type { Host } from '../host';
import { Notice, type NoticeState } from '../Notice';
import { t } from '../t';
import type { TaskControls } from '../useTask';
import { forgetRoster, rememberedRoster, rememberRoster } from './rosterMemory';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  lines: { margin: 0, paddingLeft: '18px' },
});

type Source = 'file' | 'workbook';

/**
 * 验证签章 with the signers' roster (名单): the roster this browser was given wins; else the copy the workbook keeps,
 * said so. Without any, the result says 签章人身份未核验 and never 核验有效.
 */
export function VerifyPanel(props: {
  host: Host;
  snap: WorkbookSnapshot | null;
  busy: boolean;
  run: (fn: (c: TaskControls) => Promise<void>) => Promise<void>;
  onSaved: () => void;
}) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [given, setGiven] = useState<Roster | null>(null);
  const [kept, setKept] = useState<Roster | null>(null);
  const [keptProblem, setKeptProblem] = useState<string | null>(null);
  const [result, setResult] = useState<{ lines: string[]; notice: NoticeState } | null>(null);

  useEffect(() => void rememberedRoster().then(setGiven), []);
  useEffect(() => {
    setResult(null);
    setKeptProblem(null);
    if (!props.snap) return setKept(null);
    readKeptRoster(props.snap).then(setKept, (e) => {
      setKept(null);
      setKeptProblem(t('ui_roster_kept_bad', { reason: String((e as { code?: string }).code ?? e) }));
    });
  }, [props.snap]);

  const roster = given ?? kept;
  const source: Source | undefined = given ? 'file' : kept ? 'workbook' : undefined;
  const load = (file: File | undefined) =>
    file && props.run(async () => setGiven(await rememberRoster(await file.text())));
  const verify = () =>
    props.run(async () => {
      if (!props.snap) return;
      // A report opened here is verified from the stamp records it carries, as `lianfang verify` does.
      const v = await verifyAnyWorkbook(props.snap, { roster: roster ?? undefined, rosterSource: source });
      setResult({ lines: describeVerification(v), notice: verdict(v) });
    });
  const keep = () =>
    props.run(async () => {
      if (!given || !props.snap) return;
      await props.host.apply(keptRosterOps(given, props.snap));
      props.onSaved();
    });

  return (
    <section className={s.col} aria-label={t('ui_verify_title')}>
      <Field
        label={t('ui_roster')}
        hint={roster ? t(`ui_roster_from_${source}`, rosterParams(roster)) : t('ui_roster_none')}
      >
        <div className={s.row}>
          <Button onClick={() => input.current?.click()}>{t('ui_roster_choose')}</Button>
          <input
            ref={input}
            type="file"
            hidden
            aria-label={t('ui_roster')}
            accept=".json,application/json"
            onChange={(e) => {
              void load(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          {given && (
            <Button disabled={props.busy || !props.snap} onClick={() => void keep()}>
              {t('ui_roster_keep')}
            </Button>
          )}
          {given && (
            <Button appearance="subtle" onClick={() => (forgetRoster(), setGiven(null))}>
              {t('ui_roster_forget')}
            </Button>
          )}
        </div>
      </Field>
      {keptProblem && <Caption1>{keptProblem}</Caption1>}
      <div className={s.row}>
        <Button disabled={props.busy || !props.snap} onClick={() => void verify()}>
          {t('ui_verify_button')}
        </Button>
      </div>
      {result && <Notice notice={result.notice} />}
      {result && (
        <ul className={s.lines} aria-label={t('sign_panel_result')}>
          {result.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

const rosterParams = (r: Roster) => ({
  issuer: r.issuer.name,
  fp: shortFingerprint(r.issuer.fingerprint),
  count: r.entries.length,
  issued: r.issued.slice(0, 10),
});

/** Green only for 核验有效 (intact and every signer on the roster); intact without a roster is a warning. */
function verdict(v: WorkbookVerification): NoticeState {
  const text = summaryLine(v);
  if (!v.stampCount) return { intent: 'info', text };
  if (!v.intact) return { intent: 'error', text };
  if (!v.roster || !v.trusted) return { intent: 'warning', text };
  return { intent: 'success', text };
}
