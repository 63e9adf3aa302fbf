import { message, messageCodes, messageParams } from './index';

/** Every parameter a sentence reads, as a short value: a number where it counts, text where it names. */
const allParams = (code: string) => Object.fromEntries(messageParams(code).map((k) => [k, '1']));

/** ASCII , ; : ( ) where a Chinese sentence needs its full-width mark: beside a Chinese character or 「」. */
const HALF_WIDTH_IN_CHINESE = /[\u3400-\u9fff「」、。][,;:()]|[,;:()][\u3400-\u9fff「」]/u;

it('every zh-CN sentence uses full-width punctuation (，；：（）) in Chinese text', () => {
  const bad = messageCodes()
    .map((code) => ({ code, text: message(code, allParams(code)) }))
    .filter((m) => HALF_WIDTH_IN_CHINESE.test(m.text));
  expect(bad).toEqual([]);
  expect(messageCodes().length).toBeGreaterThan(200);
  // The sentences were read with their parameters filled in (conditional parts included).
  expect(message('ui_validate_result', allParams('ui_validate_result'))).toContain('错误 1 处');
});

it('the check catches a half-width comma or colon in a Chinese sentence', () => {
  expect(HALF_WIDTH_IN_CHINESE.test('校验完成,没有错误')).toBe(true);
  expect(HALF_WIDTH_IN_CHINESE.test('报送:濮阳')).toBe(true);
  expect(HALF_WIDTH_IN_CHINESE.test('校验完成，时间 11:08，见 https://localhost:3000/')).toBe(false);
});

it('the page’s and the pane’s verdict counts the 提示 as the CLI’s does, where there are any', () => {
  const passed = (notices: number) => message('ui_validate_result', { rows: 4, errors: 0, warnings: 0, notices });
  expect(passed(5)).toBe('校验通过：4 行，没有错误或提醒（提示 5 处，见下方）。');
  expect(passed(0)).toBe('校验通过：4 行，没有错误或提醒。');
});
