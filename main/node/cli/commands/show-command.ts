import { outlineText } from '../../../common/model/outline-text';
import { parseArgs, type Command } from '../command';
import { loadPlanOrReport } from '../plan-file';
import { COMMAND_SPECS } from './command-specs';

export const showCommand: Command = {
  ...COMMAND_SPECS.show,
  async run(args) {
    const p = parseArgs(args, []);
    const file = p.positional[0];
    if (!file) {
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const loaded = await loadPlanOrReport(file);
    if (!loaded) return 1;
    console.log(outlineText(loaded, { items: p.flags.has('items') }));
    return 0;
  },
};
