import type { DocNumber } from './doc-number';

function partsOf(docNumber: string): { org: string; digits: string } | null {
  const m = /^(.+)〔(\d{4})〕(\d{1,4})号$/.exec(docNumber);
  return m ? { org: m[1]!, digits: `${m[2]}${m[3]}` } : null;
}

/** True when every character of `part` appears in `whole`, in order (characters lost, none changed). */
function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (const ch of whole) if (i < part.length && part[i] === ch) i++;
  return i === part.length;
}

/**
 * True when the body's 文号 is a damaged reading of the web page's whole one: "乐府发〔202315" under a
 * metadata field "乐府办发〔2023〕15号". A page's metadata block is typed into the site's form field by
 * field, while the body's 文号 line comes through a Word or PDF conversion that drops characters (the
 * bracket 〕, the 号, a character of the organ code). The body's number is only damaged when its year and
 * serial run together are the metadata's and its organ code is the metadata's with characters lost; a
 * body 文号 that names another number (a different serial, year or organ) is a different document's and
 * is left alone.
 */
export function isDamagedReadingOf(body: DocNumber, page: DocNumber): boolean {
  if (!body.damaged || page.damaged || !body.docNumber || !page.docNumber || body.docNumber === page.docNumber) return false;
  const b = partsOf(body.docNumber);
  const p = partsOf(page.docNumber);
  if (!b || !p || b.digits !== p.digits) return false;
  return b.org.length < p.org.length && isSubsequence(b.org, p.org);
}
