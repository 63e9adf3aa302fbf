import { visibleText } from './issue';

it('names in a quoted value the characters a clerk cannot see, and leaves what they can see alone', () => {
  expect(visibleText('一级\u00a0')).toBe('一级［不间断空格］');
  expect(visibleText('\u200b二级')).toBe('［零宽字符］二级');
  expect(visibleText(' 三级\u3000')).toBe('［空格］三级［全角空格］');
  expect(visibleText('审批 把关\u3000不严')).toBe('审批 把关\u3000不严');
  expect(visibleText('第一行\n第二行')).toBe('第一行\n第二行');
  expect(visibleText('   ')).toBe('   ');
});
