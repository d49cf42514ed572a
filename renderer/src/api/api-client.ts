import { z } from 'zod';
import {
  ApiPaths, CreatePlanResponseSchema, ErrorBodySchema, PlanListSchema, TemplateListSchema,
  type CreatePlanRequest,
} from '../../../main/common/api/contracts';
import { parsePlan } from '../../../main/common/model/parse-plan';
import type { Plan } from '../../../main/common/model/plan';
import { TemplateSchema, type Template } from '../../../main/common/templates/template';
import type { Host } from '../host/host';
import { PlanFileApiPaths, PlanFileImportResponseSchema, type PlanFileImportResponse } from '../../../main/common/api/plan-file-contract';
import { IMPORT_PATH, ImportResponseSchema, MAX_IMPORT_BYTES, type ImportResponse } from '../../../main/common/api/import-contract';
import { ExportApiPaths, ExportPreviewSchema, PageModelSchema, type ExportPreview } from '../../../main/common/api/export-contract';
import { OpenStates, OpenStatesApiPaths, type OpenState } from '../../../main/common/api/open-states-contract';

/** An API failure with the server's Chinese message. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly userMessage: string, detail: string) {
    super(detail);
  }
}

/** Typed client of the server's HTTP API; every response is validated with the shared contract. */
export class ApiClient {
  constructor(private readonly host: Host) {}

  private async request<S extends z.ZodType>(schema: S, path: string, init: RequestInit = {}): Promise<z.output<S>> {
    let res: Response;
    try {
      res = await fetch(this.host.serverUrl + path, {
        ...init,
        headers: { ...(typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}), Authorization: `Bearer ${this.host.token}`, ...init.headers },
      });
    } catch (e) {
      throw new ApiError(0, '无法连接到服务器，请检查网络或稍后重试。', String(e));
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = ErrorBodySchema.safeParse(body);
      throw new ApiError(res.status, err.success ? err.data.error.message : `服务器返回错误（${res.status}）。`, err.success ? err.data.error.detail : String(res.status));
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError(res.status, '服务器返回的数据格式不正确。', parsed.error.message);
    return parsed.data;
  }

  templates() {
    return this.request(TemplateListSchema, ApiPaths.templates);
  }
  template(id: string): Promise<Template> {
    return this.request(TemplateSchema, ApiPaths.template(id));
  }
  /** The template of an open plan, through the plan: invited colleagues may read it too. */
  planTemplate(planId: string, id: string): Promise<Template> {
    return this.request(TemplateSchema, ApiPaths.planTemplate(planId, id));
  }
  plans() {
    return this.request(PlanListSchema, ApiPaths.plans);
  }
  createPlan(req: CreatePlanRequest) {
    return this.request(CreatePlanResponseSchema, ApiPaths.plans, { method: 'POST', body: JSON.stringify(req) });
  }
  async plan(id: string): Promise<Plan> {
    const raw = await fetch(this.host.serverUrl + ApiPaths.plan(id), { headers: { Authorization: `Bearer ${this.host.token}` } });
    const body: unknown = await raw.json().catch(() => null);
    if (!raw.ok) {
      const err = ErrorBodySchema.safeParse(body);
      throw new ApiError(raw.status, err.success ? err.data.error.message : '读取计划失败。', String(raw.status));
    }
    const parsed = parsePlan(body);
    if (!parsed.ok) throw new ApiError(200, parsed.error.message, parsed.error.detail);
    return parsed.value;
  }
  /** Upload a .txt/.docx as raw bytes (import-contract.ts); the server creates the plan and reports what it recognised. */
  async importFile(file: File, simplify: boolean): Promise<ImportResponse> {
    if (file.size > MAX_IMPORT_BYTES) {
      throw new ApiError(413, `文件过大（${(file.size / 1048576).toFixed(1)} MB），超过 ${MAX_IMPORT_BYTES / 1048576} MB 的导入上限。`, 'file too large');
    }
    return this.request(ImportResponseSchema, IMPORT_PATH, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name), 'X-Simplify': simplify ? '1' : '0' },
    });
  }

  /** 打开 a plan file: a plan not on the server is created, one that is gets a CRDT merge (nothing lost). */
  uploadPlanFile(text: string): Promise<PlanFileImportResponse> {
    return this.request(PlanFileImportResponseSchema, PlanFileApiPaths.upload, { method: 'POST', body: text });
  }

  /** Does a plan with this id exist here? (To offer a merge before opening a copy.) */
  async planExists(id: string): Promise<boolean> {
    const res = await fetch(this.host.serverUrl + ApiPaths.plan(id), { method: 'GET', headers: { Authorization: `Bearer ${this.host.token}` } });
    return res.ok;
  }

  /**
   * The server's Yjs states of the plan doc and of every body on the page, with the grant on each
   * (open-states-contract.ts): what the editor shows before its providers have synced.
   */
  async openStates(planId: string, signal?: AbortSignal): Promise<OpenState[]> {
    let res: Response;
    try {
      res = await fetch(this.host.serverUrl + OpenStatesApiPaths.get(planId), { headers: { Authorization: `Bearer ${this.host.token}` }, signal });
    } catch (e) {
      throw new ApiError(0, '无法连接到服务器，请检查网络或稍后重试。', String(e));
    }
    if (!res.ok) {
      const err = ErrorBodySchema.safeParse(await res.json().catch(() => null));
      throw new ApiError(res.status, err.success ? err.data.error.message : `服务器返回错误（${res.status}）。`, err.success ? err.data.error.detail : String(res.status));
    }
    const decoded = OpenStates.decode(new Uint8Array(await res.arrayBuffer()), planId);
    if (!decoded.ok) throw new ApiError(res.status, decoded.error.message, decoded.error.detail);
    return decoded.value;
  }

  /** What an export with these options will be: its pages (版记 page, unnumbered pages) and fonts. */
  exportPreview(planId: string, query: URLSearchParams): Promise<ExportPreview> {
    return this.request(ExportPreviewSchema, `${ExportApiPaths.preview(planId)}?${query}`);
  }

  /** The pages as the PDF draws them, for the 打印预览. */
  exportPages(planId: string, query: URLSearchParams): Promise<z.output<typeof PageModelSchema>> {
    return this.request(PageModelSchema, `${ExportApiPaths.pages(planId)}?${query}`);
  }

  async deletePlan(id: string): Promise<void> {
    await this.request(z.object({ ok: z.literal(true) }), ApiPaths.plan(id), { method: 'DELETE' });
  }
}
