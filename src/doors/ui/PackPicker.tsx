import { Caption1, Dropdown, Field, Option } from '@fluentui/react-components';
import type { Pack } from '../../core/forms/pack';
import { t } from './t';

/** Picks the programme (pack) whose tables the user wants. */
export function PackPicker(props: { packs: readonly Pack[]; value: Pack | undefined; onChange: (p: Pack) => void }) {
  const { packs, value } = props;
  return (
    <Field label={t('ui_pack_label')}>
      <Dropdown
        placeholder={t('ui_pack_placeholder')}
        value={value?.name ?? ''}
        selectedOptions={value ? [value.id] : []}
        onOptionSelect={(_, d) => {
          const p = packs.find((x) => x.id === d.optionValue);
          if (p) props.onChange(p);
        }}
      >
        {packs.map((p) => (
          <Option key={p.id} value={p.id} text={p.name}>
            {p.name}
          </Option>
        ))}
      </Dropdown>
      {value && (
        <Caption1>
          {t('ui_pack_forms', {
            count: value.forms.length,
            forms: value.forms.map((f) => `${f.id} ${f.title}`).join('、'),
          })}
        </Caption1>
      )}
    </Field>
  );
}
