import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { officeTheme } from './theme';

const withOffice = (bodyBackgroundColor: string | undefined) =>
  Object.assign(globalThis, { Office: { context: { officeTheme: { bodyBackgroundColor } } } });

describe('the task pane follows the Office theme', () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  test.each([
    ['#262626', webDarkTheme], // 黑色
    ['#4A4A4A', webDarkTheme], // 深灰色
    ['#FFFFFF', webLightTheme], // 白色
    ['#E6E6E6', webLightTheme], // 彩色 (colourful: light body)
  ])('body %s gets the matching Fluent theme', (bg, theme) => {
    withOffice(bg);
    expect(officeTheme()).toBe(theme);
  });

  test('without office.js, or with no theme, the light theme', () => {
    expect(officeTheme()).toBe(webLightTheme);
    withOffice(undefined);
    expect(officeTheme()).toBe(webLightTheme);
  });
});
