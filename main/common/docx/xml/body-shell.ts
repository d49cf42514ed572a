import { Paragraph, Table, TableCell, TableRow } from 'docx';
import type { BuildContext, Flow } from '../build-context';
import { flowXml } from './flow-xml';

// The document body written without docx's object model for most of it. docx still compiles the package (styles,
// footers and their relationships, section properties), but from a shell: each run of flows whose XML is written
// directly (flow-xml.ts) stands there as one placeholder paragraph, replaced in word/document.xml afterwards by
// that XML. A section's last paragraph stays a docx object: docx writes the section's properties into it. A
// section ending with a table (the 任务分解表) ends with a placeholder table instead: after a table docx adds a
// paragraph of its own for the section's properties, as it would after the real one.

/** The placeholder's text; a private-use character keeps it apart from anything a plan says. */
const marker = (i: number) => `\uE000plan-studio-body-${i}\uE000`;
/** The whole placeholder paragraph as docx writes it (no pPr: plan paragraphs always have one). */
const placeholderParagraph = (i: number) => `<w:p><w:r><w:t xml:space="preserve">${marker(i)}</w:t></w:r></w:p>`;

/** XML written directly, and what stands in its place in the shell. */
export interface ShellBody {
  xml: string;
  in: 'paragraph' | 'table';
}

function placeholderTable(i: number): Table {
  return new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph({ text: marker(i) })] })] })] });
}

/**
 * A section's children (flows, then the 版记 frames) for the shell; `bodies` collects the XML of each
 * placeholder, numbered across the document.
 */
export function shellChildren(flows: readonly Flow[], ctx: BuildContext, bodies: ShellBody[]): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [];
  let pending = '';
  const flush = () => {
    if (!pending) return;
    children.push(new Paragraph({ text: marker(bodies.length) }));
    bodies.push({ xml: pending, in: 'paragraph' });
    pending = '';
  };
  flows.forEach((flow, i) => {
    const last = i === flows.length - 1;
    const xml = !last || flow.table ? flowXml(flow, ctx) : undefined;
    if (xml !== undefined && last) {
      flush();
      children.push(placeholderTable(bodies.length));
      bodies.push({ xml, in: 'table' });
    } else if (xml === undefined) {
      flush();
      children.push(flow.node);
    } else {
      pending += xml;
    }
  });
  flush();
  return children;
}

/** Where placeholder `i` is in the shell's XML: the paragraph, or the table around the marker. */
function placeholderAt(shellXml: string, i: number, body: ShellBody, from: number): { start: number; end: number } | undefined {
  if (body.in === 'paragraph') {
    const p = placeholderParagraph(i);
    const start = shellXml.indexOf(p, from);
    return start < 0 ? undefined : { start, end: start + p.length };
  }
  const at = shellXml.indexOf(marker(i), from);
  const start = at < 0 ? -1 : shellXml.lastIndexOf('<w:tbl>', at);
  const close = at < 0 ? -1 : shellXml.indexOf('</w:tbl>', at);
  return start < from || close < 0 ? undefined : { start, end: close + '</w:tbl>'.length };
}

/**
 * word/document.xml of the shell with each placeholder replaced by its XML; undefined if a placeholder is not
 * found exactly once as docx wrote it (then the caller packs the full document instead).
 */
export function fillShell(shellXml: string, bodies: readonly ShellBody[]): string | undefined {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i]!;
    const found = placeholderAt(shellXml, i, body, from);
    if (!found || shellXml.includes(marker(i), found.end)) return undefined;
    parts.push(shellXml.slice(from, found.start), body.xml);
    from = found.end;
  }
  parts.push(shellXml.slice(from));
  return parts.join('');
}
