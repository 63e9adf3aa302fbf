import { Dropdown, Field, Option } from '@fluentui/react-components';
import { t } from '../ui/t';

export interface OpenItem {
  file: string;
  /** Why it is not in the report (another programme's, no forms yet), or undefined when it is. */
  outside?: string;
}

/** Switches between the workbooks opened on the page (one per unit); each says whether the report takes it. */
export function OpenWorkbooks(props: { items: OpenItem[]; active: number; onChange: (i: number) => void }) {
  const label = (i: OpenItem) => (i.outside ? t('ui_doc_noted', { file: i.file, note: i.outside }) : i.file);
  return (
    <Field label={t('ui_open_workbooks', { n: props.items.length })}>
      <Dropdown
        value={props.items[props.active] ? label(props.items[props.active]) : ''}
        selectedOptions={[String(props.active)]}
        onOptionSelect={(_, d) => props.onChange(Number(d.optionValue))}
      >
        {props.items.map((item, i) => (
          <Option key={item.file} value={String(i)} text={label(item)}>
            {label(item)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
