import { ApiRoutes } from '../../../common/api/api-routes';
import { fileNameFor } from '../../../common/file-name';
import { composeDocx } from '../../../common/docx/build-docx';
import { composePageModel } from '../../../common/docx/layout/compose-page-model';
import { exportOptionsFor } from '../../../common/docx/export-options';
import { fontReport } from '../../../common/docx/font-report';
import { UserFacingError } from '../../../common/errors';
import { taskTableRows } from '../../../common/docx/task-table/task-table-rows';
import { buildTaskTableXlsx } from '../../../common/docx/task-table/task-table-xlsx';
import { exportTaskTableDocxBytes, packDocx } from '../../docx/pack-docx';
import { exportPdfBytes } from '../../pdf/export-pdf';
import { FACE_LABELS, fontCoverage, MissingFontsError } from '../../pdf/system-fonts';
import { glyphReport } from '../../../common/docx/glyph-report';
import type { RouteContext, RouteHandlers } from '../router';

const ALLOWED = new Set<string>(['token', ...ApiRoutes.exportDocx.query]);

/** ?redHead=1&taskTable=0 → options; anything else is a 400 with a Chinese message. */
function optionsFromQuery(url: URL): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (!ALLOWED.has(key)) {
      throw new UserFacingError(400, { code: 'export.options', message: `未知的导出选项：${key}`, detail: `unknown export query parameter ${key}` });
    }
    if (key === 'token') continue;
    if (key === 'lineMode') out[key] = value;
    else if (value === '1' || value === 'true') out[key] = true;
    else if (value === '0' || value === 'false') out[key] = false;
    else throw new UserFacingError(400, { code: 'export.options', message: `导出选项 ${key} 的值应为 1 或 0`, detail: `bad value ${value} for ${key}` });
  }
  return out;
}

/** RFC 6266 filename*: the plan title in UTF-8, with an ASCII fallback. */
function disposition(ascii: string, name: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The plan and the export options of the request, checked against each other. */
async function planAndOptions({ url, params, services }: Pick<RouteContext<'exportDocx'>, 'url' | 'params' | 'services'>) {
  const query = optionsFromQuery(url);
  const plan = await services.plans.get(params.planId);
  // What the request leaves out comes from the plan's template (templates/*.template.json exportDefaults).
  const template = plan.meta.templateId ? services.plans.templates.get(plan.meta.templateId) : undefined;
  const options = exportOptionsFor(plan, template?.exportDefaults, query);
  if (!options.ok) throw new UserFacingError(400, options.error);
  return { plan, options: options.value };
}

const DOCX_TYPE = ApiRoutes.exportDocx.response.mime;
const PDF_TYPE = ApiRoutes.exportPdf.response.mime;
const XLSX_TYPE = ApiRoutes.taskTableXlsx.response.mime;

/** The 任务分解表 alone (docs/product.md#what-a-user-can-do row 8): .xlsx or .docx. */
async function sendTaskTable({ res, url, params, services }: RouteContext<'taskTableXlsx' | 'taskTableDocx'>, kind: 'xlsx' | 'docx'): Promise<void> {
  for (const key of url.searchParams.keys()) {
    if (key !== 'token') throw new UserFacingError(400, { code: 'export.options', message: `未知的导出选项：${key}`, detail: `unknown task-table query parameter ${key}` });
  }
  const plan = await services.plans.get(params.planId);
  if (taskTableRows(plan).length === 0) {
    throw new UserFacingError(409, { code: 'export.no-measures', message: '该计划没有工作措施，无法生成任务分解表。', detail: `plan ${params.planId} has no measures` });
  }
  const bytes = kind === 'xlsx' ? buildTaskTableXlsx(plan) : await exportTaskTableDocxBytes(plan);
  res.writeHead(200, {
    'Content-Type': kind === 'xlsx' ? XLSX_TYPE : DOCX_TYPE,
    'Content-Length': String(bytes.length),
    'Content-Disposition': disposition(`tasks.${kind}`, fileNameFor(plan.meta.title, 'plan', `任务分解表.${kind}`)),
    'Cache-Control': 'no-store',
  });
  res.end(bytes);
}

/** Numbers to 0.01 pt: the page model as JSON is a third of the size, and nothing visible moves. */
function roundedModel<T>(model: T): T {
  return JSON.parse(JSON.stringify(model, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value))) as T;
}

export const exportHandlers: RouteHandlers<'exportDocx' | 'exportPdf' | 'exportPreview' | 'exportPages' | 'taskTableXlsx' | 'taskTableDocx'> = {
  exportDocx: async ({ res, url, params, services }) => {
    const { plan, options } = await planAndOptions({ url, params, services });
    const composed = composeDocx(plan, options);
    const { layout } = composed;
    const bytes = await packDocx(composed);
    await services.versions.recordExport(params.planId, plan, '（Word）');
    services.log.info(`exported plan ${params.planId} as docx (${bytes.length} bytes, ${layout.pages} pages estimated)`);
    res.writeHead(200, {
      'Content-Type': DOCX_TYPE,
      'Content-Length': String(bytes.length),
      'Content-Disposition': disposition('plan.docx', fileNameFor(plan.meta.title, 'plan', '.docx')),
      'Cache-Control': 'no-store',
    });
    res.end(bytes);
  },
  /**
   * The same options as export.docx; the PDF is drawn from the exporter's page layout with the fonts of
   * this machine embedded as subsets (main/node/pdf), no word processor.
   */
  exportPdf: async ({ res, url, params, services }) => {
    const { plan, options } = await planAndOptions({ url, params, services });
    let bytes: Uint8Array;
    try {
      bytes = await exportPdfBytes(plan, options);
    } catch (err) {
      if (!(err instanceof MissingFontsError)) throw err;
      throw new UserFacingError(500, { code: 'export.no-fonts', message: `本机缺少导出 PDF 所需的字体（${err.faces.map((f) => FACE_LABELS[f]).join('、')}），请安装仿宋、楷体、黑体、宋体和小标宋字体。`, detail: err.message });
    }
    await services.versions.recordExport(params.planId, plan, '（PDF）');
    services.log.info(`exported plan ${params.planId} as pdf (${bytes.length} bytes)`);
    res.writeHead(200, {
      'Content-Type': PDF_TYPE,
      'Content-Length': String(bytes.length),
      'Content-Disposition': disposition('plan.pdf', fileNameFor(plan.meta.title, 'plan', '.pdf')),
      'Cache-Control': 'no-store',
    });
    res.end(bytes);
  },
  /** The pages as the PDF draws them (docx/layout/page-model.ts), for the 打印预览. */
  exportPages: async ({ url, params, services }) => {
    const { plan, options } = await planAndOptions({ url, params, services });
    return roundedModel(composePageModel(plan, options));
  },
  /**
   * What the export will be, before it is written: the pages as the exporter lays them out (where the 版记
   * goes, which pages stay unnumbered), the fonts it names and the characters they cannot draw.
   */
  exportPreview: async ({ url, params, services }) => {
    const { plan, options } = await planAndOptions({ url, params, services });
    const composed = composeDocx(plan, options);
    // Characters the fonts of this machine (the PDF's) cannot draw, and 繁体: said before exporting.
    return { layout: composed.layout, fonts: fontReport(), glyphs: await glyphReport(composed.segments, () => fontCoverage()) };
  },
  taskTableXlsx: (ctx) => sendTaskTable(ctx, 'xlsx'),
  taskTableDocx: (ctx) => sendTaskTable(ctx, 'docx'),
};
