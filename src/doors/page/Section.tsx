import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // Drawn as Fluent's Card draws itself, without its interactive machinery (the page's cards are not clickable).
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '12px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
});

/** One card of the page, titled: a light stand-in for Fluent's Card, which the first screen cannot afford. */
export function Section(props: { title?: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <section className={s.card}>
      {props.title && <Subtitle2 as="h2">{props.title}</Subtitle2>}
      {props.children}
    </section>
  );
}
