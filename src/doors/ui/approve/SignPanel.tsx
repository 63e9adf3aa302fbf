import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  describeVerification,
  STEP_STATE_TEXT,
  summaryLine,
  type FormVerification,
  type Opinion,
  type StepState,
  type WorkbookVerification,
} from '../../../core/approve';
import { shortFingerprint } from '../../../core/crypto';
import { chineseDate } from '../../../core/approve/visible';
import { Notice } from '../Notice';
import { t } from '../t';
import { useTask } from '../useTask';

export interface SignRequestUi {
  role: string;
  opinion: Opinion;
  text: string;
  acceptWarnings: boolean;
}

export interface SignPanelProps {
  /** The current form's chain (one entry of verifyWorkbook(...).forms), or null when no stampable form is chosen. */
  form: FormVerification | null;
  /** Who signs on this device, or null before a key exists. */
  signer: { name: string; fingerprint: string } | null;
  onSign: (req: SignRequestUi) => Promise<void>;
  onVerify: () => Promise<WorkbookVerification>;
  /** Makes this device's key (the page: keystore.createSigner); absent where keys come from elsewhere. */
  onCreateKey?: (name: string) => Promise<void>;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '10px' },
  steps: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  step: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  lines: { margin: 0, paddingLeft: '18px' },
});

const COLOR: Record<StepState, 'informative' | 'success' | 'warning' | 'danger'> = {
  pending: 'informative',
  signed: 'success',
  returned: 'warning',
  invalid: 'danger',
};

/** 签章: the chain of the current form, a sign button for the next step, and 验证. All effects come in as props. */
export function SignPanel(props: SignPanelProps) {
  const s = useStyles();
  const { form, signer } = props;
  const { busy, notice, setNotice, run } = useTask();
  const [opinion, setOpinion] = useState<Opinion>('同意');
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [result, setResult] = useState<string[] | null>(null);
  const [askWarnings, setAskWarnings] = useState(false);
  const next = form?.steps.find((x) => x.role === form.next);

  const sign = (acceptWarnings: boolean) =>
    run(async () => {
      if (!form || !next) return;
      setAskWarnings(false);
      try {
        await props.onSign({ role: next.role, opinion, text, acceptWarnings });
      } catch (e) {
        if ((e as { code?: string }).code === 'form_has_warnings') setAskWarnings(true);
        throw e;
      }
      setText('');
      setNotice({ intent: 'success', text: t('sign_panel_signed', { who: next.who }) });
    });

  const verify = () =>
    run(async () => {
      const v = await props.onVerify();
      setResult(describeVerification(v));
      // 核验有效 (green) only when a roster vouched for every signer; intact without one is a warning.
      setNotice({
        intent: !v.stampCount || !v.intact ? 'error' : v.roster && v.trusted ? 'success' : 'warning',
        text: v.stampCount && v.intact ? summaryLine(v) : t('sign_panel_invalid'),
      });
    });

  return (
    <section className={s.panel} aria-label={t('sign_panel_title')}>
      <Caption1>{t('stamp_disclaimer')}</Caption1>
      {!form && <Caption1>{t('sign_panel_no_form')}</Caption1>}
      {form && (
        <ol className={s.steps} aria-label={t('sign_panel_chain', { sheet: form.sheet })}>
          {form.steps.map((step) => (
            <li key={step.role} className={s.step} data-state={step.state}>
              <span>{step.who}</span>
              <Badge appearance="tint" color={COLOR[step.state]}>
                {STEP_STATE_TEXT[step.state]}
              </Badge>
              {step.stamp && (
                <Caption1>
                  {step.stamp.signer} {chineseDate(step.stamp.at)} {step.stamp.opinion}
                </Caption1>
              )}
            </li>
          ))}
        </ol>
      )}
      {form && next && signer && (
        <>
          <RadioGroup
            layout="horizontal"
            value={opinion}
            onChange={(_, d) => setOpinion(d.value as Opinion)}
            aria-label={t('sign_panel_opinion')}
          >
            <Radio value="同意" label="同意" />
            <Radio value="退回修改" label="退回修改" />
          </RadioGroup>
          <Field label={t('sign_panel_text')}>
            <Textarea value={text} onChange={(_, d) => setText(d.value)} />
          </Field>
          <div className={s.row}>
            <Button appearance="primary" disabled={busy} onClick={() => void sign(false)}>
              {t('sign_panel_sign', { who: next.who, name: signer.name })}
            </Button>
            {askWarnings && (
              <Button disabled={busy} onClick={() => void sign(true)}>
                {t('sign_panel_sign_anyway')}
              </Button>
            )}
          </div>
          <Caption1>{t('sign_panel_key', { fp: shortFingerprint(signer.fingerprint) })}</Caption1>
          {opinion === '同意' && <Caption1>{t('protect_disclaimer')}</Caption1>}
        </>
      )}
      {form && !next && form.complete && <Caption1>{t('chain_complete', { sheet: form.sheet })}</Caption1>}
      {!signer && props.onCreateKey && (
        <div className={s.row}>
          <Field label={t('sign_panel_name')}>
            <Input value={name} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Button disabled={busy || !name.trim()} onClick={() => void run(() => props.onCreateKey!(name))}>
            {t('sign_panel_create_key')}
          </Button>
        </div>
      )}
      <div className={s.row}>
        <Button disabled={busy} onClick={() => void verify()}>
          {t('sign_panel_verify')}
        </Button>
      </div>
      <Notice notice={notice} />
      {result && (
        <ul className={s.lines} aria-label={t('sign_panel_result')}>
          {result.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
