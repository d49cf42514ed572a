import { formatSummary, Tally } from '../../../common/import/eval/corpus-score';
import { evaluateCorpus } from '../../import/corpus-eval';
import { parseArgs, type Command } from '../command';
import { COMMAND_SPECS } from './command-specs';

export const importEvalCommand: Command = {
  ...COMMAND_SPECS['import-eval'],
  async run(args) {
    const p = parseArgs(args, []);
    const dir = p.positional[0];
    if (!dir) {
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const { scores, summary } = await evaluateCorpus(dir);
    if (p.flags.has('json')) {
      const fig = (t: Tally) => ({ ...t, precision: Tally.precision(t), recall: Tally.recall(t), f1: Tally.f1(t) });
      console.log(JSON.stringify({
        documents: summary.documents, failed: summary.failed,
        measures: fig(summary.measures), units: fig(summary.units), head: fig(summary.head),
        ...(summary.targetDocs ? { targets: fig(summary.targets), targetDocs: summary.targetDocs } : {}),
        byPattern: Object.fromEntries([...summary.byPattern].map(([k, g]) => [k, { documents: g.documents, measures: fig(g.measures), units: fig(g.units), head: fig(g.head) }])),
      }, null, 2));
    } else console.log(formatSummary(summary, scores, p.flags.has('verbose') || p.flags.has('v')));
    return 0;
  },
};
