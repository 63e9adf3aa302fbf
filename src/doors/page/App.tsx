import { Button, Card, CardHeader, Spinner, Subtitle2, makeStyles } from '@fluentui/react-components';
import type ExcelJS from 'exceljs';
import { useEffect, useMemo, useState } from 'react';
import { snapshotWorkbook } from '../../adapters/exceljs/snapshot';
import type { Pack } from '../../core/forms/pack';
import { LianfangError } from '../../core/errors';
import { CellPreview, type CellShown } from '../ui/CellPreview';
import { HelpPanel } from '../ui/HelpPanel';
import { Notice } from '../ui/Notice';
import { PackPicker } from '../ui/PackPicker';
import { Shell } from '../ui/Shell';
import { t } from '../ui/t';
import { useTask } from '../ui/useTask';
import { Workflow } from '../ui/Workflow';
import { reportFileName, reportWorkbookBytes } from './report';
import { CompareCard } from './CompareCard';
import { describeWorkbook } from './describe';
import { saveBytes } from './download';
import { FileDrop } from './FileDrop';
import { OpenWorkbooks } from './OpenWorkbooks';
import { SheetList } from './SheetList';
import { blankWorkbookBytes, openWorkbook, toBytes, workbookHost } from './workbook';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  card: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

interface Doc {
  file: string;
  wb: ExcelJS.Workbook;
  /** Bumped when the workbook changes, so the sheet list is read again. */
  version: number;
}

/** The standalone page: everything runs in the browser with ExcelJS; no file leaves the machine. */
export function PageApp(props: { packs: readonly Pack[]; samplesBase?: string }) {
  const s = useStyles();
  const [pack, setPack] = useState<Pack | undefined>(props.packs.length === 1 ? props.packs[0] : undefined);
  // Many workbooks may be open (one per unit); the workflow works on the active one, the report takes them all.
  const [docs, setDocs] = useState<Doc[]>([]);
  // -1: the last opened (a new file becomes the one shown).
  const [chosen, setActive] = useState(-1);
  const active = chosen < 0 || chosen >= docs.length ? docs.length - 1 : chosen;
  const doc = docs[active] ?? null;
  const setDoc = (fn: (d: Doc) => Doc) => setDocs((all) => all.map((d, i) => (i === active ? fn(d) : d)));
  const { busy, notice, run } = useTask();
  // The cell of the issue last clicked (the page has no Excel to select it in).
  const [shown, setShown] = useState<CellShown | null>(null);

  const open = async (bytes: ArrayBuffer, file: string) =>
    add({ file, wb: await openWorkbook(bytes, file), version: 0 });
  const add = (d: Doc) => {
    setDocs((all) => [...all.filter((x) => x.file !== d.file), d]);
    setActive(-1);
  };
  const summary = useMemo(() => (doc ? describeWorkbook(snapshotWorkbook(doc.wb)) : null), [doc]);
  // An opened workbook of a known programme selects that programme.
  const opened = summary?.packId;
  useEffect(() => {
    const p = opened && props.packs.find((x) => x.id === opened);
    if (p) setPack(p);
  }, [opened, doc?.wb, props.packs]);
  const host = useMemo(
    () => doc && workbookHost(doc.wb, () => setDoc((d) => ({ ...d, version: d.version + 1 })), setShown),
    [doc?.wb], // the host follows the workbook object, not each edit
  );
  useEffect(() => setShown(null), [doc?.wb]);

  const downloadBlank = () =>
    run(async () => {
      if (pack) saveBytes(await blankWorkbookBytes(pack), `${pack.name}-空白表格.xlsx`);
    });
  const openSample = () =>
    run(async () => {
      if (!pack) return;
      const file = `${pack.name}-示例.xlsx`;
      const res = await fetch(`${props.samplesBase ?? 'samples/'}${pack.id}.xlsx`);
      if (!res.ok) throw new LianfangError('ui_sample_missing', { file });
      await open(await res.arrayBuffer(), file);
    });
  const openFiles = (files: File[]) =>
    run(async () => {
      for (const f of files) await open(await f.arrayBuffer(), f.name);
    });
  const downloadDoc = () =>
    run(async () => {
      if (doc) saveBytes(await toBytes(doc.wb), doc.file);
    });

  const makeReport = async () => {
    if (!docs.length || !pack) return;
    const name = docs.length === 1 ? reportFileName(docs[0].file) : `${pack.name}-报送.xlsx`;
    saveBytes(await reportWorkbookBytes(pack, docs), name);
  };

  return (
    <Shell intro={t('ui_page_intro')}>
      <Card className={s.card}>
        <CardHeader header={<Subtitle2 as="h2">{t('ui_pack_card')}</Subtitle2>} />
        <PackPicker packs={props.packs} value={pack} onChange={setPack} />
        <div className={s.row}>
          <Button appearance="primary" disabled={!pack || busy} onClick={() => void downloadBlank()}>
            {t('ui_download_blank')}
          </Button>
          <Button disabled={!pack || busy} onClick={() => void openSample()}>
            {t('ui_open_sample')}
          </Button>
        </div>
      </Card>
      <Card className={s.card}>
        <CardHeader header={<Subtitle2 as="h2">{t('ui_open_file')}</Subtitle2>} />
        <FileDrop onFiles={(f) => void openFiles(f)} disabled={busy} />
      </Card>
      {busy && <Spinner size="small" label={t('ui_working')} />}
      <Notice notice={notice} />
      {pack && (
        <Card className={s.card}>
          <CardHeader header={<Subtitle2 as="h2">{t('ui_help_title')}</Subtitle2>} />
          <HelpPanel pack={pack} />
        </Card>
      )}
      {doc && summary && host && (
        <Card className={s.card}>
          <CardHeader header={<Subtitle2 as="h2">{t('ui_steps_label')}</Subtitle2>} />
          <Workflow
            host={host}
            pack={pack}
            onReport={makeReport}
            preview={shown && <CellPreview {...shown} onClose={() => setShown(null)} />}
          />
        </Card>
      )}
      {doc && summary && (
        <Card className={s.card}>
          {docs.length > 1 && <OpenWorkbooks files={docs.map((d) => d.file)} active={active} onChange={setActive} />}
          <SheetList file={doc.file} summary={summary} />
          <div className={s.row}>
            <Button disabled={busy} onClick={() => void downloadDoc()}>
              {t('ui_download_workbook')}
            </Button>
          </div>
        </Card>
      )}
      <CompareCard busy={busy} run={run} />
    </Shell>
  );
}
