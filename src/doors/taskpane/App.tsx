import { makeStyles, type Theme } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { recogniseWorkbook } from '../../core/recognise';
import { rememberProgramme, rememberedProgramme } from '../ui/programmeMemory';
import type { Pack } from '../../core/forms/pack';
import type { Host } from '../ui/host';
import { HelpPanel } from '../ui/HelpPanel';
import { Notice } from '../ui/Notice';
import { PackPicker } from '../ui/PackPicker';
import { Shell } from '../ui/Shell';
import { t } from '../ui/t';
import { Workflow } from '../ui/Workflow';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', gap: '12px' } });

/** The task pane inside Excel (320–450 px wide): pick a programme, insert its tables. */
/** host: undefined while connecting, null when not inside Excel. */
export function TaskPane(props: { host: Host | null | undefined; packs: readonly Pack[]; theme?: Theme }) {
  const s = useStyles();
  const [pack, setPackState] = useState<Pack | undefined>(() =>
    props.packs.length === 1 ? props.packs[0] : props.packs.find((p) => p.id === rememberedProgramme()),
  );
  const chosen = useRef(false);
  const [found, setFound] = useState<Pack | undefined>();
  const setPack = (p: Pack) => {
    chosen.current = true;
    rememberProgramme(p.id);
    setPackState(p);
  };
  // The workbook open in Excel says its own programme (its tables, lianfang's identification): it is taken, as the
  // page takes an opened file's, over the one remembered, unless the person chose in the meantime.
  useEffect(() => {
    const host = props.host;
    if (!host || props.packs.length < 2) return;
    let gone = false;
    host
      .read()
      .then((snap) => {
        const own = props.packs.find((p) => p.id === recogniseWorkbook(snap).pack);
        if (gone || chosen.current || !own) return;
        setPackState(own);
        setFound(own);
      })
      .catch(() => undefined);
    return () => {
      gone = true;
    };
  }, [props.host, props.packs]);
  return (
    <Shell intro={t('ui_pane_intro')} theme={props.theme} maxWidth={480}>
      {props.host === null && <Notice notice={{ intent: 'warning', text: t('ui_no_office') }} />}
      {found && found === pack && (
        <Notice notice={{ intent: 'info', text: t('ui_pack_from_open_workbook', { pack: found.name }) }} />
      )}
      <section className={s.col} aria-label={t('ui_pack_label')}>
        <PackPicker packs={props.packs} value={pack} onChange={setPack} />
        {props.host && (
          <Workflow
            host={props.host}
            pack={pack}
            // Loaded on first use (the report builder and ExcelJS are large). Where the host cannot open a workbook the
            // step says 此处不可用; an Excel too old for createWorkbook gets a message on click.
            onReport={
              props.host.openNewWorkbook
                ? async (c) => (await import('./report')).reportInExcel(props.host!, pack!, c)
                : undefined
            }
          />
        )}
        {pack && <HelpPanel pack={pack} />}
      </section>
    </Shell>
  );
}
