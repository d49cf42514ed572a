import type { BuildContext } from '../build-context';

/** Height of the 版心 on a page of this orientation (twips): what one page of flow holds. */
export function textHeight(ctx: BuildContext, orientation: 'portrait' | 'landscape'): number {
  const s = ctx.style;
  if (orientation === 'landscape') return s.page.width - s.page.landscapeMargins.top - s.page.landscapeMargins.bottom;
  return s.page.height - ctx.geometry.top - ctx.geometry.bottom;
}
