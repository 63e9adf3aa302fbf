import { createRoot } from 'react-dom/client';
import { PACKS } from '../../core/packs';
import { PageApp } from './App';

createRoot(document.getElementById('root')!).render(<PageApp packs={PACKS} />);
