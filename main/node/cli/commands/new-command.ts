import { instantiate } from '../../../common/templates/instantiate';
import { TemplateInputSchema } from '../../../common/templates/template';
import { describeIssues } from '../../../common/model/parse-plan';
import { defaultTemplatesDir, TemplateLibrary } from '../../templates/template-library';
import { parseArgs, stringFlag, type Command } from '../command';
import { writePlanFile } from '../plan-file';
import { COMMAND_SPECS } from './command-specs';

export const newCommand: Command = {
  ...COMMAND_SPECS.new,
  async run(args) {
    const p = parseArgs(args, ['template', 'region', 'year', 'issuer', 'lead', 'o', 'output', 'templates-dir']);
    const out = stringFlag(p, 'o', 'output');
    const templateId = stringFlag(p, 'template');
    if (!out || !templateId) {
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const library = await TemplateLibrary.load(stringFlag(p, 'templates-dir') ?? defaultTemplatesDir());
    const template = library.get(templateId);
    if (!template) {
      console.error(`找不到模板“${templateId}”。可用模板：${library.list().map((t) => t.id).join('，')}`);
      return 1;
    }
    const input = TemplateInputSchema.safeParse({
      region: stringFlag(p, 'region') ?? '',
      year: Number(stringFlag(p, 'year') ?? new Date().getFullYear()),
      issuer: stringFlag(p, 'issuer') ?? '',
      leadDepartment: stringFlag(p, 'lead') ?? '',
    });
    if (!input.success) {
      console.error(`参数有误：${describeIssues(input.error).zh}`);
      return 2;
    }
    const plan = instantiate(template, input.data);
    await writePlanFile(out, plan);
    console.log(`已新建计划“${plan.meta.title}”：${out}`);
    return 0;
  },
};
