import { Paragraph, type Table } from 'docx';
import type { BuildContext, Flow } from '../build-context';
import { flowXml } from './flow-xml';

// The document body written without docx's object model for most of it. docx still compiles the package (styles,
// footers and their relationships, section properties), but from a shell: each run of flows whose XML is written
// directly (flow-xml.ts) stands there as one placeholder paragraph, replaced in word/document.xml afterwards by
// that XML. The last child of a section always stays a docx object: docx writes the section's properties into
// it (or into a paragraph after a table), which the placeholder could not carry.

/** The placeholder's text; a private-use character keeps it apart from anything a plan says. */
const marker = (i: number) => `\uE000plan-studio-body-${i}\uE000`;
/** The whole placeholder paragraph as docx writes it (no pPr: plan paragraphs always have one). */
const placeholderXml = (i: number) => `<w:p><w:r><w:t xml:space="preserve">${marker(i)}</w:t></w:r></w:p>`;

/**
 * A section's children (flows, then the 版记 frames) for the shell; `bodies` collects the XML of each
 * placeholder, numbered across the document.
 */
export function shellChildren(flows: readonly Flow[], ctx: BuildContext, bodies: string[]): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [];
  let pending = '';
  const flush = () => {
    if (!pending) return;
    children.push(new Paragraph({ text: marker(bodies.length) }));
    bodies.push(pending);
    pending = '';
  };
  flows.forEach((flow, i) => {
    const xml = i < flows.length - 1 ? flowXml(flow, ctx) : undefined;
    if (xml === undefined) {
      flush();
      children.push(flow.node);
    } else {
      pending += xml;
    }
  });
  flush();
  return children;
}

/**
 * word/document.xml of the shell with each placeholder replaced by its XML; undefined if a placeholder is not
 * found exactly once as docx wrote it (then the caller packs the full document instead).
 */
export function fillShell(shellXml: string, bodies: readonly string[]): string | undefined {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < bodies.length; i++) {
    const placeholder = placeholderXml(i);
    const at = shellXml.indexOf(placeholder, from);
    if (at < 0 || shellXml.indexOf(placeholder, at + placeholder.length) >= 0) return undefined;
    parts.push(shellXml.slice(from, at), bodies[i]!);
    from = at + placeholder.length;
  }
  parts.push(shellXml.slice(from));
  return parts.join('');
}
