import { useCallback, useRef, useState } from 'react';
import type { NoticeState } from './Notice';
import { errorText } from './t';

export interface TaskControls {
  signal: AbortSignal;
  /** Fraction done, 0–1. */
  progress: (fraction: number) => void;
}

/**
 * Runs one piece of work at a time, with a busy flag, progress, a cancel and a notice;
 * anything thrown becomes a message bar (a cancel becomes a quiet note).
 */
export function useTask() {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const abort = useRef<AbortController | null>(null);
  const run = useCallback(async (fn: (c: TaskControls) => Promise<void>) => {
    const ctl = new AbortController();
    abort.current = ctl;
    setBusy(true);
    setProgress(null);
    setNotice(null);
    try {
      await fn({ signal: ctl.signal, progress: setProgress });
    } catch (e) {
      if (ctl.signal.aborted) setNotice({ intent: 'info', text: errorText({ code: 'ui_cancelled_work' }) });
      else {
        console.error(e);
        setNotice({ intent: 'error', text: errorText(e) });
      }
    } finally {
      abort.current = null;
      setBusy(false);
      setProgress(null);
    }
  }, []);
  const cancel = useCallback(() => abort.current?.abort(), []);
  return { busy, progress, notice, setNotice, run, cancel };
}
