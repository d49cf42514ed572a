import { formatSummary, Tally } from '../../../common/import/eval/corpus-score';
import { findPerturbation, PERTURBATIONS } from '../../../common/import/eval/perturb';
import { formatPerturbed } from '../../../common/import/eval/perturb-score';
import { evaluateCorpus } from '../../import/corpus-eval';
import { evaluatePerturbed } from '../../import/perturb-eval';
import { parseArgs, stringFlag, type Command } from '../command';
import { COMMAND_SPECS } from './command-specs';

/**
 * "--perturb" takes an optional list ("--perturb pdf-copy,crlf"): the word after it is the list only when
 * every name in it is a transformation, so "--perturb <dir>" still reads the folder.
 */
function takePerturb(args: string[]): { rest: string[]; perturb: string[] | null } {
  const rest: string[] = [];
  let perturb: string[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = /^--perturb=(.*)$/.exec(a);
    if (eq) perturb = eq[1]!.split(',').filter(Boolean);
    else if (a === '--perturb') {
      const next = args[i + 1]?.split(',') ?? [];
      const isList = next.length > 0 && next.every((n) => findPerturbation(n));
      perturb = isList ? next : [];
      if (isList) i++;
    } else rest.push(a);
  }
  return { rest, perturb };
}

export const importEvalCommand: Command = {
  ...COMMAND_SPECS['import-eval'],
  async run(args) {
    const { rest, perturb } = takePerturb(args);
    const p = parseArgs(rest, ['seed']);
    const dir = p.positional[0];
    if (!dir) {
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const verbose = p.flags.has('verbose') || p.flags.has('v');
    if (perturb) {
      const unknown = perturb.filter((n) => !findPerturbation(n));
      if (unknown.length) {
        console.error(`未知的扰动：${unknown.join('、')}。可用：${PERTURBATIONS.map((x) => x.name).join('、')}`);
        return 2;
      }
      const seed = Number(stringFlag(p, 'seed') ?? 1);
      const { runs, skipped } = await evaluatePerturbed(dir, perturb, seed);
      if (p.flags.has('json')) {
        const fig = (t: Tally) => ({ ...t, precision: Tally.precision(t), recall: Tally.recall(t), f1: Tally.f1(t) });
        console.log(JSON.stringify({ seed, skipped, runs: runs.map((r) => ({ name: r.name, documents: r.summary.documents, failed: r.summary.failed, measures: fig(r.summary.measures), units: fig(r.summary.units), head: fig(r.summary.head), targets: fig(r.summary.targets), excludedHeadFields: r.excludedHeadFields })) }, null, 2));
      } else console.log(formatPerturbed(runs, skipped, seed, verbose));
      return 0;
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
    } else console.log(formatSummary(summary, scores, verbose));
    return 0;
  },
};
