import { Body1, Button, Field, Image, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { WorkbookSnapshot } from '../../core/port';
import { MAX_UNIT_NAME, readUnitSettings, sealProblem, unitSettingsOps, type UnitSettings } from '../../core/settings';
import type { Host } from './host';
import { Notice, type NoticeState } from './Notice';
import { errorText, t } from './t';
import type { TaskControls } from './useTask';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'stretch' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  seal: { width: '96px', height: '96px', objectFit: 'contain' },
});

/** The settings the workbook keeps, or the message saying they are damaged. */
export function keptUnitSettings(snap: WorkbookSnapshot | null): { settings: UnitSettings | null; error?: string } {
  if (!snap) return { settings: null };
  try {
    return { settings: readUnitSettings(snap) };
  } catch (e) {
    return { settings: null, error: errorText(e) };
  }
}

/**
 * 单位设置: the unit's name and seal image, kept in a hidden sheet of the workbook so the file carries them to the
 * next person. The seal is the default on 公章 steps and in the report; the name prefills 单位名称.
 */
export function UnitSettingsSection(props: {
  host: Host;
  snap: WorkbookSnapshot | null;
  busy: boolean;
  run: (fn: (c: TaskControls) => Promise<void>) => Promise<void>;
  onSaved: (text: string) => void;
}) {
  const s = useStyles();
  const kept = useMemo(() => keptUnitSettings(props.snap), [props.snap]);
  const [name, setName] = useState('');
  const [seal, setSeal] = useState<string | undefined>();
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // A newly read workbook shows what it keeps.
  const keptName = kept.settings?.unitName ?? '';
  const keptSeal = kept.settings?.sealPng;
  useEffect(() => {
    setName(keptName);
    setSeal(keptSeal);
  }, [keptName, keptSeal]);

  const loadSeal = async (file: File | undefined) => {
    if (!file) return;
    const png = toBase64(await fileBytes(file));
    const problem = sealProblem(png);
    if (problem) return setNotice({ intent: 'error', text: errorText(problem) });
    setNotice(null);
    setSeal(png);
  };
  const save = () =>
    props.run(async (c) => {
      if (!props.snap) return;
      await props.host.apply(
        unitSettingsOps({ unitName: name, ...(seal ? { sealPng: seal } : {}) }, props.snap),
        c.signal,
      );
      props.onSaved(t('ui_unit_saved', { name: name.trim(), seal: seal ? 1 : 0 }));
    });

  return (
    <section className={s.col} aria-label={t('ui_unit_title')}>
      <Body1 as="h3">{t('ui_unit_title')}</Body1>
      {kept.error && <Notice notice={{ intent: 'warning', text: kept.error }} />}
      <Field label={t('ui_unit_name')}>
        <Input value={name} maxLength={MAX_UNIT_NAME} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t('ui_unit_seal')} hint={t('ui_unit_seal_hint')}>
        <div className={s.row}>
          {seal && <Image className={s.seal} src={`data:image/png;base64,${seal}`} alt={t('ui_unit_seal_preview')} />}
          <Button onClick={() => fileInput.current?.click()}>{t('ui_choose_seal')}</Button>
          {seal && <Button onClick={() => setSeal(undefined)}>{t('ui_unit_seal_remove')}</Button>}
          <input
            ref={fileInput}
            type="file"
            hidden
            aria-label={t('ui_unit_seal')}
            accept="image/png"
            onChange={(e) => {
              void loadSeal(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      </Field>
      <Notice notice={notice} />
      <div>
        <Button disabled={props.busy || !props.snap} onClick={() => void save()}>
          {t('ui_unit_save')}
        </Button>
      </div>
    </section>
  );
}

/** A chosen file's bytes (FileReader where Blob.arrayBuffer is missing, as in older webviews). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
