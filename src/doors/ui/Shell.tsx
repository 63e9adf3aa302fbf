import {
  FluentProvider,
  Title3,
  Body1,
  webLightTheme,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { t } from './t';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    boxSizing: 'border-box',
    margin: '0 auto',
    padding: '16px',
    display: 'flex',
    flexDirection: 'column',
    gap: '16px',
  },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** The frame both doors share: Fluent theme, the title, a one-line introduction. */
export function Shell(props: { theme?: Theme; intro: string; maxWidth?: number; children: ReactNode }) {
  const s = useStyles();
  return (
    // Layout styles go on an inner div: Fluent copies the provider's classes onto popup portals.
    <FluentProvider theme={props.theme ?? webLightTheme} lang="zh-CN">
      <div className={s.root}>
        <main className={s.main} style={{ maxWidth: props.maxWidth ?? 960 }}>
          <header>
            <Title3 as="h1" block>
              {t('ui_app_title')}
            </Title3>
            <Body1 as="p" block className={s.intro}>
              {props.intro}
            </Body1>
          </header>
          {props.children}
        </main>
      </div>
    </FluentProvider>
  );
}
