import { sheetOf, workbookOf } from '../recognise/testSheet';
import { recogniseWorkbook } from '../recognise/recognise';
import { validateWorkbook } from './run';

const heading = ['序号', '岗位名称', '职责内容', '办理主体', '设定依据', '备注'];
const rows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => [from + i, `岗位${from + i}`, '职责', '科技科', '三定方案', null]);

/** 附件1 on two sheets, as the plan allows (表格留白不够，可另续表): its 续 sheet carries no unit line and numbers on. */
const book = (second: string) =>
  workbookOf(
    sheetOf('附件1', [['附件1'], ['岗位职责目录'], ['单位名称（盖章）：濮阳市科学技术局'], heading, ...rows(1, 3)]),
    sheetOf(second, [['岗位职责目录（续）'], heading, ...rows(4, 2)]),
  );

it.each(['附件1（续）', '附件1续表', '附件1 (续2)'])(
  '「%s」 goes on from 附件1: no missing unit line, no 序号 that should restart at 1',
  (name) => {
    expect(recogniseWorkbook(book(name), { pack: 'puyang-2012' }).forms.map((f) => f.continues)).toEqual([
      undefined,
      '附件1',
    ]);
    const r = validateWorkbook(book(name), { pack: 'puyang-2012' });
    expect(r.issues.filter((i) => i.sheet === name).map((i) => i.code)).toEqual([]);
  },
);

it('a sheet of its own, not named as a part, still needs its unit line and numbers from 1', () => {
  const r = validateWorkbook(book('另一张'), { pack: 'puyang-2012' });
  expect(r.issues.filter((i) => i.sheet === '另一张').map((i) => i.code)).toEqual(['header_missing', 'seq_break']);
});
