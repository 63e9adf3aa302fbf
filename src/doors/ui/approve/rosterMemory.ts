import { parseRoster, type Roster } from '../../../core/approve';

/**
 * The roster this browser (or task pane) was given by the person using it: remembered across visits in local
 * storage, checked again (signature) each time it is read. Without local storage it lasts until the page closes.
 */
const KEY = 'lianfang.roster';
let memory: string | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export async function rememberRoster(text: string): Promise<Roster> {
  const roster = await parseRoster(text, '名单');
  memory = text;
  try {
    storage()?.setItem(KEY, text);
  } catch {
    // quota or privacy mode: kept in memory only
  }
  return roster;
}

export async function rememberedRoster(): Promise<Roster | null> {
  const text = storage()?.getItem(KEY) ?? memory;
  if (!text) return null;
  try {
    return await parseRoster(text, '名单');
  } catch {
    return null;
  }
}

export function forgetRoster(): void {
  memory = null;
  storage()?.removeItem(KEY);
}
