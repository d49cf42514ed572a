import type { Command } from '../command';
import { newCommand } from './new-command';
import { showCommand } from './show-command';

/** Every CLI command; one module each. */
export const commands: Command[] = [newCommand, showCommand];
