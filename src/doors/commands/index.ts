/**
 * The add-in commands page (FunctionFile in manifest.xml). The ribbon button opens the task pane through the
 * manifest's ShowTaskpane action, so no function is needed here; the page only has to initialise office.js.
 */
const office = (globalThis as { Office?: typeof Office }).Office;
office?.onReady?.(() => undefined);

export {};
