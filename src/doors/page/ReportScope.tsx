import { Body1, makeStyles } from '@fluentui/react-components';
import { Notice } from '../ui/Notice';
import { t } from '../ui/t';
import type { OpenItem } from './OpenWorkbooks';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', gap: '8px' } });

/** Which opened workbooks the report compiles, and which it leaves out and why: said before the button is pressed. */
export function ReportScope(props: { pack: string; items: OpenItem[] }) {
  const s = useStyles();
  const inside = props.items.filter((i) => !i.outside);
  const outside = props.items.filter((i) => i.outside);
  return (
    <div className={s.col}>
      <Body1 as="p" block>
        {inside.length
          ? t('ui_report_scope', { n: inside.length, files: inside.map((i) => i.file).join('、') })
          : t('ui_report_scope_none', { pack: props.pack })}
      </Body1>
      {outside.length > 0 && (
        <Notice
          notice={{
            intent: 'warning',
            text: t('ui_report_left_out', {
              list: outside.map((i) => t('ui_doc_noted', { file: i.file, note: i.outside })).join('、'),
            }),
          }}
        />
      )}
    </div>
  );
}
