import { sealWords } from '../forms/sealWords';
import type { Pack } from '../forms/pack';
import { DEFAULT_TALK_THRESHOLD } from '../forms/planRules';
import { describeRule } from '../grade/compute';
import type { GradingScheme } from '../grade/scheme';

/**
 * What a plan says, on one page: its levels (definition, colour, who monitors each), how levels are decided and
 * the figures in force, its categories, its deadlines and each form's own notes (school 预警 A/B/C …). The 说明
 * sheet of every pack workbook and report is drawn from it, and `packs --json` prints it.
 */
export interface Explanation {
  pack: string;
  plan: string;
  issuer: string;
  year: number;
  levelLabel: string;
  levels: Array<{ name: string; colour: string; fill: string; definition?: string; monitor?: string }>;
  /** The plan's words on what decides a level. */
  basis?: string;
  /** The grading rule lianfang applies, in words (发生概率 × 危害程度 ≥ 15 一级 …). */
  rule: string;
  /** Figures in force: the top-level share, the 廉政谈话 score, … each with the plan's words. */
  thresholds: Array<{ what: string; value: string; words: string }>;
  categories: { label: string; items: Array<{ name: string; definition?: string }> };
  /** 预警级别 where the plan defines them (school: 一级 A, 二级 B, 三级 C). */
  warnings: Array<{ term: string; text: string }>;
  /** seal: what the forms must come with (sealWords), '' for none. */
  deadlines: Array<{ stage: string; what: string; by: string; to: string; seal: string }>;
  reportTo?: string;
  forms: Array<{ id: string; title: string; attachment?: string; notes: string[] }>;
}

export interface ExplainOptions {
  /** The scheme in force where a unit changed it (lianfang设置); the pack's own otherwise. */
  scheme?: GradingScheme;
  talkThreshold?: number;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function explainPack(pack: Pack, opts: ExplainOptions = {}): Explanation {
  const scheme = opts.scheme ?? pack.grading;
  const title = (id: string) => pack.forms.find((f) => f.id === id)?.title ?? id;
  const thresholds: Explanation['thresholds'] = [];
  const top = pack.rules.topShare;
  if (top)
    thresholds.push({
      what: `${scheme.levels[0].name}风险占比(${top.forms.map(title).join('、')})`,
      value: `${pct(top.target)}左右(${pct(top.near[0])}–${pct(top.near[1])} 为符合,超出 ${pct(top.far[0])}–${pct(top.far[1])} 时提醒)`,
      words: top.text,
    });
  for (const r of pack.rules.scoreNeedsYes ?? [])
    thresholds.push({
      what: `${title(r.form)}:须廉政谈话的分数线`,
      value: `低于 ${opts.talkThreshold ?? DEFAULT_TALK_THRESHOLD} 分(方案未定具体分值,默认 ${DEFAULT_TALK_THRESHOLD} 分,可调整)`,
      words: '对分值低于一定分值的,及时进行廉政谈话,提醒告诫。',
    });
  for (const r of pack.rules.filledNeeds ?? []) {
    const form = pack.forms.find((f) => f.id === r.form);
    const label = (k: string) => form?.columns.find((c) => c.key === k)?.label ?? k;
    thresholds.push({
      what: `${title(r.form)}:填写了「${label(r.when)}」`,
      value: `须同时填写 ${r.need.map(label).join('、')}`,
      words: '需要建立健全制度的,要列出计划,明确完成时限。',
    });
  }
  // The categories' own definitions are listed once, under the categories.
  const isCategory = (term: string) => pack.categories.values.some((v) => term === v || term === `${v}风险点`);
  const isWarning = (term: string) => /预警/.test(term) && /\([ABC]\)|[一二三]级预警/.test(term);
  return {
    pack: pack.id,
    plan: pack.plan,
    issuer: pack.issuer,
    year: pack.year,
    levelLabel: pack.levelLabel,
    levels: scheme.levels.map((l) => ({
      name: l.name,
      colour: l.colour,
      fill: l.fill,
      ...(l.definition ? { definition: l.definition } : {}),
      ...(l.monitor ? { monitor: l.monitor } : {}),
    })),
    ...(scheme.basis ? { basis: scheme.basis } : {}),
    rule: describeRule(scheme),
    thresholds,
    categories: {
      label: pack.categories.label,
      items: pack.categories.values.map((name) => ({
        name,
        ...(pack.categories.definitions[name] ? { definition: pack.categories.definitions[name] } : {}),
      })),
    },
    warnings: pack.forms.flatMap((f) => f.definitions.filter((d) => isWarning(d.term))),
    deadlines: pack.deadlines.map((d) => ({
      stage: d.stage,
      what: d.what,
      by: d.by,
      to: d.to,
      seal: sealWords(pack, d),
    })),
    ...(pack.reportTo ? { reportTo: pack.reportTo } : {}),
    forms: pack.forms.map((f) => ({
      id: f.id,
      title: f.title,
      ...(f.attachment ? { attachment: f.attachment } : {}),
      notes: [
        ...(f.note ? [f.note] : []),
        ...f.definitions.filter((d) => !isWarning(d.term) && !isCategory(d.term)).map((d) => `${d.term}:${d.text}`),
      ],
    })),
  };
}
