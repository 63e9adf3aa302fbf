import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  makeStyles,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { VerifyPanel } from './approve/VerifyPanel';
import { locateForms, OPINIONS, planSign, signerFromKeyFile, type Opinion, type Signer } from '../../core/approve';
import type { WorkbookSnapshot } from '../../core/port';
import { hasReportData } from '../../core/report/hiddenData';
import type { Host } from './host';
import { t } from './t';
import { keptUnitSettings } from './UnitSettings';
import type { TaskControls } from './useTask';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', gap: '8px' } });

/**
 * 签章: the signer opens the key file `npx lianfang keygen` made (it never leaves this machine), picks the
 * form and her step in its sign-off chain, and stamps it. The core refuses out-of-order or invalid stamps.
 */
export function SignStep(props: {
  host: Host;
  snap: WorkbookSnapshot | null;
  busy: boolean;
  run: (fn: (c: TaskControls) => Promise<void>) => Promise<void>;
  onSigned: (text: string) => void;
}) {
  const s = useStyles();
  // A report's form sheets carry copies of the units' stamps: nothing is signed there (the core refuses it too).
  const isReport = useMemo(() => !!props.snap && hasReportData(props.snap), [props.snap]);
  const found = useMemo(() => (props.snap && !isReport ? locateForms(props.snap) : []), [props.snap, isReport]);
  // Forms whose plan prints no sign-off (E1, C3 …) are not offered: the page says why instead.
  const forms = useMemo(() => found.filter((f) => f.def.signoff.length), [found]);
  const unsigned = useMemo(
    () => [...new Set(found.filter((f) => !f.def.signoff.length).map((f) => `${f.def.id} ${f.def.title}`))],
    [found],
  );
  const keyInput = useRef<HTMLInputElement>(null);
  const [signer, setSigner] = useState<(Signer & { fingerprint: string }) | null>(null);
  const [sheet, setSheet] = useState<string>();
  const [role, setRole] = useState<string>();
  const [opinion, setOpinion] = useState<Opinion>('同意');
  const [acceptWarnings, setAcceptWarnings] = useState(false);
  // Why one person signs a second step of this chain (the core refuses it without one; verify always lists it).
  const [reason, setReason] = useState('');
  const [seal, setSeal] = useState<{ name: string; png: string } | null>(null);
  const form = forms.find((f) => f.found.sheet === sheet);
  // Another workbook (or the same one changed): a choice that no longer exists is dropped, never kept silently.
  useEffect(() => {
    if (sheet !== undefined && !forms.some((f) => f.found.sheet === sheet)) {
      setSheet(undefined);
      setRole(undefined);
    }
  }, [forms, sheet]);
  const sealStep = form?.def.signoff.find((x) => x.role === role)?.seal ?? false;
  // The unit's seal kept in the workbook (单位设置) is used when none is chosen here.
  const keptSeal = useMemo(() => keptUnitSettings(props.snap).settings?.sealPng, [props.snap]);
  const loadSeal = (file: File | undefined) =>
    file &&
    props.run(async () => setSeal({ name: file.name, png: toBase64(new Uint8Array(await file.arrayBuffer())) }));

  const loadKey = (file: File | undefined) =>
    file && props.run(async () => setSigner(await signerFromKeyFile(await file.text())));
  const sign = () =>
    props.run(async (c) => {
      if (!form || !role || !signer || !props.snap) return;
      const sealPng = sealStep ? (seal?.png ?? keptSeal) : undefined;
      const plan = await planSign({ wb: props.snap, form, role, opinion, signer, acceptWarnings, sealPng, reason });
      await props.host.apply(plan.ops, c.signal);
      setReason('');
      const who = form.def.signoff.find((x) => x.role === role)?.who ?? role;
      props.onSigned(t('ui_signed', { sheet: form.found.sheet, who, opinion, name: signer.name }));
    });

  return (
    <section className={s.col} aria-label={t('ui_step_sign')}>
      <Field
        label={t('ui_sign_key')}
        hint={signer ? t('ui_sign_key_loaded', { name: signer.name }) : t('ui_sign_hint')}
      >
        <div>
          <Button onClick={() => keyInput.current?.click()}>{t('ui_choose_key')}</Button>
          <input
            ref={keyInput}
            type="file"
            hidden
            aria-label={t('ui_sign_key')}
            accept=".json,application/json"
            onChange={(e) => {
              void loadKey(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      </Field>
      {isReport && <Caption1>{t('ui_sign_report')}</Caption1>}
      {unsigned.length > 0 && <Caption1>{t('ui_sign_no_chain', { forms: unsigned.join('、') })}</Caption1>}
      {props.snap && found.length > 0 && !forms.length && <Caption1>{t('ui_sign_nothing')}</Caption1>}
      <Field label={t('ui_sign_form')}>
        <Dropdown
          value={sheet ?? ''}
          selectedOptions={sheet ? [sheet] : []}
          onOptionSelect={(_, d) => {
            setSheet(d.optionValue);
            setRole(undefined);
          }}
        >
          {forms.map((f) => (
            <Option key={f.found.sheet} value={f.found.sheet}>
              {f.found.sheet}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {form && (
        <Field label={t('ui_sign_role')}>
          <RadioGroup value={role ?? ''} onChange={(_, d) => setRole(d.value)}>
            {form.def.signoff.map((x) => (
              <Radio key={x.role} value={x.role} label={x.label} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {sealStep && (
        <Field
          label={t('ui_sign_seal')}
          hint={seal ? seal.name : keptSeal ? t('ui_unit_seal_default') : t('ui_sign_seal_hint')}
        >
          <input
            type="file"
            aria-label={t('ui_sign_seal')}
            accept="image/png"
            onChange={(e) => void loadSeal(e.target.files?.[0])}
          />
        </Field>
      )}
      <Field label={t('ui_sign_opinion')}>
        <RadioGroup layout="horizontal" value={opinion} onChange={(_, d) => setOpinion(d.value as Opinion)}>
          {OPINIONS.map((o) => (
            <Radio key={o} value={o} label={o} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('ui_sign_reason')} hint={t('ui_sign_reason_hint')}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <Checkbox
        checked={acceptWarnings}
        onChange={(_, d) => setAcceptWarnings(Boolean(d.checked))}
        label={t('ui_sign_accept_warnings')}
      />
      <Button disabled={props.busy || !signer || !form || !role} onClick={() => void sign()}>
        {t('ui_sign_button')}
      </Button>
      <VerifyPanel
        host={props.host}
        snap={props.snap}
        busy={props.busy}
        run={props.run}
        onSaved={() => props.onSigned(t('ui_roster_kept'))}
      />
    </section>
  );
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
