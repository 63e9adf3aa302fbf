/**
 * What ExcelJS 4.4 drops when it writes a workbook it read (checked by round-tripping real files):
 * the doors list these to the user before saving over anything.
 */
const BY_PART: Array<[RegExp, string]> = [
  [/^xl\/(charts|chartsheets)\//, 'charts'],
  [/^xl\/(pivotTables|pivotCache)\//, 'pivot_tables'],
  [/^xl\/vbaProject\.bin$/, 'vba'],
  [/^xl\/threadedComments\//, 'threaded_comments'],
  [/^xl\/(slicers|slicerCaches)\//, 'slicers'],
  [/^xl\/externalLinks\//, 'external_links'],
  [/^xl\/ctrlProps\//, 'form_controls'],
  [/^xl\/embeddings\//, 'embedded_objects'],
  [/^xl\/(connections\.xml$|queryTables\/)/, 'connections'],
  [/^customXml\//, 'custom_xml'],
  [/^xl\/timelines?\//, 'timelines'],
  [/^xl\/cellimages\.xml$/, 'wps_cell_images'],
];

export function detectLostOnSave(
  parts: { keys(): Iterable<string> },
  text: Map<string, string>,
  nameFormulas: boolean,
): string[] {
  const found = new Set<string>();
  for (const name of parts.keys()) for (const [re, what] of BY_PART) if (re.test(name)) found.add(what);
  for (const [name, xml] of text) {
    if (/^xl\/drawings\/[^/]+\.xml$/.test(name) && /<(\w+:)?(sp|grpSp|cxnSp)\b/.test(xml)) found.add('shapes');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name) && /sparklineGroups\b/.test(xml)) found.add('sparklines');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name) && /<x14:dataValidations?\b/.test(xml)) found.add('ext_validations');
  }
  // ExcelJS writes every comment under the author "Author": only other names are lost (lianfang's own notes,
  // written by ExcelJS, carry that name and lose nothing).
  for (const [name, xml] of text)
    if (/^xl\/comments/.test(name) && authors(xml).some((a) => a !== 'Author')) found.add('comment_authors');
  if (nameFormulas) found.add('name_formulas');
  return [...found];
}

const authors = (xml: string): string[] =>
  [...xml.matchAll(/<(?:\w+:)?author>([^<]*)</g)].map((m) => m[1].trim()).filter(Boolean);
