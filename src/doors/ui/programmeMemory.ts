/**
 * The programme this browser (or task pane) last chose: an office works under one plan for years, so the page and
 * the pane open on it next time instead of asking again. Only an id; without local storage, nothing is kept.
 */
const KEY = 'lianfang.programme';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function rememberProgramme(id: string): void {
  try {
    storage()?.setItem(KEY, id);
  } catch {
    // quota or privacy mode: not kept
  }
}

export const rememberedProgramme = (): string | null => {
  try {
    return storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
};
