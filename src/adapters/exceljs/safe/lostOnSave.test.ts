import { message } from '../../../core/messages';
import { detectLostOnSave } from './lostOnSave';

test('each feature ExcelJS drops is detected from its parts and named in Chinese', () => {
  const names = [
    'xl/charts/chart1.xml',
    'xl/pivotTables/pivotTable1.xml',
    'xl/vbaProject.bin',
    'xl/threadedComments/threadedComment1.xml',
    'xl/slicers/slicer1.xml',
    'xl/externalLinks/externalLink1.xml',
    'xl/ctrlProps/ctrlProp1.xml',
    'xl/embeddings/oleObject1.bin',
    'xl/connections.xml',
    'customXml/item1.xml',
    'xl/timelines/timeline1.xml',
    'xl/cellimages.xml',
  ];
  const parts = new Map(names.map((n) => [n, new Uint8Array()]));
  const text = new Map([
    ['xl/drawings/drawing1.xml', '<xdr:wsDr><xdr:sp/></xdr:wsDr>'],
    [
      'xl/worksheets/sheet1.xml',
      '<worksheet><extLst><x14:sparklineGroups/><x14:dataValidations/></extLst></worksheet>',
    ],
    ['xl/comments1.xml', '<comments><authors><author>张三</author></authors></comments>'],
  ]);
  const lost = detectLostOnSave(parts, text, true);
  expect(lost).toHaveLength(names.length + 5);
  const sentence = message('lost_on_save', { file: 'a.xlsx', items: lost.join(',') });
  for (const code of lost) expect(sentence).not.toContain(code);
  expect(sentence).toContain('图表');
  expect(detectLostOnSave(new Map([['xl/worksheets/sheet1.xml', new Uint8Array()]]), new Map(), false)).toEqual([]);
});
