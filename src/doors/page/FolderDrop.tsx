import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { t } from '../ui/t';

const useStyles = makeStyles({
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    flex: '1 1 240px',
    minWidth: 0,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** Every file under a dropped entry (a folder is walked; readEntries gives at most 100 at a time). */
async function walk(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return [await new Promise<File>((ok, no) => (entry as FileSystemFileEntry).file(ok, no))];
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const all: File[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, no) => reader.readEntries(ok, no));
    if (!batch.length) return all;
    for (const e of batch) all.push(...(await walk(e)));
  }
}

/** A drop zone for one year's workbooks: files or whole folders, dropped or chosen. */
export function FolderDrop(props: {
  label: string;
  chosen?: string;
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}) {
  const s = useStyles();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const entries = [...e.dataTransfer.items]
      .map((i) => i.webkitGetAsEntry?.())
      .filter((x): x is FileSystemEntry => !!x);
    const list = entries.length ? (await Promise.all(entries.map(walk))).flat() : [...e.dataTransfer.files];
    if (list.length) props.onFiles(list);
  };
  const picked = (input: HTMLInputElement) => {
    const list = [...(input.files ?? [])];
    input.value = '';
    if (list.length) props.onFiles(list);
  };
  return (
    <section
      aria-label={props.label}
      className={over ? `${s.zone} ${s.over}` : s.zone}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void drop(e)}
    >
      <Body1>
        <strong>{props.label}</strong>
      </Body1>
      <Body1>{props.chosen ?? t('ui_compare_drop_hint')}</Body1>
      <div className={s.row}>
        <Button disabled={props.disabled} onClick={() => folder.current?.click()}>
          {t('ui_compare_choose_folder')}
        </Button>
        <Button disabled={props.disabled} onClick={() => files.current?.click()}>
          {t('ui_choose_file')}
        </Button>
      </div>
      <input
        ref={folder}
        type="file"
        hidden
        aria-label={`${props.label}：${t('ui_compare_choose_folder')}`}
        {...{ webkitdirectory: '', directory: '' }}
        onChange={(e) => picked(e.target)}
      />
      <input
        ref={files}
        type="file"
        multiple
        hidden
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={`${props.label}：${t('ui_choose_file')}`}
        onChange={(e) => picked(e.target)}
      />
    </section>
  );
}
