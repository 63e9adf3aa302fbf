import { Button, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Pack } from '../../core/forms/pack';
import { LianfangError } from '../../core/errors';
import { CellPreview, type CellShown } from '../ui/CellPreview';
import { Notice } from '../ui/Notice';
import { t } from '../ui/t';
import { Section } from './Section';
import { Workflow } from '../ui/Workflow';
import { describeWorkbook } from './describe';
import { docBelonging, docOtherPack, docSnapshot, type Doc } from './docs';
import { saveBytes } from './download';
import { OpenWorkbooks, type OpenItem } from './OpenWorkbooks';
import { reportFileName, reportWorkbook } from './report';
import { ReportScope } from './ReportScope';
import { SheetList, summaryNote } from './SheetList';
import { toBytes, workbookHost } from './workbook';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

export interface OpenDocProps {
  packs: readonly Pack[];
  pack: Pack | undefined;
  docs: Doc[];
  doc: Doc;
  active: number;
  busy: boolean;
  run: (fn: () => Promise<void>) => Promise<void> | void;
  touch: (wb: Doc['wb']) => void;
  setActive: (i: number) => void;
  switchTo: (id: string) => void;
  assignActive: (packId: string) => void;
}

/**
 * The open workbook's cards (its steps, its sheets, the report): loaded only once a workbook is opened, so the
 * page's first screen carries none of validation, signing, the report builder or the workbook writer.
 */
export default function OpenDoc(props: OpenDocProps) {
  const s = useStyles();
  const { packs, pack, docs, doc, busy, run } = props;
  // The cell of the issue last clicked (the page has no Excel to select it in).
  const [shown, setShown] = useState<CellShown | null>(null);

  const belongs = docBelonging(doc, pack);
  const other = docOtherPack(doc, pack);
  const otherName = other && (packs.find((p) => p.id === other)?.name ?? other);
  // Under the chosen programme the sheet list is what validation reads; another programme's workbook as its own.
  const summary = useMemo(
    () => describeWorkbook(docSnapshot(doc), belongs === 'other' ? undefined : pack?.id),
    [doc, pack, belongs],
  );
  const host = useMemo(
    () => workbookHost(doc.wb, () => props.touch(doc.wb), setShown),
    [doc.wb], // the host follows the workbook object, not each edit
  );
  useEffect(() => setShown(null), [doc.wb, pack]);

  const items: OpenItem[] = docs.map((x) => ({ file: x.file, outside: outsideNote(x) }));
  function outsideNote(x: Doc): string | undefined {
    if (!pack) return undefined;
    const b = docBelonging(x, pack);
    if (b === 'same') return undefined;
    const o = docOtherPack(x, pack);
    return o
      ? t('ui_doc_outside_other', { other: packs.find((p) => p.id === o)?.name ?? o })
      : t('ui_doc_outside_none', { pack: pack.name });
  }

  const downloadDoc = () =>
    run(async () => {
      saveBytes(await toBytes(doc.wb), doc.file);
    });

  /** Only the chosen programme's workbooks go in; the others stay open, named in the note beside the button. */
  const makeReport = async () => {
    if (!pack) return;
    const mine = docs.filter((x) => docBelonging(x, pack) === 'same');
    if (!mine.length) throw new LianfangError('ui_report_nothing', { pack: pack.name });
    const name = mine.length === 1 ? reportFileName(mine[0].file) : `${pack.name}-报送.xlsx`;
    const { bytes, ...counts } = await reportWorkbook(pack, mine);
    saveBytes(bytes, name);
    const left = items.filter((i) => i.outside).length;
    return t('ui_report_written', { file: name, ...counts }) + (left ? t('ui_report_others', { n: left }) : '');
  };

  return (
    <>
      <Section title={t('ui_steps_label')}>
        {other && pack ? (
          <>
            <Notice notice={{ intent: 'warning', text: t('ui_doc_other', { other: otherName, pack: pack.name }) }} />
            <div className={s.row}>
              <Button appearance="primary" onClick={() => props.switchTo(other)}>
                {t('ui_switch_to', { pack: otherName })}
              </Button>
              <Button onClick={() => props.assignActive(pack.id)}>{t('ui_keep_pack', { pack: pack.name })}</Button>
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
      </Section>
      <Section>
        {docs.length > 1 && <OpenWorkbooks items={items} active={props.active} onChange={props.setActive} />}
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
      </Section>
    </>
  );
}
