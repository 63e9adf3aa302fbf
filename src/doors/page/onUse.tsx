import { lazy, Suspense } from 'react';
import type { NoticeState } from '../ui/Notice';
import { t } from '../ui/t';

// Fluent's message bar and spinner load with the first notice or task, not with the first screen; until they have,
// the same words show plainly (with the same role, so a screen reader hears them at once).
const FluentNotice = lazy(() => import('../ui/Notice').then((m) => ({ default: m.Notice })));
const WorkingSpinner = lazy(() => import('./WorkingSpinner'));

/** The page's notice (what a task did, or why it failed). */
export function PageNotice(props: { notice: NoticeState | null }) {
  const n = props.notice;
  if (!n) return null;
  return (
    <Suspense fallback={<div role={n.intent === 'error' ? 'alert' : 'status'}>{n.text}</div>}>
      <FluentNotice notice={n} />
    </Suspense>
  );
}

/** 正在处理 with a spinner. */
export function Working() {
  return (
    <Suspense fallback={<div>{t('ui_working')}</div>}>
      <WorkingSpinner />
    </Suspense>
  );
}
