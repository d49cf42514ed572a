import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiRoutes, apiPath, matchApiPath, type ApiRoute, type RouteName } from '../../../main/common/api/api-routes';
import { UserFacingError } from '../../../main/common/errors';
import { handlers } from '../../../main/node/server/routes/index';

const ROOT = path.resolve(__dirname, '../../..');
const names = Object.keys(ApiRoutes) as RouteName[];
const routes = names.map((name) => [name, ApiRoutes[name] as ApiRoute] as const);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) ? [p] : [];
  });
}
const rel = (p: string) => path.relative(ROOT, p);
const read = (p: string) => readFileSync(p, 'utf8');

describe('the HTTP route table (main/common/api/api-routes.ts)', () => {
  it('every route has a contract: a method, a path under /api/, who may call it, request and response', () => {
    for (const [name, r] of routes) {
      expect(['GET', 'POST', 'DELETE'], name).toContain(r.method);
      expect(r.path, name).toMatch(/^\/api\/[a-z0-9.:/-]*[a-z0-9]$/i);
      expect(['none', 'owner', 'plan-reader', 'plan-editor'], name).toContain(r.auth);
      if (r.auth === 'plan-reader' || r.auth === 'plan-editor') expect(r.path, `${name} names its plan`).toContain(':planId');
      if (r.request.kind === 'json') expect(typeof r.request.schema.safeParse, name).toBe('function');
      if (r.request.kind !== 'none') expect(r.method, `${name} carries a body`).toBe('POST');
      if (r.response.kind === 'json') expect(typeof r.response.schema.safeParse, name).toBe('function');
      else expect(r.response.mime, name).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    }
  });

  it('no two routes answer the same request', () => {
    for (const [a, ra] of routes) {
      const sample = apiPath(a, Object.fromEntries([...ra.path.matchAll(/:([A-Za-z]+)/g)].map((m) => [m[1], 'x1'])) as never);
      const also = routes.filter(([b, rb]) => b !== a && rb.method === ra.method && matchApiPath(rb, sample));
      expect(also.map(([b]) => b), `${ra.method} ${sample}`).toEqual([]);
    }
  });

  it('paths are built and matched from the same template; params round-trip, escaped', () => {
    for (const [name, r] of routes) {
      const keys = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
      const params = Object.fromEntries(keys.map((k, i) => [k, `计划 ${i}/?#%`]));
      const built = apiPath(name, params as never);
      expect(built, name).not.toMatch(/[ ?#]/);
      expect(matchApiPath(r, built), name).toEqual(params);
      expect(matchApiPath(r, `${built}/extra`), name).toBeNull();
    }
    expect(() => matchApiPath(ApiRoutes.getPlan, '/api/plans/%E0%A4%A')).toThrow(UserFacingError);
  });

  it('the server has a handler for every route and none for a route not in the table', () => {
    expect(Object.keys(handlers).sort()).toEqual([...names].sort());
    for (const name of names) expect(typeof handlers[name], name).toBe('function');
  });

  it('the server routes come from the table: no route regex or /api/ path written in main/node/server', () => {
    for (const file of sources(path.join(ROOT, 'main/node/server'))) {
      const text = read(file);
      // ('/api/' alone is the prefix that separates the API from the static UI.)
      expect(text, rel(file)).not.toMatch(/['"`]\/api\/[A-Za-z:]/);
      expect(text, rel(file)).not.toMatch(/\\\/api\\\//);
      expect(text, rel(file)).not.toMatch(/pattern:\s*\//);
    }
  });

  it('the renderer calls the API only through ApiClient: one fetch, no /api/ path of its own', () => {
    const files = sources(path.join(ROOT, 'renderer/src'));
    const withFetch = files.filter((f) => /\bfetch\(/.test(read(f))).map(rel);
    expect(withFetch).toEqual(['renderer/src/api/api-client.ts']);
    for (const file of files) expect(read(file), rel(file)).not.toMatch(/['"`]\/api\//);
  });

  it('every route the renderer needs is called by name, and every name it calls is a route', () => {
    const text = sources(path.join(ROOT, 'renderer/src')).map(read).join('\n');
    const called = new Set([...text.matchAll(/\.(?:call|url)\('([A-Za-z]+)'/g)].map((m) => m[1]!));
    for (const c of called) expect(names, c).toContain(c);
    // Server-only: info (the CLI's server check and tests); checkPlan (公文体检 for scripts and other tools:
    // the editor checks its live plan itself, renderer/src/editor/checks/check-store.ts).
    const unused = names.filter((n) => !called.has(n) && !new RegExp(`'${n}'`).test(text));
    expect(unused).toEqual(['info', 'checkPlan']);
  });

  it('every contract schema in main/common/api is used (by the table or another schema)', () => {
    const api = sources(path.join(ROOT, 'main/common/api'));
    const all = [...sources(path.join(ROOT, 'main')), ...sources(path.join(ROOT, 'renderer/src'))].map(read).join('\n');
    for (const file of api) {
      for (const m of read(file).matchAll(/export const ([A-Za-z]+Schema)\b/g)) {
        const uses = all.match(new RegExp(`\\b${m[1]}\\b`, 'g'))?.length ?? 0;
        expect(uses, `${m[1]} (${rel(file)})`).toBeGreaterThan(1);
      }
    }
  });
});
