import { findPack } from '../packs';
import { makeGrid } from './grid';
import { locateText } from './locateText';
import { sheetOf } from './testSheet';

const form = (id: string) => findPack('school-2010')!.forms.find((f) => f.id === id)!;

describe('forms typed as text', () => {
  it('D3: the pledge’s title, numbered paragraphs, 承诺人: and a bare date line', () => {
    const g = makeGrid(
      sheetOf('s', [
        [null, '党员干部廉政承诺书'],
        ['为深入学习实践科学发展观，我承诺：'],
        ['1.认真学习《中国共产党党内监督条例》。'],
        ['2.自觉廉洁从教。'],
        [null, null, '承诺人（签字）：张三'],
        [null, null, '二〇一〇年三月二十六日'],
      ]),
    );
    expect(locateText(g, form('D3'))?.text?.fields).toEqual({
      pledger: { value: '张三', cell: 'C5' },
      date: { value: '二〇一〇年三月二十六日', cell: 'C6' },
    });
  });

  it('D3: 承诺人 and the date closing the letter on one line are its two values, and its words are kept', () => {
    const g = makeGrid(
      sheetOf('s', [
        ['廉政承诺书'],
        ['为推进党风廉政建设，我承诺：'],
        ['一、不收礼。', '二、不吃请。'],
        [null, null, null, '承诺人：王五　　　　2010年4月20日'],
      ]),
    );
    const t = locateText(g, form('D3'))?.text;
    expect(t?.fields).toEqual({
      pledger: { value: '王五', cell: 'D4' },
      date: { value: '2010年4月20日', cell: 'D4' },
    });
    expect(t?.words).toBe('为推进党风廉政建设，我承诺：\n一、不收礼。 二、不吃请。');
  });

  it('D3: a blank 承诺人 and an unfilled 年 月 日 are found as blank, where they are', () => {
    const g = makeGrid(sheetOf('s', [['廉政承诺书'], ['我承诺：……'], ['承诺人：'], ['年　　月　　日']]));
    expect(locateText(g, form('D3'))?.text?.fields).toEqual({
      pledger: { value: null, cell: 'A3' },
      date: { value: null, cell: 'A4' },
    });
  });

  it('D2: 姓名/职务 header, then labelled paragraphs (value beside, inline, or on the next line)', () => {
    const g = makeGrid(
      sheetOf('s', [
        ['党员干部勤廉责任卡'],
        ['姓名：刘文斌　　职务：校长'],
        ['一、岗位职责', '主持学校全面工作'],
        ['二、工作任务：'],
        ['落实党风廉政建设主体责任'],
        ['三、行为准则：廉洁自律，不直接分管基建'],
      ]),
    );
    const p = locateText(g, form('D2'))!;
    expect(p.header).toMatchObject({ name: { value: '刘文斌' }, title: { value: '校长' } });
    expect(p.text?.fields).toEqual({
      duties: { value: '主持学校全面工作', cell: 'B3' },
      tasks: { value: '落实党风廉政建设主体责任', cell: 'A5' },
      conduct: { value: '廉洁自律，不直接分管基建', cell: 'A6' },
    });
  });

  it('needs the form’s title: a sheet of labelled lines under another title is not a pledge', () => {
    expect(locateText(makeGrid(sheetOf('s', [['工作总结'], ['承诺人：张三']])), form('D3'))).toBeNull();
  });
});
