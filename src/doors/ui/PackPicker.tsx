import { Caption1, Dropdown, Field, Option } from '@fluentui/react-components';
import type { Pack } from '../../core/forms/pack';
import { t } from './t';

/**
 * Picks the programme (pack) whose tables the user wants. The list needs only ids and names (the page lists its
 * catalogue before the packs are loaded); the chosen one shows its forms.
 */
export function PackPicker<P extends Pick<Pack, 'id' | 'name'>>(props: {
  packs: readonly P[];
  value: Pack | undefined;
  onChange: (p: P) => void;
}) {
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
