export {
  SETTINGS_SHEET,
  SETTINGS_VERSION,
  readSchemeSettings,
  schemeInForce,
  settingsSheetOps,
  type SchemeInForce,
  type SchemeSource,
} from './schemeSettings';
