import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { textWidth } from '../../core/build/layout';
import type { Picture } from '../../core/round/picture';
import { t } from './t';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  svg: {
    display: 'block',
    minWidth: '460px',
    maxWidth: '720px',
    width: '100%',
    height: 'auto',
    fontFamily: tokens.fontFamilyBase,
  },
});

const MIN_NAME_W = 120;
const CELL_W = 48;
const ROW_H = 30;
const BAR_W = 220;
const HEAD_H = 44;

/** White → the level's colour, by how many points a unit has against the most any unit has. */
function shade(hex: string, f: number): string {
  const c = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${c.map((v) => Math.round(255 + (v - 255) * f)).join(',')})`;
}

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/**
 * The picture of all units the consolidation workbook draws, in the page: each unit a row, its risk points by
 * level as a heat map, then its top-level share as a bar against the plan's line (dashed).
 */
export function UnitsPicture(props: { picture: Picture }) {
  const s = useStyles();
  const id = useId();
  const { levels, rows, line } = props.picture;
  if (!rows.length || !levels.length) return null;
  const top = levels[0].name;
  // Room for the longest unit name at 13 px (a CJK character about 13 px wide): 濮阳市科技局高新区分局 is never cut.
  const NAME_W = Math.max(MIN_NAME_W, 16 + Math.ceil(6.6 * Math.max(...rows.map((r) => textWidth(r.unit)))));
  const max = levels.map((_, j) => Math.max(1, ...rows.map((r) => r.byLevel[j])));
  const scaleTop = Math.max(0.5, line.value * 2, ...rows.map((r) => r.share ?? 0));
  const barX = NAME_W + levels.length * CELL_W + 16;
  const width = barX + BAR_W + 60;
  const height = HEAD_H + rows.length * ROW_H + 24;
  const x = (v: number) => barX + (v / scaleTop) * BAR_W;
  const above = rows.filter((r) => r.share !== null && r.share > line.value).map((r) => r.unit);
  return (
    <figure style={{ margin: 0 }}>
      <div className={s.scroll} tabIndex={0} role="region" aria-label={t('picture_chart_title', { top })}>
        <svg
          className={s.svg}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${id}-t ${id}-d`}
          data-testid="units-picture"
        >
          <title id={`${id}-t`}>{t('picture_title', { top })}</title>
          <desc id={`${id}-d`}>
            {t('ui_picture_desc', {
              units: rows.length,
              line: pct(line.value),
              above: above.length ? above.join('、') : t('rollup_none'),
            })}
          </desc>
          {levels.map((l, j) => (
            <text key={l.name} x={NAME_W + j * CELL_W + CELL_W / 2} y={HEAD_H - 12} textAnchor="middle" fontSize="13">
              {l.name}
            </text>
          ))}
          <text x={barX} y={HEAD_H - 12} fontSize="13">
            {t('picture_share', { top })}
          </text>
          {rows.map((r, i) => {
            const y = HEAD_H + i * ROW_H;
            return (
              <g key={r.unit} data-unit={r.unit}>
                <text x={NAME_W - 8} y={y + ROW_H / 2 + 5} textAnchor="end" fontSize="13">
                  {r.unit}
                </text>
                {r.byLevel.map((n, j) => (
                  <g key={j}>
                    <rect
                      x={NAME_W + j * CELL_W + 1}
                      y={y + 1}
                      width={CELL_W - 2}
                      height={ROW_H - 2}
                      fill={shade(levels[j].colour, n / max[j])}
                      stroke="#bfbfbf"
                    />
                    <text x={NAME_W + j * CELL_W + CELL_W / 2} y={y + ROW_H / 2 + 5} textAnchor="middle" fontSize="13">
                      {n}
                    </text>
                  </g>
                ))}
                {r.share !== null && (
                  <rect
                    x={barX}
                    y={y + 6}
                    width={Math.max(1, x(r.share) - barX)}
                    height={ROW_H - 12}
                    fill={r.share > line.value ? '#c00000' : '#7f7f7f'}
                  />
                )}
                <text x={(r.share === null ? barX : x(r.share)) + 4} y={y + ROW_H / 2 + 5} fontSize="12">
                  {r.share === null ? '—' : pct(r.share)}
                </text>
              </g>
            );
          })}
          <line
            x1={x(line.value)}
            x2={x(line.value)}
            y1={HEAD_H - 6}
            y2={HEAD_H + rows.length * ROW_H + 4}
            stroke="#404040"
            strokeDasharray="5 4"
            strokeWidth="1.5"
          />
          <text x={x(line.value)} y={height - 4} textAnchor="middle" fontSize="12">
            {t('ui_picture_line', { value: pct(line.value) })}
          </text>
        </svg>
      </div>
      <figcaption>{line.text}</figcaption>
    </figure>
  );
}
