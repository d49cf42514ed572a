import {
  ApiRoutes, apiPath, type RouteName, type RouteParams, type RouteRequestBody, type RouteResponseValue,
} from '../../../main/common/api/api-routes';
import { ErrorBodySchema, type CreatePlanRequest } from '../../../main/common/api/contracts';
import type { ExportPreview } from '../../../main/common/api/export-contract';
import type { PageModel } from '../../../main/common/docx/layout/page-model';
import { MAX_IMPORT_BYTES, type ImportResponse } from '../../../main/common/api/import-contract';
import { OpenStates, type OpenState } from '../../../main/common/api/open-states-contract';
import type { StatesFileImportResponse } from '../../../main/common/api/states-file-contract';
import type { Plan } from '../../../main/common/model/plan';
import type { Template } from '../../../main/common/templates/template';

/** An API failure with the server's Chinese message. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly userMessage: string, detail: string) {
    super(detail);
  }
}

/** Dialogs show an Error's message: the server's Chinese one for an API error. */
export async function userFacing<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw e instanceof ApiError ? new Error(e.userMessage) : e;
  }
}

/** Where the API is and the token to call it with (a Host, or a server an invite code is resolved on). */
export interface ApiTarget {
  serverUrl: string;
  token: string;
}

export interface CallOptions<N extends RouteName> {
  /** A JSON body (the route's request schema), or raw bytes for a bytes route. */
  body?: RouteRequestBody<N> | Blob;
  headers?: Record<string, string>;
  query?: URLSearchParams;
  signal?: AbortSignal;
}

/** Typed client of the server's HTTP API: every URL comes from the route table, every response is validated. */
export class ApiClient {
  constructor(private readonly target: ApiTarget) {}

  /** The absolute URL of a route (for an <img> or a link, which cannot send headers: the token rides in the query). */
  url<N extends RouteName>(name: N, params: RouteParams<N>, query = new URLSearchParams()): string {
    const q = new URLSearchParams(query);
    q.set('token', this.target.token);
    return `${this.target.serverUrl}${apiPath(name, params)}?${q}`;
  }

  /** Call a route; a JSON answer is validated with the route's schema, a binary one comes back as bytes. */
  async call<N extends RouteName>(name: N, params: RouteParams<N>, opts: CallOptions<N> = {}): Promise<RouteResponseValue<N>> {
    const route = ApiRoutes[name];
    const json = route.request.kind === 'json';
    const query = opts.query?.toString();
    let res: Response;
    try {
      res = await fetch(`${this.target.serverUrl}${apiPath(name, params)}${query ? `?${query}` : ''}`, {
        method: route.method,
        body: opts.body === undefined ? undefined : json ? JSON.stringify(opts.body) : (opts.body as Blob),
        headers: {
          ...(json ? { 'Content-Type': 'application/json' } : {}),
          ...(route.auth !== 'none' ? { Authorization: `Bearer ${this.target.token}` } : {}),
          ...opts.headers,
        },
        signal: opts.signal,
      });
    } catch (e) {
      throw new ApiError(0, '无法连接到服务器，请检查网络或稍后重试。', String(e));
    }
    if (!res.ok) {
      const err = ErrorBodySchema.safeParse(await res.json().catch(() => null));
      throw new ApiError(res.status, err.success ? err.data.error.message : `服务器返回错误（${res.status}）。`, err.success ? err.data.error.detail : String(res.status));
    }
    if (route.response.kind === 'binary') return new Uint8Array(await res.arrayBuffer()) as RouteResponseValue<N>;
    const parsed = route.response.schema.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new ApiError(res.status, '服务器返回的数据格式不正确。', parsed.error.message);
    return parsed.data as RouteResponseValue<N>;
  }

  templates() {
    return this.call('listTemplates', {});
  }
  template(id: string): Promise<Template> {
    return this.call('getTemplate', { templateId: id });
  }
  /** The template of an open plan, through the plan: invited colleagues may read it too. */
  planTemplate(planId: string, id: string): Promise<Template> {
    return this.call('getPlanTemplate', { planId, templateId: id });
  }
  plans() {
    return this.call('listPlans', {});
  }
  createPlan(req: CreatePlanRequest) {
    return this.call('createPlan', {}, { body: req });
  }
  plan(id: string): Promise<Plan> {
    return this.call('getPlan', { planId: id });
  }
  /** 条款库: search the seeds, templates and the plans this token can read. */
  searchClauses(planId: string, q: string, limit = 20) {
    return this.call('searchClauses', { planId }, { query: new URLSearchParams({ q, limit: String(limit) }) });
  }
  /** 以去年的计划为底稿: a new plan for `year` from this one, and what changed. */
  rollForward(planId: string, year: number) {
    return this.call('rollForward', { planId }, { body: { year } });
  }
  /** Upload a .txt/.docx as raw bytes (import-contract.ts); the server creates the plan and reports what it recognised. */
  async importFile(file: File, simplify: boolean): Promise<ImportResponse> {
    if (file.size > MAX_IMPORT_BYTES) {
      throw new ApiError(413, `文件过大（${(file.size / 1048576).toFixed(1)} MB），超过 ${MAX_IMPORT_BYTES / 1048576} MB 的导入上限。`, 'file too large');
    }
    return this.call('importPlan', {}, {
      body: file,
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name), 'X-Simplify': simplify ? '1' : '0' },
    });
  }

  /** 打开 a states file: a plan not on the server is created, one that is gets a CRDT merge (nothing lost). */
  uploadStatesFile(file: unknown): Promise<StatesFileImportResponse> {
    return this.call('uploadStates', {}, { body: file as RouteRequestBody<'uploadStates'> });
  }
  /** 另存为: every Yjs state of the plan as one states file (its bytes). */
  downloadStatesFile(planId: string): Promise<Uint8Array> {
    return this.call('downloadStates', { planId });
  }

  /** Does a plan with this id exist here? (To offer a merge before opening a copy.) */
  async planExists(id: string): Promise<boolean> {
    try {
      await this.call('getPlan', { planId: id });
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status !== 0) return false;
      throw e;
    }
  }

  /**
   * The server's Yjs states of the plan doc and of every body on the page, with the grant on each
   * (open-states-contract.ts): what the editor shows before its providers have synced.
   */
  async openStates(planId: string, signal?: AbortSignal): Promise<OpenState[]> {
    const bytes = await this.call('openStates', { planId }, { signal });
    const decoded = OpenStates.decode(bytes, planId);
    if (!decoded.ok) throw new ApiError(200, decoded.error.message, decoded.error.detail);
    return decoded.value;
  }

  /** What an export with these options will be: its pages (版记 page, unnumbered pages) and fonts. */
  exportPreview(planId: string, query: URLSearchParams): Promise<ExportPreview> {
    return this.call('exportPreview', { planId }, { query });
  }

  /** The pages as the PDF draws them, for the 打印预览. */
  exportPages(planId: string, query: URLSearchParams): Promise<PageModel> {
    return this.call('exportPages', { planId }, { query });
  }

  async deletePlan(id: string): Promise<void> {
    await this.call('deletePlan', { planId: id });
  }
}
