import { createRoot } from 'react-dom/client';
import { PageApp } from './App';
import { PACK_CATALOGUE } from './packCatalogue';

createRoot(document.getElementById('root')!).render(<PageApp catalogue={PACK_CATALOGUE} />);

// Offline once loaded (sw.js caches the whole build); not in development, where it would fight hot reload.
if (process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator)
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('lianfang: offline cache unavailable', e));
