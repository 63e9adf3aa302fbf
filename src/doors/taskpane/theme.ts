import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The Fluent theme for an Office theme: a dark body background (黑色 / 深灰色) gets the dark theme, others light. */
export function themeFor(office: { bodyBackgroundColor?: string } | undefined | null): Theme {
  const bg = office?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return webLightTheme;
  const n = parseInt(bg.replace('#', ''), 16);
  const luminance = (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}

/** Follows Office's theme as it is now (read at start; see watchOfficeTheme for changes). */
export function officeTheme(): Theme {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return themeFor(office?.context?.officeTheme);
}
