import { ApiRoutes } from '../../../common/api/api-routes';
import { composeTrackedDocx } from '../../../common/docx/compare/compose-tracked-docx';
import { exportOptionsFor } from '../../../common/docx/export-options';
import { UserFacingError } from '../../../common/errors';
import { fileNameFor } from '../../../common/file-name';
import { packDocx } from '../../docx/pack-docx';
import type { RouteContext, RouteHandlers } from '../router';

/** Who is saving: the name the editor sends (its user name) and the token's role; readers never get here. */
async function saverOf({ body, services, token, origin }: RouteContext<'saveVersion'>) {
  const owner = services.auth.isOwner(token, origin);
  const author = body.author?.trim() || (owner ? '计划所有者' : '协作者');
  return { author, role: owner ? 'owner' as const : 'edit' as const };
}

const ALLOWED = new Set<string>(['token', ...ApiRoutes.compareDocx.query]);

/** ?from=<version>&to=<version|absent: now>, plus the export options of export.docx. */
async function comparePlans({ url, params, services }: RouteContext<'compareDocx'>) {
  const query: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (!ALLOWED.has(key)) throw new UserFacingError(400, { code: 'export.options', message: `未知的导出选项：${key}`, detail: `unknown compare query parameter ${key}` });
    if (key === 'token' || key === 'from' || key === 'to') continue;
    query[key] = key === 'lineMode' ? value : value === '1' || value === 'true';
  }
  const from = url.searchParams.get('from');
  if (!from) throw new UserFacingError(400, { code: 'compare.from', message: '请选择要比较的旧版本。', detail: 'compare.docx without ?from=' });
  const older = await services.versions.get(params.planId, from);
  const to = url.searchParams.get('to');
  const newer = to ? await services.versions.get(params.planId, to) : null;
  const plan = newer ? newer.plan : await services.plans.get(params.planId);
  const template = plan.meta.templateId ? services.plans.templates.get(plan.meta.templateId) : undefined;
  const options = exportOptionsFor(plan, template?.exportDefaults, query);
  if (!options.ok) throw new UserFacingError(400, options.error);
  // Who made the changes is known when the newer side is a version (its saver); the plan now: 修订.
  return { older, plan, options: options.value, author: newer?.author, date: newer?.createdAt ?? new Date().toISOString(), label: `${older.name}→${newer?.name ?? '当前'}` };
}

export const versionHandlers: RouteHandlers<'listVersions' | 'saveVersion' | 'getVersion' | 'restoreVersion' | 'unlockPlan' | 'compareDocx'> = {
  listVersions: async ({ params, services, token, origin }) => {
    const owner = services.auth.isOwner(token, origin);
    const canEdit = owner || (await services.auth.canEditPlan?.(token, params.planId, origin)) === true;
    return { ...(await services.versions.list(params.planId)), you: { canEdit, owner } };
  },
  saveVersion: async (ctx) => ctx.services.versions.save(ctx.params.planId, ctx.body.name, await saverOf(ctx)),
  getVersion: async ({ params, services }) => services.versions.get(params.planId, params.versionId),
  restoreVersion: async ({ params, services }) => ({ changedDocuments: await services.versions.restore(params.planId, params.versionId) }),
  unlockPlan: async ({ params, services }) => ({ unlocked: await services.versions.unlock(params.planId) }),
  compareDocx: async (ctx) => {
    const { older, plan, options, author, date, label } = await comparePlans(ctx);
    const { document } = composeTrackedDocx(older.plan, plan, options, { author, date });
    const bytes = await packDocx(document);
    ctx.services.log.info(`exported the changes ${older.id} → ${ctx.url.searchParams.get('to') ?? 'now'} of plan ${ctx.params.planId} as tracked changes (${bytes.length} bytes)`);
    const name = fileNameFor(plan.meta.title, 'plan', `（修订稿 ${label}）.docx`);
    ctx.res.writeHead(200, {
      'Content-Type': ApiRoutes.compareDocx.response.mime,
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="changes.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    });
    ctx.res.end(bytes);
  },
};
