import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { t } from '../ui/t';

const useStyles = makeStyles({
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: '20px',
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    flexWrap: 'wrap',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

/** Drag-and-drop zone plus a file input for opening .xlsx workbooks. */
export function FileDrop(props: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) props.onFiles(files);
  };
  return (
    <div
      className={over ? `${s.zone} ${s.over}` : s.zone}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <Body1>{t('ui_drop_hint')}</Body1>
      <Button disabled={props.disabled} onClick={() => input.current?.click()}>
        {t('ui_choose_file')}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('ui_open_file')}
        hidden
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
    </div>
  );
}
