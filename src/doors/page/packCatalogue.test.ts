import { PACKS } from '../../core/packs';
import { loadPacks, loadedPacks, PACK_CATALOGUE } from './packCatalogue';

test('the first screen lists every shipped programme, in the picker’s order, by the name the pack gives', () => {
  expect(PACK_CATALOGUE).toEqual(PACKS.map((p) => ({ id: p.id, name: p.name })));
});

test('the packs load on first use, once', async () => {
  expect(loadedPacks()).toEqual([]);
  expect(await loadPacks()).toBe(PACKS);
  expect(loadedPacks()).toBe(PACKS);
});
