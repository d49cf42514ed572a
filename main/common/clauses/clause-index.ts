import { clauseText, type Clause } from './clause';
import { normalizeForSearch, queryTerms, tokens } from './cjk-tokens';

export interface ClauseHit {
  clause: Clause;
  score: number;
}

/**
 * An inverted index of clauses on CJK bigrams (cjk-tokens.ts). A clause matches when it holds at least
 * three quarters of the query's distinct tokens (all of them for a query of one or two); the score is
 * the share of tokens held, plus a bonus per query term found whole (a phrase), plus a little for a
 * term in the run-in title or the units. No corpus statistics go in, so scores of several indexes (the
 * seeds and templates, each plan) compare and merge.
 */
export class ClauseIndex {
  private readonly postings = new Map<string, Uint32Array>();
  private readonly texts: string[];
  private readonly leads: string[];
  private readonly units: string[];

  constructor(readonly clauses: readonly Clause[]) {
    this.texts = clauses.map((c) => normalizeForSearch(clauseText(c)));
    this.leads = clauses.map((c) => normalizeForSearch(c.lead));
    this.units = clauses.map((c) => normalizeForSearch([...c.leadUnits, ...c.supportUnits].join('、')));
    const lists = new Map<string, number[]>();
    clauses.forEach((c, i) => {
      const seen = new Set(tokens(`${clauseText(c)} ${this.units[i]}`));
      for (const t of seen) {
        const list = lists.get(t);
        if (list) list.push(i);
        else lists.set(t, [i]);
      }
    });
    for (const [t, list] of lists) this.postings.set(t, Uint32Array.from(list));
  }

  get size(): number {
    return this.clauses.length;
  }

  search(query: string, limit = 20): ClauseHit[] {
    const terms = queryTerms(query);
    const qTokens = [...new Set(terms.flatMap((t) => tokens(t)))];
    if (qTokens.length === 0) return [];
    const need = qTokens.length <= 2 ? qTokens.length : Math.ceil(qTokens.length * 0.75);
    const counts = new Uint16Array(this.clauses.length);
    const candidates: number[] = [];
    for (const t of qTokens) {
      const list = this.postings.get(t);
      if (!list) continue;
      for (const i of list) if (++counts[i] === need) candidates.push(i);
    }
    const hits: ClauseHit[] = [];
    for (const i of candidates) {
      let score = counts[i]! / qTokens.length;
      for (const term of terms) {
        if (this.texts[i]!.includes(term)) score += 1 / terms.length;
        if (this.leads[i]!.includes(term)) score += 0.2 / terms.length;
        if (this.units[i]!.includes(term)) score += 0.1 / terms.length;
      }
      // A measure is what the library is for; a long paragraph matches by accident more often.
      if (this.clauses[i]!.kind === 'item') score += 0.05;
      score -= Math.min(this.texts[i]!.length, 2000) / 200000;
      hits.push({ clause: this.clauses[i]!, score });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }
}

/** Results of several indexes as one list, best first; a clause text seen twice (a plan made from a template) once. */
export function mergeHits(lists: readonly ClauseHit[][], limit: number): ClauseHit[] {
  const all = lists.flat().sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const out: ClauseHit[] = [];
  for (const h of all) {
    const key = clauseText(h.clause).replace(/\s+/g, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
    if (out.length >= limit) break;
  }
  return out;
}
