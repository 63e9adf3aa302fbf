import { Badge, Body1, makeStyles, tokens } from '@fluentui/react-components';
import { t } from './t';

export type StepId = 'pack' | 'insert' | 'fill' | 'validate' | 'grade' | 'sign' | 'report';
export type StepState = 'todo' | 'done' | 'warning' | 'error' | 'unavailable';
export const STEPS: StepId[] = ['pack', 'insert', 'fill', 'validate', 'grade', 'sign', 'report'];

const COLOUR = {
  todo: 'informative',
  done: 'success',
  warning: 'warning',
  error: 'danger',
  unavailable: 'subtle',
} as const;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { display: 'flex', justifyContent: 'space-between', gap: '8px', alignItems: 'center' },
  current: { fontWeight: tokens.fontWeightSemibold },
});

/** 选择方案 → 插入表格 → 填写 → 一键校验 → 计算等级/汇总 → 签章 → 生成报送工作簿, each with its state at a glance. */
export function StepList(props: { states: Record<StepId, StepState> }) {
  const s = useStyles();
  const current = STEPS.find((id) => props.states[id] !== 'done' && props.states[id] !== 'unavailable');
  return (
    <nav aria-label={t('ui_steps_label')}>
      <ol className={s.list}>
        {STEPS.map((id) => (
          <li key={id} aria-current={id === current ? 'step' : undefined}>
            <span className={s.item}>
              <Body1 className={id === current ? s.current : undefined}>{t(`ui_step_${id}`)}</Body1>
              <Badge appearance="tint" color={COLOUR[props.states[id]]}>
                {t(`ui_state_${props.states[id]}`)}
              </Badge>
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
