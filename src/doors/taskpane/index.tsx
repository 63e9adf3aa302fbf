import { createRoot } from 'react-dom/client';
import { PACKS } from '../../core/packs';
import { TaskPane } from './App';
import { connectExcel, watchOfficeTheme } from './office';
import { officeTheme } from './theme';

/**
 * Starts the task pane: it renders at once, and again with the Excel host once office.js says it is ready;
 * then again whenever the user switches Office's theme (where the host reports it).
 */
const root = createRoot(document.getElementById('root')!);
root.render(<TaskPane host={undefined} packs={PACKS} />);
connectExcel().then(
  (host) => {
    root.render(<TaskPane host={host} packs={PACKS} theme={officeTheme()} />);
    if (host) watchOfficeTheme((theme) => root.render(<TaskPane host={host} packs={PACKS} theme={theme} />));
  },
  (e) => {
    console.error('lianfang: could not connect to Excel', e);
    root.render(<TaskPane host={null} packs={PACKS} />);
  },
);
