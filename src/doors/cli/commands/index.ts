import type { RegisterCommand } from '../context';
import { registerPacks } from './packs';
import { registerTemplate } from './template';
import { registerKeygen } from './keygen';
import { registerSign } from './sign';
import { registerVerify } from './verify';
import { registerRoster } from './roster';
import { registerReport } from './report';
import { registerInspect } from './inspect';
import { registerValidate } from './validate';
import { registerGrade } from './grade';
import { registerRollup } from './rollup';
import { registerConsolidate } from './consolidate';
import { registerCompare } from './compare';

/** Every CLI command, one file each. */
export const COMMANDS: RegisterCommand[] = [
  registerPacks,
  registerTemplate,
  registerKeygen,
  registerSign,
  registerVerify,
  registerRoster,
  registerInspect,
  registerReport,
  registerValidate,
  registerGrade,
  registerRollup,
  registerConsolidate,
  registerCompare,
];
