import { createRoot } from 'react-dom/client';
import { PACKS } from '../../core/packs';
import { PageApp } from './App';

createRoot(document.getElementById('root')!).render(<PageApp packs={PACKS} />);

// Offline once loaded (sw.js caches the whole build); not in development, where it would fight hot reload.
if (process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator)
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('lianfang: offline cache unavailable', e));
