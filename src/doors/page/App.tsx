import { Button, makeStyles } from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import { LianfangError } from '../../core/errors';
import { PackPicker } from '../ui/PackPicker';
import { rememberProgramme, rememberedProgramme } from '../ui/programmeMemory';
import { Shell } from '../ui/Shell';
import { errorText, t } from '../ui/t';
import { PageNotice, Working } from './onUse';
import { Section } from './Section';
import { useTask } from '../ui/useTask';
import { CompareCard } from './CompareCard';
import { saveBytes } from './download';
import { FileDrop } from './FileDrop';
import { loadedPacks, loadPacks, type PackEntry } from './packCatalogue';
import { usePageDocs } from './usePageDocs';

// Loaded on use, not with the first screen: the open workbook's cards (validation, signing, the report builder,
// the workbook writer) once a file is opened, the programme's help once one is chosen.
const OpenDoc = lazy(() => import('./OpenDoc'));
const HelpPanel = lazy(() => import('../ui/HelpPanel').then((m) => ({ default: m.HelpPanel })));
const ProgrammeQuestion = lazy(() => import('./ProgrammeQuestion').then((m) => ({ default: m.ProgrammeQuestion })));
const UnitsCard = lazy(() => import('./UnitsCard').then((m) => ({ default: m.UnitsCard })));

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

/** The standalone page: everything runs in the browser with ExcelJS; no file leaves the machine. */
export function PageApp(props: { catalogue: readonly PackEntry[]; samplesBase?: string }) {
  const s = useStyles();
  const { busy, notice, setNotice, run } = useTask();
  const d = usePageDocs(loadedPacks, undefined, setNotice);
  const { pack, docs, doc } = d;
  const choose = (entry: PackEntry, remembered = false) =>
    run(async () => {
      const p = (await loadPacks()).find((x) => x.id === entry.id);
      if (!p) return;
      if (remembered) return d.rememberPack(p);
      rememberProgramme(p.id);
      d.choosePack(p);
    });
  // The programme chosen last time, chosen again on opening (a workbook of another programme opened first takes its
  // own, without asking).
  useEffect(() => {
    const entry = props.catalogue.find((e) => e.id === rememberedProgramme());
    if (entry && !pack) void choose(entry, true);
  }, []); // once, on opening

  const downloadBlank = () =>
    run(async () => {
      if (!pack) return;
      const { blankWorkbookBytes } = await import('./workbook');
      saveBytes(await blankWorkbookBytes(pack), `${pack.name}-空白表格.xlsx`);
    });
  const openSample = () =>
    run(async () => {
      if (!pack) return;
      const file = `${pack.name}-示例.xlsx`;
      const res = await fetch(`${props.samplesBase ?? 'samples/'}${pack.id}.xlsx`);
      if (!res.ok) throw new LianfangError('ui_sample_missing', { file });
      await loadPacks();
      await d.open(await res.arrayBuffer(), file);
    });
  // Each file on its own: one that cannot be opened is named with its reason, and the others open all the same.
  // Excel's lock files (~$…) are no one's workbook.
  const openFiles = (files: File[]) =>
    run(async () => {
      await loadPacks();
      const wanted = files.filter((f) => !f.name.startsWith('~$'));
      const failed: Array<{ file: string; e: unknown }> = [];
      for (const f of wanted)
        try {
          await d.open(await f.arrayBuffer(), f.name);
        } catch (e) {
          failed.push({ file: f.name, e });
        }
      if (!failed.length) return;
      if (wanted.length === 1) throw failed[0].e;
      setNotice({
        intent: 'error',
        text: t('ui_files_not_opened', {
          opened: wanted.length - failed.length,
          failed: failed.length,
          list: failed.map((x) => `${x.file}：${errorText(x.e)}`).join('；'),
        }),
      });
    });
  const loading = <Working />;

  return (
    <Shell intro={t('ui_page_intro')}>
      <Section title={t('ui_pack_card')}>
        <PackPicker packs={props.catalogue} value={pack} onChange={(p) => void choose(p)} />
        <div className={s.row}>
          <Button appearance="primary" disabled={!pack || busy} onClick={() => void downloadBlank()}>
            {t('ui_download_blank')}
          </Button>
          <Button disabled={!pack || busy} onClick={() => void openSample()}>
            {t('ui_open_sample')}
          </Button>
        </div>
      </Section>
      <Section title={t('ui_open_file')}>
        <FileDrop onFiles={(f) => void openFiles(f)} disabled={busy} />
      </Section>
      {busy && loading}
      <PageNotice notice={notice} />
      {d.question && (
        <Suspense fallback={null}>
          <ProgrammeQuestion ask={d.question} onAnswer={d.answer} />
        </Suspense>
      )}
      {pack && (
        <Section title={t('ui_help_title')}>
          <Suspense fallback={loading}>
            <HelpPanel pack={pack} />
          </Suspense>
        </Section>
      )}
      {doc && (
        <Suspense fallback={loading}>
          <OpenDoc
            packs={loadedPacks()}
            pack={pack}
            docs={docs}
            doc={doc}
            active={d.active}
            busy={busy}
            run={run}
            touch={d.touch}
            setActive={d.setActive}
            switchTo={d.switchTo}
            assignActive={d.assignActive}
          />
        </Suspense>
      )}
      {docs.length > 1 && (
        <Suspense fallback={null}>
          <UnitsCard pack={pack} docs={docs} />
        </Suspense>
      )}
      <CompareCard busy={busy} run={run} />
    </Shell>
  );
}
