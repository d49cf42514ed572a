import { MAX_CLAUSE_QUERY, MAX_CLAUSE_RESULTS } from '../../../common/api/clauses-contract';
import { fail } from '../http-util';
import type { RouteHandlers } from '../router';

/** 条款库 search: the owner searches every plan; an invited colleague the plan of the invite (and seeds, templates). */
export const clauseHandlers: RouteHandlers<'searchClauses'> = {
  searchClauses: async ({ params, url, services, token, origin }) => {
    const q = (url.searchParams.get('q') ?? '').trim();
    if (!q) fail(400, 'clauses.empty-query', '请输入要搜索的词语。', 'empty clause query');
    if (q.length > MAX_CLAUSE_QUERY) fail(400, 'clauses.long-query', `搜索词过长（最多 ${MAX_CLAUSE_QUERY} 个字）。`, `clause query of ${q.length} chars`);
    const rawLimit = Number(url.searchParams.get('limit') ?? 20);
    const limit = Number.isInteger(rawLimit) && rawLimit > 0 ? Math.min(rawLimit, MAX_CLAUSE_RESULTS) : 20;
    const readable = services.auth.isOwner(token, origin) ? 'all' : [params.planId];
    const { hits, searched, tookMs } = await services.clauses.search(q, readable, limit);
    return { results: hits.map((h) => ({ clause: h.clause, score: h.score })), searched, tookMs };
  },
};
