import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeIssues } from '../../common/model/parse-plan';
import { TemplateSchema, type Template, type TemplateSummary } from '../../common/templates/template';
import { packageRoot } from '../package-root';

/** Templates are data files (`templates/*.template.json`), validated when loaded; a bad file is an error, not skipped. */
export class TemplateLibrary {
  private constructor(private readonly templates: Map<string, Template>) {}

  static async load(dir: string): Promise<TemplateLibrary> {
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.template.json')).sort();
    const map = new Map<string, Template>();
    for (const file of files) {
      const text = await fs.readFile(path.join(dir, file), 'utf8');
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new Error(`template ${file}: invalid JSON: ${(e as Error).message}`);
      }
      const parsed = TemplateSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`template ${file}: ${describeIssues(parsed.error).en}`);
      if (map.has(parsed.data.id)) throw new Error(`template ${file}: duplicate id ${parsed.data.id}`);
      map.set(parsed.data.id, parsed.data);
    }
    if (map.size === 0) throw new Error(`no templates found in ${dir}`);
    return new TemplateLibrary(map);
  }

  get(id: string): Template | undefined {
    return this.templates.get(id);
  }

  list(): TemplateSummary[] {
    return [...this.templates.values()].map((t) => ({
      id: t.id, version: t.version, name: t.name, description: t.description, kind: t.kind,
    }));
  }
}

/** The repository's templates/ folder, wherever the code runs from (tsx, bundle, packaged app). */
export function defaultTemplatesDir(): string {
  return process.env['PLAN_STUDIO_TEMPLATES'] ?? path.join(packageRoot(), 'templates');
}
