import { AlignmentType } from 'docx';
import { chineseDate } from '../../model/chinese-date';
import type { PlanMeta } from '../../model/meta';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { bodyIndent, bodyRun, flowParagraph } from '../flow-paragraph';
import { renderedEm, textEm as em } from '../layout/char-width';

/** Width of one body 字 in twips (16 pt condensed to the body scale). */
const zi = (ctx: BuildContext) => (ctx.style.sizes.body / 2) * 20 * (ctx.style.body.scale / 100);

/**
 * 附件说明 [Std 7.3.4]: one blank line below the body, 左空二字, `附件：1.××` with later names aligned
 * under the first; no punctuation after a name. Kept together and with the body's last paragraph
 * (withAttachmentNote), so it never stands alone at the top of a page.
 */
export function attachmentNote(titles: readonly string[], ctx: BuildContext): Flow[] {
  if (titles.length === 0) return [];
  const z = zi(ctx);
  const multi = titles.length > 1;
  const out: Flow[] = [keptBlankLine(ctx)];
  titles.forEach((title, i) => {
    const num = multi ? `${i + 1}.` : '';
    const nameStart = (2 + 3 + em(num)) * z; // 左空二字 + 附件： + number
    out.push(flowParagraph(ctx, {
      style: StyleIds.body,
      indent: { left: Math.round(nameStart), hanging: Math.round((i === 0 ? 3 + em(num) : em(num)) * z), firstLineChars: 0 },
      keepNext: i < titles.length - 1,
      runs: [bodyRun(ctx, `${i === 0 ? '附件：' : ''}${num}${title.replace(/[。，；、．.]+$/, '')}`)],
    }));
  });
  return out;
}

/** The body followed by its 附件说明, the body's last paragraph kept with it. */
export function withAttachmentNote(body: Flow[], titles: readonly string[], ctx: BuildContext): Flow[] {
  const note = attachmentNote(titles, ctx);
  return note.length ? [...keepLastWithNext(body, ctx), ...note] : body;
}

/** The blank line before the 落款, kept with it. */
function keptBlankLine(ctx: BuildContext): Flow {
  return flowParagraph(ctx, { style: StyleIds.body, keepNext: true, runs: [bodyRun(ctx, '')] });
}

/**
 * Keep the last paragraph of `flows` with what follows: the 落款 must not stand alone on a page
 * [Std 7.3.5.5], nor the 版记 [Std 7.4.1].
 */
export function keepLastWithNext(flows: Flow[], ctx: BuildContext): Flow[] {
  const last = flows[flows.length - 1];
  if (!last?.spec || last.spec.keepNext) return flows;
  return [...flows.slice(0, -1), flowParagraph(ctx, { ...last.spec, keepNext: true })];
}

/** 落款 (sealed or not, per the export options) and 附注. */
export function signatureBlock(meta: Pick<PlanMeta, 'signature' | 'issuer' | 'date' | 'note'>, ctx: BuildContext): Flow[] {
  return [...(ctx.options.sealed ? sealedSignature(meta, ctx) : unsealedSignature(meta, ctx)), ...noteBlock(meta, ctx)];
}

/** 加盖印章 [Std 7.3.5.1]: 成文日期 右空四字, 署名 centred over the date (by its width). */
function sealedSignature(meta: Pick<PlanMeta, 'signature' | 'issuer' | 'date'>, ctx: BuildContext): Flow[] {
  const signature = (meta.signature || meta.issuer).trim();
  const date = meta.date ? chineseDate(meta.date) : '';
  if (!signature && !date) return [];
  const z = zi(ctx);
  const right = (chars: number) => ({ right: Math.round(chars * z), firstLine: 0, firstLineChars: 0 });
  const dateRight = 4;
  const signRight = Math.max(0, dateRight + (renderedEm(date) - renderedEm(signature)) / 2);
  return [
    keptBlankLine(ctx),
    ...(signature ? [flowParagraph(ctx, { style: StyleIds.body, alignment: AlignmentType.RIGHT, indent: right(signRight), keepNext: Boolean(date), runs: [bodyRun(ctx, signature)] })] : []),
    ...(date ? [flowParagraph(ctx, { style: StyleIds.body, alignment: AlignmentType.RIGHT, indent: right(dateRight), runs: [bodyRun(ctx, date)] })] : []),
  ];
}

/**
 * 落款 without a seal [Std 7.3.5.2]: one blank line below, 署名 右空二字; the date on the next line, its
 * first character two 字 right of the 署名's; a longer date goes 右空二字 and pushes the 署名 left.
 */
function unsealedSignature(meta: Pick<PlanMeta, 'signature' | 'issuer' | 'date'>, ctx: BuildContext): Flow[] {
  const signature = (meta.signature || meta.issuer).trim();
  const date = meta.date ? chineseDate(meta.date) : '';
  const out: Flow[] = [];
  if (signature || date) {
    const z = zi(ctx);
    // Rendered widths: 2025年3月6日 is 1 字 wider than its advances (autospace at five script changes);
    // without it the date started 1 字, not 2, right of the 署名 (measured in LibreOffice, issue #12).
    const s = renderedEm(signature);
    const d = renderedEm(date);
    const dateRight = signature ? Math.max(2, s - d) : 2;
    const signRight = Math.max(2, dateRight + d + 2 - s);
    const right = (chars: number) => ({ right: Math.round(chars * z), firstLine: 0, firstLineChars: 0 });
    out.push(keptBlankLine(ctx));
    // Kept with the date only: without a 成文日期 (a draft) the 署名 ends the 落款, and a keep with
    // whatever follows (the plan after its 印发通知, the 版记 page) would move it for nothing.
    if (signature) out.push(flowParagraph(ctx, { style: StyleIds.body, alignment: AlignmentType.RIGHT, indent: right(signRight), keepNext: Boolean(date), runs: [bodyRun(ctx, signature)] }));
    if (date) out.push(flowParagraph(ctx, { style: StyleIds.body, alignment: AlignmentType.RIGHT, indent: right(dateRight), runs: [bodyRun(ctx, date)] }));
  }
  return out;
}

/** 附注 [Std 7.3.6]: in （）, 左空二字, on the line below the 成文日期. */
function noteBlock(meta: Pick<PlanMeta, 'note'>, ctx: BuildContext): Flow[] {
  const note = meta.note?.trim();
  if (!note) return [];
  const wrapped = /^[（(]/.test(note) ? note.replace(/^\(/, '（').replace(/\)$/, '）') : `（${note}）`;
  return [flowParagraph(ctx, { style: StyleIds.body, indent: bodyIndent(ctx), runs: [bodyRun(ctx, wrapped)] })];
}
