import { Badge } from '@fluentui/react-components';
import type { Severity } from '../../core/validate';
import { t } from './t';

// A glyph and a word for each severity, so it is never told by colour alone.
const LOOK: Record<
  Severity,
  { color: 'danger' | 'warning' | 'informative'; appearance: 'filled' | 'tint' | 'outline'; glyph: string }
> = {
  error: { color: 'danger', appearance: 'filled', glyph: '✕' },
  warning: { color: 'warning', appearance: 'tint', glyph: '!' },
  notice: { color: 'informative', appearance: 'outline', glyph: 'i' },
};

/** 错误 / 提醒 / 提示, optionally with a count ("错误 3"). */
export function SeverityBadge(props: { severity: Severity; count?: number }) {
  const look = LOOK[props.severity];
  const word = t(`ui_severity_${props.severity}`);
  return (
    <Badge color={look.color} appearance={look.appearance} shape="rounded" size="medium">
      <span aria-hidden="true">{look.glyph}&nbsp;</span>
      {props.count === undefined ? word : `${word} ${props.count}`}
    </Badge>
  );
}
