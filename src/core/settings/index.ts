export {
  SETTINGS_SHEET,
  SETTINGS_VERSION,
  readSchemeSettings,
  schemeInForce,
  settingsSheetOps,
  type SchemeInForce,
  type SchemeSource,
} from './schemeSettings';
export {
  MAX_SEAL_BASE64,
  MAX_UNIT_NAME,
  UNIT_SHEET,
  UNIT_SETTINGS_VERSION,
  readUnitSettings,
  sealProblem,
  unitSettingsOps,
  type UnitSettings,
} from './unit';
export { unitHeaderInstances } from './unitPrefill';
