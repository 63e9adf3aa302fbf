import type { RegisterCommand } from '../context';
import { registerPacks } from './packs';
import { registerTemplate } from './template';

/** Every CLI command, one file each. */
export const COMMANDS: RegisterCommand[] = [registerPacks, registerTemplate];
