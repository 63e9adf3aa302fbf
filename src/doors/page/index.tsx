import { createRoot } from 'react-dom/client';
import { PageApp } from './App';
import { PACK_CATALOGUE } from './packCatalogue';

createRoot(document.getElementById('root')!).render(<PageApp catalogue={PACK_CATALOGUE} />);

// Offline once loaded (sw.js caches the whole build), under `npm start` as in a production build: network first,
// so a fresh build (or a hot update) always wins while the server answers.
if ('serviceWorker' in navigator)
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('lianfang: offline cache unavailable', e));
