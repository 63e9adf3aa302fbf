import { useCallback, useState } from 'react';
import type { NoticeState } from './Notice';
import { errorText } from './t';

/** Runs one piece of work at a time, with a busy flag and a notice; anything thrown becomes a message bar. */
export function useTask() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const run = useCallback(async (fn: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await fn();
    } catch (e) {
      console.error(e);
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, notice, setNotice, run };
}
