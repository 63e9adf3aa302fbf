import type { Params } from '../errors';
import { common } from './zh-CN/common';
import { ui } from './zh-CN/ui';
import { grade } from './zh-CN/grade';
import { report } from './zh-CN/report';
import { read } from './zh-CN/read';
import { approve } from './zh-CN/approve';
import { officejs } from './zh-CN/officejs';
import { validate } from './zh-CN/validate';
import { unit } from './zh-CN/unit';
import { round } from './zh-CN/round';
import { cli } from './zh-CN/cli';
import { flowchart } from './zh-CN/flowchart';

/**
 * Every user-facing sentence, keyed by stable code. Areas keep their own file under zh-CN/ and are
 * merged here, so the same issue prints alike in the pane, on the page, in JSON and in a report.
 */
const ZH_CN: Record<string, (p: Params) => string> = {
  ...common,
  ...ui,
  ...grade,
  ...report,
  ...read,
  ...approve,
  ...officejs,
  ...validate,
  ...unit,
  ...round,
  ...cli,
  ...flowchart,
};

export function message(code: string, params: Params = {}): string {
  const fn = Object.hasOwn(ZH_CN, code) ? ZH_CN[code] : undefined;
  return fn ? fn(oneLine(params)) : `${code}`;
}

/**
 * Values put into a sentence come from workbooks (cell text, sheet and signer names): a line break or control
 * character in one must not break the sentence, start a line of its own or drive a terminal.
 */
function oneLine(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params))
    out[k] =
      typeof v === 'string'
        ? v.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        : v;
  return out;
}

/** Every code with a sentence (tests hold each to the house style). */
export const messageCodes = (): string[] => Object.keys(ZH_CN);

/** The parameter names a code's sentence reads (p.file, p.count …), for tests that fill them all. */
export const messageParams = (code: string): string[] => [
  ...new Set([...(ZH_CN[code]?.toString() ?? '').matchAll(/\bp\.(\w+)/g)].map((m) => m[1])),
];

export const hasMessage = (code: string): boolean => Object.hasOwn(ZH_CN, code);
