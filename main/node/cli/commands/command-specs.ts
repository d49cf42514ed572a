/** What `--help` prints for each command. Kept apart from the command modules so that listing the commands
 * loads none of them (each module pulls in its own heavy dependencies: docx, opencc-js, yjs). */
export const COMMAND_SPECS = {
  new: { name: 'new', summary: '从模板新建计划文件', usage: 'new --template <模板ID> --region <地区名称> --year <年度> [--issuer <发文机关>] [--lead <牵头部门>] -o plan.json' },
  check: { name: 'check', summary: '公文体检：列出计划中的问题（有错误时退出码为 1）', usage: 'check plan.json [--json]' },
  show: { name: 'show', summary: '显示计划的大纲（含自动编号）', usage: 'show plan.json [--items]' },
  import: { name: 'import', summary: '从 .txt 或 .docx 导入计划，输出计划文件和导入报告', usage: 'import <文件.txt|文件.docx> [-o plan.json] [--simplify]' },
  seeds: { name: 'seeds', summary: '重新导入 seeds/ 中的范例文本，生成 <名称>.plan.json', usage: 'seeds [--dir seeds]' },
  export: {
    name: 'export',
    summary: '导出符合 GB/T 9704 的公文 .docx 或 .pdf（PDF 按同一版面绘制，内嵌字体）',
    usage: 'export plan.json -o out.docx|out.pdf [--red-head|--no-red-head] [--sealed|--no-sealed] [--simplex|--duplex] [--task-table|--no-task-table] [--notice|--no-notice] [--line-mode office-grid|glyph-accurate] [--revisions] [--templates-dir dir] [--compare-to old.plan.json [--author 修订人]]',
  },
  'task-table': { name: 'task-table', summary: '单独导出工作任务分解表（.docx 或 .xlsx）', usage: 'task-table plan.json -o tasks.docx|tasks.xlsx' },
  'roll-forward': {
    name: 'roll-forward', summary: '以去年的计划为底稿：顺延年份、标出待核对的目标数字，生成新年度计划草稿',
    usage: 'roll-forward <去年的计划.plan.json|.docx|.txt> [--year <新年度>] -o out.plan.json [--report report.json]',
  },
  'import-eval': { name: 'import-eval', summary: '用带标注的语料评估导入器：措施、责任单位、文件信息的准确率、召回率和 F1', usage: 'import-eval <语料目录> [--verbose] [--json] [--perturb [名称,…]] [--seed N]' },
  diff: { name: 'diff', summary: '比较两个计划文件：措施增删改移、责任单位、完成时限、目标数值、文件信息', usage: 'diff old.plan.json new.plan.json [--json]' },
  merge: { name: 'merge', summary: '合并同一计划的多个计划文件副本（不丢失任何人的修改）', usage: 'merge a.planfile b.planfile [更多…] -o merged.planfile' },
} as const;

export type CommandName = keyof typeof COMMAND_SPECS;
