import { writeFileAtomic } from '../../files/atomic-write';
import { exportOptionsFor } from '../../../common/docx/export-options';
import { defaultTemplatesDir, TemplateLibrary } from '../../templates/template-library';
import { fontReportText } from '../../../common/docx/font-report';
import { glyphReport, glyphWarningLines } from '../../../common/docx/glyph-report';
import { composeDocx } from '../../../common/docx/build-docx';
import { layoutSummary } from '../../../common/docx/layout/layout-summary';
import { packDocx } from '../../docx/pack-docx';
import { parseArgs, stringFlag, type Command } from '../command';
import { loadPlanOrReport } from '../plan-file';
import { COMMAND_SPECS } from './command-specs';

const KNOWN = new Set(['o', 'output', 'red-head', 'no-red-head', 'sealed', 'no-sealed', 'simplex', 'duplex', 'task-table', 'no-task-table', 'notice', 'no-notice', 'line-mode', 'templates-dir', 'quiet', 'compare-to', 'author', 'revisions']);

export const exportCommand: Command = {
  ...COMMAND_SPECS.export,
  async run(args) {
    const p = parseArgs(args, ['o', 'output', 'line-mode', 'templates-dir', 'compare-to', 'author']);
    const file = p.positional[0];
    const out = stringFlag(p, 'o', 'output');
    const unknown = [...p.flags.keys()].filter((k) => !KNOWN.has(k));
    if (!file || !out || unknown.length) {
      if (unknown.length) console.error(`未知选项：${unknown.map((k) => `--${k}`).join('、')}`);
      console.error(`用法：npm run cli -- ${this.usage}`);
      return 2;
    }
    const loaded = await loadPlanOrReport(file);
    if (!loaded) return 1;
    const tri = (yes: string, no: string) => (p.flags.has(yes) ? true : p.flags.has(no) ? false : undefined);
    // What the flags leave open comes from the plan's template (exportDefaults), as in the API and the dialog.
    const library = loaded.meta.templateId ? await TemplateLibrary.load(stringFlag(p, 'templates-dir') ?? defaultTemplatesDir()) : null;
    const requested = Object.fromEntries(Object.entries({
      redHead: tri('red-head', 'no-red-head'),
      sealed: tri('sealed', 'no-sealed'),
      // 双面印刷 is the default (GB/T 9704 6.2); --simplex puts the 版记 on the last page without parity.
      duplex: tri('duplex', 'simplex'),
      taskTable: tri('task-table', 'no-task-table'),
      notice: tri('notice', 'no-notice'),
      lineMode: stringFlag(p, 'line-mode'),
      // 修订稿: open suggestions as tracked changes, 批注 as Word comments (issue #14).
      revisions: p.flags.has('revisions') ? true : undefined,
    }).filter(([, v]) => v !== undefined));
    const options = exportOptionsFor(loaded, library?.get(loaded.meta.templateId!)?.exportDefaults, requested);
    if (!options.ok) {
      console.error(options.error.message);
      return 2;
    }
    const started = performance.now();
    const pdf = /\.pdf$/i.test(out);
    const compareTo = stringFlag(p, 'compare-to');
    if (compareTo && pdf) {
      console.error('修订稿只能导出为 .docx（PDF 无法显示修订）。');
      return 2;
    }
    const older = compareTo ? await loadPlanOrReport(compareTo) : null;
    if (compareTo && !older) return 1;
    const composed = older
      ? (await import('../../../common/docx/compare/compose-tracked-docx')).composeTrackedDocx(older, loaded, options.value, { author: stringFlag(p, 'author'), date: new Date().toISOString() })
      : composeDocx(loaded, options.value);
    const { layout } = composed;
    // The PDF side (fontkit, font discovery) loads only for a .pdf: a .docx export does not pay for it.
    const pdfKit = pdf ? await import('../pdf-kit') : null;
    let bytes: Uint8Array;
    try {
      bytes = pdfKit ? await pdfKit.exportPdfBytes(loaded, options.value) : await packDocx(composed);
    } catch (err) {
      if (!pdfKit || !(err instanceof pdfKit.MissingFontsError)) throw err;
      const { FACE_LABELS } = pdfKit;
      console.error(`本机缺少导出 PDF 所需的字体（${err.faces.map((f) => FACE_LABELS[f]).join('、')}）。请安装字体，或用环境变量 PLAN_STUDIO_FONT_DIR 指定字体文件夹。`);
      return 1;
    }
    await writeFileAtomic(out, bytes);
    if (older) console.log(`修订稿：与 ${compareTo} 相比的修改以修订（插入/删除）标出，可在 Word/WPS 中逐条接受或拒绝。`);
    console.log(`已导出“${loaded.meta.title}”：${out}（${Math.round(bytes.length / 1024)} KB，${Math.round(performance.now() - started)} 毫秒）`);
    console.log(layoutSummary(layout));
    // Characters the 公文 fonts cannot draw (the PDF's font files) and 繁体: warnings on stderr, not errors.
    const glyphs = await glyphReport(composed.segments, async () => (pdfKit ?? await import('../pdf-kit')).fontCoverage());
    for (const line of glyphWarningLines(glyphs, file)) console.error(line);
    if (!p.flags.has('quiet')) {
      if (pdfKit) console.log(['PDF 内嵌的字体（子集）：', ...(await pdfKit.findFonts()).map((f) => `  ${pdfKit.FACE_LABELS[f.face]}：${f.name}（${f.file}）`)].join('\n'));
      else console.log(fontReportText());
    }
    return 0;
  },
};
