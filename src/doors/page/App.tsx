import { Button, Card, CardHeader, Spinner, Subtitle2, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
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
import { CompareCard } from './CompareCard';
import { describeWorkbook } from './describe';
import { docBelonging, docOtherPack, docSnapshot } from './docs';
import { saveBytes } from './download';
import { FileDrop } from './FileDrop';
import { OpenWorkbooks, type OpenItem } from './OpenWorkbooks';
import { ProgrammeQuestion } from './ProgrammeQuestion';
import { reportFileName, reportWorkbook } from './report';
import { ReportScope } from './ReportScope';
import { SheetList, summaryNote } from './SheetList';
import { UnitsCard } from './UnitsCard';
import { usePageDocs } from './usePageDocs';
import { blankWorkbookBytes, toBytes, workbookHost } from './workbook';

const counts = (r: { units: number; forms: number; risks: number; errors: number; warnings: number }) => ({
  units: r.units,
  forms: r.forms,
  risks: r.risks,
  errors: r.errors,
  warnings: r.warnings,
});

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  card: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

/** The standalone page: everything runs in the browser with ExcelJS; no file leaves the machine. */
export function PageApp(props: { packs: readonly Pack[]; samplesBase?: string }) {
  const s = useStyles();
  const { busy, notice, setNotice, run } = useTask();
  const d = usePageDocs(props.packs, props.packs.length === 1 ? props.packs[0] : undefined, setNotice);
  const { pack, docs, doc } = d;
  // The cell of the issue last clicked (the page has no Excel to select it in).
  const [shown, setShown] = useState<CellShown | null>(null);

  const belongs = doc ? docBelonging(doc, pack) : 'none';
  const other = doc ? docOtherPack(doc, pack) : undefined;
  const otherName = other && (props.packs.find((p) => p.id === other)?.name ?? other);
  // Under the chosen programme the sheet list is what validation reads; another programme's workbook as its own.
  const summary = useMemo(
    () => (doc ? describeWorkbook(docSnapshot(doc), belongs === 'other' ? undefined : pack?.id) : null),
    [doc, pack, belongs],
  );
  const host = useMemo(
    () => doc && workbookHost(doc.wb, () => d.touch(doc.wb), setShown),
    [doc?.wb], // the host follows the workbook object, not each edit
  );
  useEffect(() => setShown(null), [doc?.wb, pack]);

  const items: OpenItem[] = docs.map((x) => ({ file: x.file, outside: outsideNote(x) }));
  function outsideNote(x: (typeof docs)[number]): string | undefined {
    if (!pack) return undefined;
    const b = docBelonging(x, pack);
    if (b === 'same') return undefined;
    const o = docOtherPack(x, pack);
    return o
      ? t('ui_doc_outside_other', { other: props.packs.find((p) => p.id === o)?.name ?? o })
      : t('ui_doc_outside_none', { pack: pack.name });
  }

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
      await d.open(await res.arrayBuffer(), file);
    });
  const openFiles = (files: File[]) =>
    run(async () => {
      for (const f of files) await d.open(await f.arrayBuffer(), f.name);
    });
  const downloadDoc = () =>
    run(async () => {
      if (doc) saveBytes(await toBytes(doc.wb), doc.file);
    });

  /** Only the chosen programme's workbooks go in; the others stay open, named in the note beside the button. */
  const makeReport = async () => {
    if (!pack) return;
    const mine = docs.filter((x) => docBelonging(x, pack) === 'same');
    if (!mine.length) throw new LianfangError('ui_report_nothing', { pack: pack.name });
    const name = mine.length === 1 ? reportFileName(mine[0].file) : `${pack.name}-报送.xlsx`;
    const r = await reportWorkbook(pack, mine);
    saveBytes(r.bytes, name);
    const left = items.filter((i) => i.outside).length;
    return t('ui_report_written', { file: name, ...counts(r) }) + (left ? t('ui_report_others', { n: left }) : '');
  };

  return (
    <Shell intro={t('ui_page_intro')}>
      <Card className={s.card}>
        <CardHeader header={<Subtitle2 as="h2">{t('ui_pack_card')}</Subtitle2>} />
        <PackPicker packs={props.packs} value={pack} onChange={d.choosePack} />
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
      <ProgrammeQuestion ask={d.question} onAnswer={d.answer} />
      {pack && (
        <Card className={s.card}>
          <CardHeader header={<Subtitle2 as="h2">{t('ui_help_title')}</Subtitle2>} />
          <HelpPanel pack={pack} />
        </Card>
      )}
      {doc && summary && host && (
        <Card className={s.card}>
          <CardHeader header={<Subtitle2 as="h2">{t('ui_steps_label')}</Subtitle2>} />
          {other && pack ? (
            <>
              <Notice notice={{ intent: 'warning', text: t('ui_doc_other', { other: otherName, pack: pack.name }) }} />
              <div className={s.row}>
                <Button appearance="primary" onClick={() => d.switchTo(other)}>
                  {t('ui_switch_to', { pack: otherName })}
                </Button>
                <Button onClick={() => d.assignActive(pack.id)}>{t('ui_keep_pack', { pack: pack.name })}</Button>
              </div>
            </>
          ) : (
            <Workflow
              // A new workbook or programme starts the steps afresh: no form, role or result of the last one lingers.
              key={`${doc.file}|${pack?.id ?? ''}`}
              host={host}
              pack={pack}
              onReport={makeReport}
              reportScope={pack && <ReportScope pack={pack.name} items={items} />}
              preview={shown && <CellPreview {...shown} onClose={() => setShown(null)} />}
            />
          )}
        </Card>
      )}
      {doc && summary && (
        <Card className={s.card}>
          {docs.length > 1 && <OpenWorkbooks items={items} active={d.active} onChange={d.setActive} />}
          <SheetList
            file={doc.file}
            summary={summary}
            note={other && pack ? t('ui_doc_other', { other: otherName, pack: pack.name }) : summaryNote(summary)}
          />
          <div className={s.row}>
            <Button disabled={busy} onClick={() => void downloadDoc()}>
              {t('ui_download_workbook')}
            </Button>
          </div>
        </Card>
      )}
      <UnitsCard pack={pack} docs={docs} />
      <CompareCard busy={busy} run={run} />
    </Shell>
  );
}
