import type { RegisterCommand } from '../context';
import { registerPacks } from './packs';
import { registerTemplate } from './template';
import { registerReport } from './report';
import { registerInspect } from './inspect';
import { registerKeygen } from './keygen';
import { registerSign } from './sign';
import { registerVerify } from './verify';

/** Every CLI command, one file each. */
export const COMMANDS: RegisterCommand[] = [registerPacks, registerTemplate, registerInspect, registerReport, registerKeygen, registerSign, registerVerify];
