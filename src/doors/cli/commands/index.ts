import type { RegisterCommand } from '../context';
import { registerPacks } from './packs';
import { registerTemplate } from './template';
import { registerReport } from './report';
import { registerInspect } from './inspect';

/** Every CLI command, one file each. */
export const COMMANDS: RegisterCommand[] = [registerPacks, registerTemplate, registerInspect, registerReport];
