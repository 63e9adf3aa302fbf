import { PACKS } from '../packs';
import { LEVEL_FILLS } from './defaults';

/** WCAG 2 relative luminance and contrast of an ARGB colour. */
const channel = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const rgb = (argb: string) => [2, 4, 6].map((i) => parseInt(argb.slice(i, i + 2), 16) / 255);
const luminance = (argb: string) => {
  const [r, g, b] = rgb(argb).map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};
/** Hue in degrees, HSL saturation and lightness. */
function hsl(argb: string): { h: number; s: number; l: number } {
  const [r, g, b] = rgb(argb);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  const h =
    d === 0
      ? 0
      : max === r
        ? (60 * ((g - b) / d) + 360) % 360
        : max === g
          ? 60 * ((b - r) / d + 2)
          : 60 * ((r - g) / d + 4);
  return { h, s, l };
}
const HUES: Record<string, [number, number]> = {
  红: [345, 15],
  橙: [20, 40],
  黄: [45, 62],
  绿: [90, 150],
  蓝: [195, 235],
};
const inHue = (h: number, [from, to]: [number, number]) => (from > to ? h >= from || h <= to : h >= from && h <= to);

describe.each(Object.entries(LEVEL_FILLS))('the %s level fill', (name, fill) => {
  it('is read as its colour: in the hue band, saturated, not a pastel tint', () => {
    const c = hsl(fill);
    expect(inHue(c.h, HUES[name])).toBe(true);
    expect(c.s).toBeGreaterThanOrEqual(0.6);
    expect(c.l).toBeLessThanOrEqual(0.7);
  });

  it('keeps black text readable (contrast ≥ 4.5:1)', () => {
    expect(contrast(fill, 'FF000000')).toBeGreaterThanOrEqual(4.5);
  });
});

it('every pack marks its levels with these fills, red for the most dangerous', () => {
  for (const p of PACKS) {
    expect(p.grading.levels.map((l) => l.fill)).toEqual(p.grading.levels.map((l) => LEVEL_FILLS[l.colour]));
    expect(p.grading.levels[0].colour).toBe('红');
  }
});
