import { Dropdown, Field, Option } from '@fluentui/react-components';
import { t } from '../ui/t';

/** Switches between the workbooks opened on the page (one per unit); the report covers them all. */
export function OpenWorkbooks(props: { files: string[]; active: number; onChange: (i: number) => void }) {
  return (
    <Field label={t('ui_open_workbooks', { n: props.files.length })}>
      <Dropdown
        value={props.files[props.active] ?? ''}
        selectedOptions={[String(props.active)]}
        onOptionSelect={(_, d) => props.onChange(Number(d.optionValue))}
      >
        {props.files.map((f, i) => (
          <Option key={f} value={String(i)} text={f}>
            {f}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
