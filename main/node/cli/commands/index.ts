import type { Command } from '../command';
import { COMMAND_SPECS, type CommandName } from './command-specs';

/** Every CLI command, loaded only when it runs: `--help` and `show` must not pay for docx, opencc-js or yjs
 * (whole-process start-up is most of what a CLI user waits for; see README "Benchmarks"). */
const LOADERS: Record<CommandName, () => Promise<Command>> = {
  new: async () => (await import('./new-command')).newCommand,
  show: async () => (await import('./show-command')).showCommand,
  check: async () => (await import('./check-command')).checkCommand,
  import: async () => (await import('./import-command')).importCommand,
  seeds: async () => (await import('./seeds-command')).seedsCommand,
  export: async () => (await import('./export-command')).exportCommand,
  'task-table': async () => (await import('./task-table-command')).taskTableCommand,
  'roll-forward': async () => (await import('./roll-forward-command')).rollForwardCommand,
  'import-eval': async () => (await import('./import-eval-command')).importEvalCommand,
  diff: async () => (await import('./diff-command')).diffCommand,
  merge: async () => (await import('./merge-command')).mergeCommand,
};

export interface CommandEntry {
  name: CommandName;
  summary: string;
  usage: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = (Object.keys(COMMAND_SPECS) as CommandName[]).map((name) => ({
  ...COMMAND_SPECS[name],
  load: LOADERS[name],
}));
