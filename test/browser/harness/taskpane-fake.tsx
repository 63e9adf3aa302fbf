import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../../../src/adapters/officejs/host';
import { PACKS } from '../../../src/core/packs';
import { TaskPane } from '../../../src/doors/taskpane/App';
import { createFakeExcel } from '../../fakes/fakeExcel';

// The fake measures request sizes with Node's Buffer.byteLength; the browser has TextEncoder for the same count.
const utf8 = new TextEncoder();
Object.assign(globalThis, { Buffer: { byteLength: (s: string) => utf8.encode(s).length } });

/** The real task pane over the office-js adapter and the fake Excel, so Chromium can walk it without Office. */
const fake = createFakeExcel();
const host = createOfficeHost({ run: fake.run });
Object.assign(window, { lianfangHost: host, fakeExcel: fake.state });
createRoot(document.getElementById('root')!).render(<TaskPane host={host} packs={PACKS} />);
