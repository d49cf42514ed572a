import type { Command } from '../command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { mergeCommand } from './merge-command';
import { newCommand } from './new-command';
import { seedsCommand } from './seeds-command';
import { showCommand } from './show-command';
import { taskTableCommand } from './task-table-command';

/** Every CLI command; one module each. */
export const commands: Command[] = [newCommand, showCommand, importCommand, seedsCommand, exportCommand, taskTableCommand, mergeCommand];
