import { EXPORT_FLAGS, type ExportPreview } from '../../../common/api/export-contract';
import { composeDocx } from '../../../common/docx/build-docx';
import { composePageModel } from '../../../common/docx/layout/compose-page-model';
import { checkExportOptions, withExportDefaults } from '../../../common/docx/export-options';
import { fontReport } from '../../../common/docx/font-report';
import { UserFacingError } from '../../../common/errors';
import { taskTableRows } from '../../../common/docx/task-table/task-table-rows';
import { buildTaskTableXlsx } from '../../../common/docx/task-table/task-table-xlsx';
import { exportTaskTableDocxBytes, packDocx } from '../../docx/pack-docx';
import { FACE_LABELS, MissingFontsError } from '../../pdf/system-fonts';
import { exportPdfBytes } from '../../pdf/export-pdf';
import type { Route, RouteContext } from '../router';

const ALLOWED = new Set<string>(['token', 'lineMode', ...EXPORT_FLAGS]);

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
function disposition(title: string, ext: 'docx' | 'pdf' = 'docx'): string {
  const safe = title.replace(/[\\/:*?"<>|\r\n]+/g, '').trim() || 'plan';
  return `attachment; filename="plan.${ext}"; filename*=UTF-8''${encodeURIComponent(`${safe}.${ext}`)}`;
}

/** The plan and the export options of the request, checked against each other. */
async function planAndOptions({ url, params, services }: Pick<RouteContext, 'url' | 'params' | 'services'>) {
  const query = optionsFromQuery(url);
  const plan = await services.plans.get(params[0]!);
  // What the request leaves out comes from the plan's template (templates/*.template.json exportDefaults).
  const template = plan.meta.templateId ? services.plans.templates.get(plan.meta.templateId) : undefined;
  const options = checkExportOptions(plan, withExportDefaults(plan, template?.exportDefaults, query));
  if (!options.ok) throw new UserFacingError(400, options.error);
  return { plan, options: options.value };
}

export const exportDocxRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)\/export\.docx$/,
  auth: true,
  async handle({ res, url, params, services }) {
    const { plan, options } = await planAndOptions({ url, params, services });
    const { document, layout } = composeDocx(plan, options);
    const bytes = await packDocx(document);
    services.log.info(`exported plan ${params[0]} as docx (${bytes.length} bytes, ${layout.pages} pages estimated)`);
    res.writeHead(200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Length': String(bytes.length),
      'Content-Disposition': disposition(plan.meta.title),
      'Cache-Control': 'no-store',
    });
    res.end(bytes);
  },
};

/**
 * GET /api/plans/:id/export.pdf?… — the same options as export.docx; the PDF is drawn from the exporter's
 * page layout with the fonts of this machine embedded as subsets (main/node/pdf), no word processor.
 */
export const exportPdfRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)\/export\.pdf$/,
  auth: true,
  async handle({ res, url, params, services }) {
    const { plan, options } = await planAndOptions({ url, params, services });
    let bytes: Uint8Array;
    try {
      bytes = await exportPdfBytes(plan, options);
    } catch (err) {
      if (!(err instanceof MissingFontsError)) throw err;
      throw new UserFacingError(500, { code: 'export.no-fonts', message: `本机缺少导出 PDF 所需的字体（${err.faces.map((f) => FACE_LABELS[f]).join('、')}），请安装仿宋、楷体、黑体、宋体和小标宋字体。`, detail: err.message });
    }
    services.log.info(`exported plan ${params[0]} as pdf (${bytes.length} bytes)`);
    res.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.length),
      'Content-Disposition': disposition(plan.meta.title, 'pdf'),
      'Cache-Control': 'no-store',
    });
    res.end(bytes);
  },
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/plans/:id/task-table.xlsx | .docx — the 任务分解表 alone (PRODUCT.md row 8). */
export const exportTaskTableRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)\/task-table\.(xlsx|docx)$/,
  auth: true,
  async handle({ res, url, params, services }) {
    for (const key of url.searchParams.keys()) {
      if (key !== 'token') throw new UserFacingError(400, { code: 'export.options', message: `未知的导出选项：${key}`, detail: `unknown task-table query parameter ${key}` });
    }
    const plan = await services.plans.get(params[0]!);
    if (taskTableRows(plan).length === 0) {
      throw new UserFacingError(409, { code: 'export.no-measures', message: '该计划没有工作措施，无法生成任务分解表。', detail: `plan ${params[0]} has no measures` });
    }
    const kind = params[1] as 'xlsx' | 'docx';
    const bytes = kind === 'xlsx' ? buildTaskTableXlsx(plan) : await exportTaskTableDocxBytes(plan);
    const title = `${plan.meta.title.replace(/[\\/:*?"<>|\r\n]+/g, '').trim() || 'plan'}任务分解表.${kind}`;
    res.writeHead(200, {
      'Content-Type': kind === 'xlsx' ? XLSX_TYPE : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="tasks.${kind}"; filename*=UTF-8''${encodeURIComponent(title)}`,
      'Cache-Control': 'no-store',
    });
    res.end(bytes);
  },
};

/**
 * GET /api/plans/:id/export-preview?… — what the export will be, before it is written: the pages as the
 * exporter lays them out (where the 版记 goes, which pages stay unnumbered) and the fonts it names.
 */
export const exportPreviewRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)\/export-preview$/,
  auth: true,
  async handle({ res, url, params, services }) {
    const { plan, options } = await planAndOptions({ url, params, services });
    const body: ExportPreview = { layout: composeDocx(plan, options).layout, fonts: fontReport() };
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  },
};

/** Numbers to 0.01 pt: the page model as JSON is a third of the size, and nothing visible moves. */
const rounded = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value);

/**
 * GET /api/plans/:id/export-pages?… — the pages as the PDF draws them (docx/layout/page-model.ts), for
 * the 打印预览: every line's text, position, typeface and size, the rules and the page numbers.
 */
export const exportPagesRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)\/export-pages$/,
  auth: true,
  async handle({ res, url, params, services }) {
    const { plan, options } = await planAndOptions({ url, params, services });
    const body = JSON.stringify(composePageModel(plan, options), rounded);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
  },
};

/** Every export route; registered together in routes/index.ts. */
export const exportRoutes: Route[] = [exportDocxRoute, exportPdfRoute, exportPreviewRoute, exportPagesRoute, exportTaskTableRoute];
