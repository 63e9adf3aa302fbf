import type ExcelJS from 'exceljs';
import { useCallback, useRef, useState } from 'react';
import type { Pack } from '../../core/forms/pack';
import type { NoticeState } from '../ui/Notice';
import { t } from '../ui/t';
import type { Doc } from './docs';
import type { ProgrammeAnswer, ProgrammeAsk } from './ProgrammeQuestion';

/**
 * What opening and reading workbooks takes (the safe reader, ExcelJS's loader, recognition): loaded with the first
 * file, not with the page. Every use below has a workbook open, so it is loaded by then.
 */
const opening = () => Promise.all([import('./docs'), import('./workbook')]);
let loaded: Awaited<ReturnType<typeof opening>>[0] | undefined;
const lib = () => loaded!;

/**
 * The page's programme and its open workbooks. The programme is the person's: an opened workbook selects one only
 * while none is chosen; a workbook that looks like another programme raises a question instead of a switch.
 */
export function usePageDocs(
  /** The programmes, as far as loaded (the page loads them on first use): asked at each use, never kept. */
  packsNow: () => readonly Pack[],
  initial: Pack | undefined,
  say: (n: NoticeState) => void,
) {
  const [pack, setPackState] = useState<Pack | undefined>(initial);
  // The programme the page opened on from last time, not chosen in this visit: the first workbook opened that is of
  // another programme takes its own, as if none were chosen.
  const rememberedRef = useRef(false);
  // Files open one after another inside one task: each must see the programme the one before may have chosen.
  const packRef = useRef(pack);
  const [docs, setDocs] = useState<Doc[]>([]);
  const docsRef = useRef(docs);
  docsRef.current = docs;
  // -1: the last opened (a new file becomes the one shown).
  const [chosen, setActive] = useState(-1);
  const [asks, setAsks] = useState<ProgrammeAsk[]>([]);
  const active = chosen < 0 || chosen >= docs.length ? docs.length - 1 : chosen;
  const activeRef = useRef(active);
  activeRef.current = active;

  const named = (id: string) => ({ id, name: packsNow().find((p) => p.id === id)?.name ?? id });
  const askFor = (d: Doc, p: Pack): ProgrammeAsk | null => {
    const other = d.assigned ? undefined : lib().docOtherPack(d, p);
    return other ? { file: d.file, chosen: named(p.id), looksLike: named(other) } : null;
  };

  /**
   * A new programme: questions still pending are asked again against it, or dropped when it settles them; when the
   * workbook shown is not of it, the last opened workbook that is comes forward.
   */
  const setPack = (p: Pack, remembered = false) => {
    rememberedRef.current = remembered;
    packRef.current = p;
    setPackState(p);
    const all = docsRef.current;
    const shown = all[activeRef.current];
    if (shown && lib().docBelonging(shown, p) !== 'same') {
      const mine = all.map((d, i) => (lib().docBelonging(d, p) === 'same' ? i : -1)).filter((i) => i >= 0);
      if (mine.length) setActive(mine[mine.length - 1]);
    }
    setAsks((q) =>
      q.flatMap((a) => {
        const d = docsRef.current.find((x) => x.file === a.file);
        const again = d && askFor(d, p);
        return again ? [again] : [];
      }),
    );
  };

  const open = async (bytes: ArrayBuffer, file: string) => {
    const [docs, workbook] = await opening();
    loaded = docs;
    const d = docs.newDoc(file, await workbook.openWorkbook(bytes, file));
    docsRef.current = [...docsRef.current.filter((x) => x.file !== file), d];
    setDocs(docsRef.current);
    setActive(-1);
    activeRef.current = docsRef.current.length - 1;
    const current = packRef.current;
    const soft = rememberedRef.current;
    rememberedRef.current = false;
    const ownId = d.programme.pack ?? (current && soft ? lib().docOtherPack(d, current) : undefined);
    const own = ownId ? packsNow().find((p) => p.id === ownId) : undefined;
    if (own && (!current || (soft && own.id !== current.id))) {
      setPack(own);
      say({ intent: 'info', text: t('ui_pack_from_workbook', { pack: own.name, file }) });
      return;
    }
    const ask = current && askFor(d, current);
    if (ask) setAsks((q) => [...q.filter((a) => a.file !== file), ask]);
  };

  const assign = (file: string, packId: string) =>
    setDocs((all) => (docsRef.current = all.map((x) => (x.file === file ? { ...x, assigned: packId } : x))));

  const question = asks[0] ?? null;
  const answer = (a: ProgrammeAnswer) => {
    if (!question) return;
    setAsks((q) => q.slice(1));
    const file = question.file;
    const index = docsRef.current.findIndex((x) => x.file === file);
    if (index >= 0) setActive((activeRef.current = index));
    if (a === 'switch') {
      const p = packsNow().find((x) => x.id === question.looksLike.id);
      if (p) setPack(p);
    } else if (a === 'keep') assign(file, question.chosen.id);
  };

  /** The workbook changed (a step applied its operations): read it again. */
  const touch = useCallback(
    (wb: ExcelJS.Workbook) =>
      setDocs((all) => (docsRef.current = all.map((x) => (x.wb === wb ? lib().changedDoc(x) : x)))),
    [],
  );

  return {
    pack,
    docs,
    active,
    doc: docs[active] ?? null,
    setActive,
    open,
    question,
    answer,
    touch,
    choosePack: (p: Pack) => setPack(p),
    /** The programme chosen on an earlier visit: the page opens on it until a workbook of another says its own. */
    rememberPack: (p: Pack) => setPack(p, true),
    switchTo: (id: string) => {
      const p = packsNow().find((x) => x.id === id);
      if (p) setPack(p);
    },
    assignActive: (packId: string) => docs[active] && assign(docs[active].file, packId),
  };
}
