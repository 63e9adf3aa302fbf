import { locateForms } from '../approve/locate';
import { planInsert } from '../build/template';
import { identifiedSheets } from '../meta/read';
import { findPack } from '../packs';
import { opsSnapshot } from '../report/opsSnapshot';
import { identifiedOf, sharingRecognition } from './memo';
import { recogniseWorkbook } from './recognise';
import { sheetOf, workbookOf } from './testSheet';

const a1 = sheetOf(
  '岗位目录',
  [
    ['濮阳市科技局 岗位职责目录'],
    ['单位名称（盖章）：濮阳市科技局'],
    ['序号', '岗位名称', '职责内容', '办理主体', '设定依据', '备注'],
    [1, '办公室主任', '日常运转', '办公室', '三定方案', null],
  ],
  ['A1:F1'],
);
const copy = sheetOf('岗位目录 (2)', a1.rows, a1.merges);

describe('recognitions sharing one memo (consolidation: totals, validation, verification of one unit)', () => {
  it('each still decides by its own options and finds what it finds alone', async () => {
    const wb = workbookOf(a1, copy);
    const alone = [recogniseWorkbook(wb), recogniseWorkbook(wb, { ownSheets: [copy.name] })];
    const shared = await sharingRecognition(wb, async () => [
      recogniseWorkbook(wb),
      recogniseWorkbook(wb, { ownSheets: [copy.name] }),
      recogniseWorkbook(wb, { overrides: { [copy.name]: 'A2' } }),
    ]);
    expect(shared.slice(0, 2)).toEqual(alone);
    // The copy read as a form by the first, set aside as lianfang's own by the second, forced by the third.
    expect(shared[0].forms.map((f) => f.sheet)).toEqual([a1.name, copy.name]);
    expect(shared[1].forms.map((f) => f.sheet)).toEqual([a1.name]);
    expect(shared[2]).toEqual(recogniseWorkbook(wb, { overrides: { [copy.name]: 'A2' } }));
  });

  it('one caller changing what it was given never changes what another is given', async () => {
    const wb = workbookOf(a1);
    const [first, second] = await sharingRecognition(wb, async () => [recogniseWorkbook(wb), recogniseWorkbook(wb)]);
    first.forms[0].columns.post = 99;
    first.forms[0].header.unit.value = '改过';
    // Rows are read once and shared, frozen: changing them fails loudly instead of changing another's.
    expect(() => (first.forms[0].rows[0].cells.post = '改过')).toThrow(TypeError);
    expect(() => first.forms[0].rows.pop()).toThrow(TypeError);
    expect(second.forms[0].columns.post).toBe(2);
    expect(second.forms[0].header.unit.value).toBe('濮阳市科技局');
    expect(second.forms[0].rows).toEqual([{ row: 4, cells: expect.objectContaining({ post: '办公室主任' }) }]);
  });

  it('is gone once the work is done: a snapshot changed afterwards is read afresh', async () => {
    const rows = a1.rows.map((r) => [...r]);
    const wb = workbookOf(sheetOf(a1.name, rows, a1.merges));
    await sharingRecognition(wb, async () => recogniseWorkbook(wb));
    rows[1][0] = '单位名称（盖章）：濮阳市财政局';
    expect(recogniseWorkbook(wb).forms[0].header.unit.value).toBe('濮阳市财政局');
  });
});

describe('the hidden identification under a shared memo', () => {
  it('is read once for recognition and verification alike, and is what each reads alone', async () => {
    const pack = findPack('heshui-2012')!;
    const wb = opsSnapshot(planInsert({ pack, instances: pack.sample.instances }).ops);
    const alone = { ids: identifiedSheets(wb), forms: locateForms(wb) };
    expect(alone.ids?.sheets.length).toBeGreaterThan(0);
    await sharingRecognition(wb, async () => {
      const first = identifiedOf(wb);
      recogniseWorkbook(wb);
      expect(locateForms(wb)).toEqual(alone.forms);
      expect(identifiedOf(wb)).toBe(first);
      expect(first).toEqual(alone.ids);
    });
    // Outside the shared work, read afresh each time.
    expect(identifiedOf(wb)).not.toBe(identifiedOf(wb));
  });
});
