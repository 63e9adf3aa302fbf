import type { Theme } from '@fluentui/react-components';
import type { Host } from '../ui/host';
import { themeFor } from './theme';

/**
 * Connects to Excel when office.js loaded and we run inside Excel; otherwise null (the pane then says so).
 * office.js comes from the Office CDN by a script tag, so without network `Office` is simply undefined.
 */
export async function connectExcel(timeoutMs = 5000): Promise<Host | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return null;
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (!info || info.host !== office.HostType.Excel) return null;
  const { createOfficeHost } = await import('../../adapters/officejs/host');
  return createOfficeHost();
}

type ThemeEvent = { officeTheme?: { bodyBackgroundColor?: string } };
type AddHandler = (
  type: string,
  handler: (e: ThemeEvent) => void,
  callback?: (r: { status: string; error?: unknown }) => void,
) => void;
type RemoveHandler = (type: string, options: { handler: (e: ThemeEvent) => void }) => void;

/**
 * Re-themes the pane when the user switches Office's theme: Office.EventType.OfficeThemeChanged on
 * Office.context.document. Only some hosts raise it (the typings list it for Outlook's mailbox; desktop Office
 * also sends it to documents); where it is missing or refused the pane keeps the theme read at start.
 * Returns a function that stops watching.
 */
export function watchOfficeTheme(onChange: (theme: Theme) => void): () => void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const doc = office?.context?.document as
    { addHandlerAsync?: AddHandler; removeHandlerAsync?: RemoveHandler } | undefined;
  const type = (office?.EventType as Record<string, string> | undefined)?.OfficeThemeChanged;
  if (!doc || typeof doc.addHandlerAsync !== 'function' || !type) return () => {};
  let active = true;
  const handler = (e: ThemeEvent) => {
    if (active) onChange(themeFor(e?.officeTheme ?? office?.context?.officeTheme));
  };
  try {
    doc.addHandlerAsync(type, handler, (r) => {
      if (r?.status !== 'succeeded') active = false; // this host does not raise it: keep the start theme
    });
  } catch {
    return () => {};
  }
  return () => {
    active = false;
    try {
      doc.removeHandlerAsync?.(type, { handler });
    } catch {
      // Nothing to undo where the host never registered it.
    }
  };
}
