import { Spinner } from '@fluentui/react-components';
import { t } from '../ui/t';

/** Fluent's spinner with 正在处理 (its own chunk: a static import lets the bundler keep only the spinner). */
export default function WorkingSpinner() {
  return <Spinner size="small" label={t('ui_working')} />;
}
