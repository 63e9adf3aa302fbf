import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Follows Office's theme: a dark body background (黑色 / 深灰色) gets Fluent's dark theme, others the light one. */
export function officeTheme(): Theme {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const bg = office?.context?.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return webLightTheme;
  const n = parseInt(bg.replace('#', ''), 16);
  const luminance = (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
