import { Caption1, Field, Select } from '@fluentui/react-components';
import type { Pack } from '../../core/forms/pack';
import { t } from './t';

/**
 * Picks the programme (pack) whose tables the user wants. The list needs only ids and names (the page lists its
 * catalogue before the packs are loaded); the chosen one shows its forms.
 * A native <select> (Fluent's Select), not Fluent's Dropdown: the first screen is then light (no popup
 * positioning or focus-management code before a file is opened), and the list is the system's own, which screen
 * readers and keyboards know.
 */
export function PackPicker<P extends Pick<Pack, 'id' | 'name'>>(props: {
  packs: readonly P[];
  value: Pack | undefined;
  onChange: (p: P) => void;
}) {
  const { packs, value } = props;
  return (
    <Field label={t('ui_pack_label')}>
      <Select
        value={value?.id ?? ''}
        onChange={(_, d) => {
          const p = packs.find((x) => x.id === d.value);
          if (p) props.onChange(p);
        }}
      >
        {!value && (
          <option value="" disabled>
            {t('ui_pack_placeholder')}
          </option>
        )}
        {packs.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
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
