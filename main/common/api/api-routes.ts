import type { z } from 'zod';
import { UserFacingError, type Result } from '../errors';
import { PlanSchema } from '../model/plan';
import { TemplateSchema } from '../templates/template';
import {
  CreatePlanRequestSchema, CreatePlanResponseSchema, DeletePlanResponseSchema, MAX_JSON_BODY, PlanListSchema, ServerInfoSchema,
  TemplateListSchema,
} from './contracts';
import { CheckResponseSchema } from './check-contract';
import { EXPORT_QUERY_KEYS, ExportPreviewSchema, PageModelSchema } from './export-contract';
import { ImportHeadersSchema, ImportResponseSchema, MAX_IMPORT_BYTES } from './import-contract';
import { CLAUSE_QUERY_KEYS, ClauseSearchResponseSchema } from './clauses-contract';
import { OPEN_STATES_MIME } from './open-states-contract';
import { RollForwardRequestSchema, RollForwardResponseSchema } from './roll-forward-contract';
import { decodeStatesFile, MAX_STATES_FILE_BYTES, StatesFileSchema } from '../collab/states-file';
import { STATES_FILE_MIME, StatesFileImportResponseSchema } from './states-file-contract';
import {
  RestoreVersionResponseSchema, SaveVersionRequestSchema, SaveVersionResponseSchema, UnlockResponseSchema, VersionListSchema, VersionSchema,
} from './version-contract';
import {
  CreateInviteRequestSchema, CreateInviteResponseSchema, InviteListSchema, ResolveInviteRequestSchema, ResolveInviteResponseSchema,
  RevokeResponseSchema,
} from './share-contract';
import { RoundAnswerRequestSchema, RoundAnswerResponseSchema, RoundCollectResponseSchema } from './round-contract';

/**
 * The HTTP API (`/api/*`) as one table: method, path (`:name` segments are params), who may call it,
 * what the request carries and what the response is. The server's router matches requests against it
 * and validates JSON bodies with its schemas (main/node/server/router.ts, a handler per route in
 * routes/*); the renderer's ApiClient builds every URL from it and validates every response with it.
 *
 * To add a route: add an entry here (a JSON request and response get zod schemas in the resource's
 * *-contract.ts), add its handler to the resource's module in main/node/server/routes/ (the handler
 * table there is a Record over these names, so a route without a handler does not compile), and call it
 * from the ApiClient with `api.call('name', params, …)`. tests/unit/api/api-routes.test.ts walks the table.
 */

export type HttpMethod = 'GET' | 'POST' | 'DELETE';
/**
 * none: anyone; owner: the owner token; plan-reader: the owner token or an invite token of the plan
 * `:planId`; plan-editor: the owner token or an edit invite of the plan (not read, not department).
 */
export type RouteAuth = 'none' | 'owner' | 'plan-reader' | 'plan-editor';

export type RouteRequest =
  | { kind: 'none' }
  /**
   * A JSON body (at most maxBytes), validated by the router before the handler runs: with `decode` where
   * the format has its own checks and messages (it validates with `schema` and more), else with `schema`.
   */
  | { kind: 'json'; schema: z.ZodType; maxBytes: number; decode?: (raw: unknown) => Result<unknown> }
  /** Raw bytes read by the handler (it enforces maxBytes while streaming); `headers` says what it reads. */
  | { kind: 'bytes'; maxBytes: number; headers: z.ZodType };

export type RouteResponse =
  /** JSON with this schema and status; the client validates every response with it. */
  | { kind: 'json'; schema: z.ZodType; status: 200 | 201 }
  /** Bytes of this MIME type (a download, an image, the open-states frame); the client gets a Uint8Array. */
  | { kind: 'binary'; mime: string };

export interface ApiRoute {
  method: HttpMethod;
  path: `/api/${string}`;
  auth: RouteAuth;
  /** Query parameters the route reads besides `token` (the handler refuses others where it says so). */
  query?: readonly string[];
  request: RouteRequest;
  response: RouteResponse;
}

const none = { kind: 'none' } as const;
const json = <S extends z.ZodType>(schema: S, maxBytes = MAX_JSON_BODY) => ({ kind: 'json', schema, maxBytes }) as const;
const ok = <S extends z.ZodType>(schema: S, status: 200 | 201 = 200) => ({ kind: 'json', schema, status }) as const;
const binary = (mime: string) => ({ kind: 'binary', mime }) as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ApiRoutes = {
  info: { method: 'GET', path: '/api/info', auth: 'none', request: none, response: ok(ServerInfoSchema) },

  listTemplates: { method: 'GET', path: '/api/templates', auth: 'owner', request: none, response: ok(TemplateListSchema) },
  getTemplate: { method: 'GET', path: '/api/templates/:templateId', auth: 'owner', request: none, response: ok(TemplateSchema) },
  /** The template of a plan for whoever may read the plan (invited colleagues see its 写作提示 too). */
  getPlanTemplate: { method: 'GET', path: '/api/plans/:planId/templates/:templateId', auth: 'plan-reader', request: none, response: ok(TemplateSchema) },

  listPlans: { method: 'GET', path: '/api/plans', auth: 'owner', request: none, response: ok(PlanListSchema) },
  createPlan: { method: 'POST', path: '/api/plans', auth: 'owner', request: json(CreatePlanRequestSchema), response: ok(CreatePlanResponseSchema, 201) },
  /** The plan JSON (docs/plan format), for invited colleagues too. */
  getPlan: { method: 'GET', path: '/api/plans/:planId', auth: 'plan-reader', request: none, response: ok(PlanSchema) },
  /** 公文体检 of the plan (check-contract.ts), for whoever may read it. */
  checkPlan: { method: 'GET', path: '/api/plans/:planId/check', auth: 'plan-reader', request: none, response: ok(CheckResponseSchema) },
  deletePlan: { method: 'DELETE', path: '/api/plans/:planId', auth: 'owner', request: none, response: ok(DeletePlanResponseSchema) },
  /** A .txt/.docx as raw bytes (import-contract.ts) → a new plan and the import report. */
  importPlan: {
    method: 'POST', path: '/api/import', auth: 'owner', request: { kind: 'bytes', maxBytes: MAX_IMPORT_BYTES, headers: ImportHeadersSchema },
    response: ok(ImportResponseSchema, 201),
  },

  /** 以去年的计划为底稿: a new plan for the given year from this one, and the report of what changed. */
  rollForward: {
    method: 'POST', path: '/api/plans/:planId/roll-forward', auth: 'owner', request: json(RollForwardRequestSchema, 4096),
    response: ok(RollForwardResponseSchema, 201),
  },

  /**
   * 条款库: full-text search over the measures and paragraphs of the seeds, the templates and every plan
   * the token can read (the owner token: all plans; an invite: its plan), each result with its source.
   */
  searchClauses: {
    method: 'GET', path: '/api/plans/:planId/clauses', auth: 'plan-reader', query: CLAUSE_QUERY_KEYS, request: none,
    response: ok(ClauseSearchResponseSchema),
  },

  /** Every state the editor page needs, in one binary frame (open-states-contract.ts). */
  openStates: { method: 'GET', path: '/api/plans/:planId/open-states', auth: 'plan-reader', request: none, response: binary(OPEN_STATES_MIME) },
  /** 另存为: every Yjs state of the plan as one states file (states-file-contract.ts). */
  downloadStates: { method: 'GET', path: '/api/plans/:planId/file', auth: 'plan-reader', request: none, response: binary(STATES_FILE_MIME) },
  /** 打开: a states file creates the plan, or merges into the plan already here (200). */
  uploadStates: {
    method: 'POST', path: '/api/plan-files', auth: 'owner', request: { ...json(StatesFileSchema, MAX_STATES_FILE_BYTES), decode: decodeStatesFile },
    response: ok(StatesFileImportResponseSchema, 201),
  },

  exportDocx: { method: 'GET', path: '/api/plans/:planId/export.docx', auth: 'owner', query: EXPORT_QUERY_KEYS, request: none, response: binary(DOCX) },
  exportPreview: { method: 'GET', path: '/api/plans/:planId/export-preview', auth: 'owner', query: EXPORT_QUERY_KEYS, request: none, response: ok(ExportPreviewSchema) },
  /** The same document as a PDF drawn from the exporter's layout, fonts embedded as subsets (main/node/pdf). */
  exportPdf: { method: 'GET', path: '/api/plans/:planId/export.pdf', auth: 'owner', query: EXPORT_QUERY_KEYS, request: none, response: binary('application/pdf') },
  /** The pages as the PDF draws them, for the 打印预览 (docx/layout/page-model.ts). */
  exportPages: { method: 'GET', path: '/api/plans/:planId/export-pages', auth: 'owner', query: EXPORT_QUERY_KEYS, request: none, response: ok(PageModelSchema) },
  /** The 任务分解表 alone. */
  taskTableXlsx: { method: 'GET', path: '/api/plans/:planId/task-table.xlsx', auth: 'owner', request: none, response: binary(XLSX) },
  taskTableDocx: { method: 'GET', path: '/api/plans/:planId/task-table.docx', auth: 'owner', request: none, response: binary(DOCX) },

  /** Named versions (docs/versions.md): list with the lock, save (a 签发稿 locks the plan), read one, restore as new edits. */
  listVersions: { method: 'GET', path: '/api/plans/:planId/versions', auth: 'plan-reader', request: none, response: ok(VersionListSchema) },
  saveVersion: { method: 'POST', path: '/api/plans/:planId/versions', auth: 'plan-editor', request: json(SaveVersionRequestSchema, 4096), response: ok(SaveVersionResponseSchema, 201) },
  getVersion: { method: 'GET', path: '/api/plans/:planId/versions/:versionId', auth: 'plan-reader', request: none, response: ok(VersionSchema) },
  restoreVersion: { method: 'POST', path: '/api/plans/:planId/versions/:versionId/restore', auth: 'plan-editor', request: none, response: ok(RestoreVersionResponseSchema) },
  /** 解锁: the owner lifts a 签发稿's lock. */
  unlockPlan: { method: 'DELETE', path: '/api/plans/:planId/lock', auth: 'owner', request: none, response: ok(UnlockResponseSchema) },
  /** 修订稿: the difference between version `from` and version `to` (or the plan now) as tracked changes. */
  compareDocx: { method: 'GET', path: '/api/plans/:planId/compare.docx', auth: 'owner', query: ['from', 'to', ...EXPORT_QUERY_KEYS], request: none, response: binary(DOCX) },

  createInvite: { method: 'POST', path: '/api/plans/:planId/invites', auth: 'owner', request: json(CreateInviteRequestSchema), response: ok(CreateInviteResponseSchema, 201) },
  listInvites: { method: 'GET', path: '/api/plans/:planId/invites', auth: 'owner', request: none, response: ok(InviteListSchema) },
  /** 停止共享: every invite of the plan. */
  revokeAllInvites: { method: 'DELETE', path: '/api/plans/:planId/invites', auth: 'owner', request: none, response: ok(RevokeResponseSchema) },
  revokeInvite: { method: 'DELETE', path: '/api/plans/:planId/invites/:inviteId', auth: 'owner', request: none, response: ok(RevokeResponseSchema) },
  /** The invite as a QR code; ?kind=app encodes the planstudio:// link instead of the web link. */
  inviteQr: { method: 'GET', path: '/api/plans/:planId/invites/:inviteId/qr.svg', auth: 'owner', query: ['kind'], request: none, response: binary('image/svg+xml') },
  /** 征求意见: a department's answer (已反馈 / 无意见) to the plan's round, written into the plan doc for it. */
  roundAnswer: { method: 'POST', path: '/api/plans/:planId/round/answer', auth: 'plan-reader', request: json(RoundAnswerRequestSchema, 4096), response: ok(RoundAnswerResponseSchema) },
  /** 征求意见: the departments' 修订 and 批注 in the text collected into the round's opinions (owner or edit grant). */
  roundCollect: { method: 'POST', path: '/api/plans/:planId/round/collect', auth: 'plan-editor', request: none, response: ok(RoundCollectResponseSchema) },
  /** The 征求意见采纳情况表 of the round (GB/T 9704 table), or as a spreadsheet. */
  adoptionDocx: { method: 'GET', path: '/api/plans/:planId/round/adoption.docx', auth: 'owner', request: none, response: binary(DOCX) },
  adoptionXlsx: { method: 'GET', path: '/api/plans/:planId/round/adoption.xlsx', auth: 'owner', request: none, response: binary(XLSX) },
  /** No token: the code is the secret (rate-limited per address). */
  resolveInvite: { method: 'POST', path: '/api/invites/resolve', auth: 'none', request: json(ResolveInviteRequestSchema, 4096), response: ok(ResolveInviteResponseSchema) },
} as const satisfies Record<string, ApiRoute>;

export type RouteName = keyof typeof ApiRoutes;

/** The `:name` params of a path template, as a type. */
type ParamNames<P extends string> = P extends `${string}:${infer N}/${infer Rest}` ? N | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer N}` ? N : never;
export type RouteParams<N extends RouteName> = { [K in ParamNames<(typeof ApiRoutes)[N]['path']>]: string };
type JsonRequestOf<R> = R extends { request: { kind: 'json'; schema: infer S extends z.ZodType } } ? S : never;
/** What a client sends (zod input) and what a handler receives (decoded, or the zod output) as a JSON body. */
export type RouteRequestBody<N extends RouteName> = z.input<JsonRequestOf<(typeof ApiRoutes)[N]>>;
export type RouteRequestValue<N extends RouteName> = (typeof ApiRoutes)[N]['request'] extends { decode: (raw: unknown) => Result<infer T> } ? T
  : z.output<JsonRequestOf<(typeof ApiRoutes)[N]>>;
/** What a JSON route answers: the server's value (zod input), the client's validated value (output). */
export type RouteResponseBody<N extends RouteName> = (typeof ApiRoutes)[N]['response'] extends { kind: 'json'; schema: infer S extends z.ZodType } ? z.input<S> : never;
export type RouteResponseValue<N extends RouteName> = (typeof ApiRoutes)[N]['response'] extends { kind: 'json'; schema: infer S extends z.ZodType } ? z.output<S> : Uint8Array;

/** The path of a route with its params filled in (each URL-encoded). */
export function apiPath<N extends RouteName>(name: N, params: RouteParams<N>): string {
  const values = params as Record<string, string>;
  return ApiRoutes[name].path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`route ${name}: missing param ${key}`);
    return encodeURIComponent(v);
  });
}

/** The params of `pathname` if it is this route's path (URL-decoded), else null; a malformed escape is a 400. */
export function matchApiPath(route: ApiRoute, pathname: string): Record<string, string> | null {
  const want = route.path.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w.startsWith(':')) {
      if (got[i] === '') return null;
      try {
        params[w.slice(1)] = decodeURIComponent(got[i]!);
      } catch {
        throw new UserFacingError(400, { code: 'bad-url', message: '请求地址中的编码不正确。', detail: `malformed escape in ${pathname}` });
      }
    } else if (w !== got[i]) return null;
  }
  return params;
}
