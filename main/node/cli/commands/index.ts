import type { Command } from '../command';
import { importCommand } from './import-command';
import { newCommand } from './new-command';
import { seedsCommand } from './seeds-command';
import { showCommand } from './show-command';

/** Every CLI command; one module each. */
export const commands: Command[] = [newCommand, showCommand, importCommand, seedsCommand];
