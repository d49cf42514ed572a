import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { PageModelSchema } from '../../../main/common/api/export-contract';
import type { Face } from '../../../main/common/docx/gbt9704-style';
import { ApiError, type ApiClient } from '../api/api-client';

type Model = z.output<typeof PageModelSchema>;
type Page = Model['pages'][number];
type Line = Page['lines'][number];

/** The fonts the page model names, then the free faces the PDF falls back to, then the browser's. */
const FONT_FAMILY: Record<Face, string> = {
  fangsong: '"仿宋_GB2312", 仿宋, FangSong, FandolFang, "Noto Serif CJK SC", serif',
  kaiti: '"楷体_GB2312", 楷体, KaiTi, FandolKai, "Noto Serif CJK SC", serif',
  heiti: '黑体, SimHei, FandolHei, "Noto Sans CJK SC", sans-serif',
  songti: '宋体, SimSun, FandolSong, "Noto Serif CJK SC", serif',
  xiaobiaosong: '"方正小标宋简体", "方正小标宋_GBK", "Noto Serif CJK SC", serif',
  latin: '"Times New Roman", "Liberation Serif", serif',
};

/** One line: each character at the position the model gives it (SVG x lists), so breaks and justification are the PDF's. */
function PageLine({ line }: { line: Line }) {
  return (
    <g transform={`translate(${line.x} ${line.y})${line.rotate ? ` rotate(${line.rotate})` : ''}`}>
      {line.runs.map((run, i) => {
        const k = run.scale / 100;
        const xs: number[] = [];
        let at = run.dx;
        for (const a of run.advances) {
          xs.push(at / k);
          at += a;
        }
        return (
          <text key={i} x={xs.map((x) => x.toFixed(2)).join(' ')} y={0} fontFamily={FONT_FAMILY[run.face]} fontSize={run.sizePt}
            fontWeight={run.bold || run.face === 'xiaobiaosong' ? 700 : 400} fill={`#${run.color}`} transform={k !== 1 ? `scale(${k} 1)` : undefined}>
            {run.text}
          </text>
        );
      })}
    </g>
  );
}

/** A page as an SVG in points: the paper, the rules (红线, 版记, table borders), the lines and the page number. */
export function PageView({ page }: { page: Page }) {
  return (
    <svg className="preview-page" viewBox={`0 0 ${page.widthPt} ${page.heightPt}`} role="img" aria-label={`第 ${page.number} 页`} data-page={page.number}>
      <rect x={0} y={0} width={page.widthPt} height={page.heightPt} fill="#fff" />
      {page.rules.map((r, i) => <line key={i} x1={r.x0} y1={r.y0} x2={r.x1} y2={r.y1} stroke={`#${r.color}`} strokeWidth={r.width} />)}
      {page.lines.map((l, i) => <PageLine key={i} line={l} />)}
      {page.pageNumber && <PageLine line={page.pageNumber} />}
    </svg>
  );
}

/**
 * 打印预览: the pages the PDF prints, drawn from the same page model (GET export-pages) as SVG, one at a
 * time with page navigation. Drawn rather than shown as the PDF in an <iframe>: Chromium's PDF viewer is
 * a plugin that headless Chromium and Electron (without `plugins: true`) do not show, while SVG draws
 * the same in both and its text can be read by tests and screen readers.
 */
export function PrintPreview(props: { api: ApiClient; planId: string; query: string; onClose: () => void }) {
  const [model, setModel] = useState<Model | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    let live = true;
    props.api.exportPages(props.planId, new URLSearchParams(props.query)).then(
      (m) => live && setModel(m),
      (e: unknown) => live && setError(e instanceof ApiError ? e.userMessage : '无法生成打印预览。'),
    );
    return () => {
      live = false;
    };
  }, [props.api, props.planId, props.query]);
  const count = model?.pages.length ?? 0;
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(count - 1, to))), [count]);
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === 'PageDown') go(index + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(index - 1);
    else if (e.key === 'Escape') props.onClose();
  };
  const page = model?.pages[index];
  return (
    <div className="dialog-backdrop preview-backdrop">
      <div className="dialog print-preview" role="dialog" aria-modal="true" aria-label="打印预览" tabIndex={-1} onKeyDown={onKey}>
        <div className="preview-bar">
          <h2>打印预览</h2>
          <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>上一页</button>
          <span className="preview-position" aria-live="polite">{count ? `第 ${index + 1} / ${count} 页` : ''}</span>
          <button type="button" disabled={index >= count - 1} onClick={() => go(index + 1)}>下一页</button>
          <span className="spacer" />
          <button type="button" onClick={props.onClose}>关闭预览</button>
        </div>
        <div className="preview-stage">
          {page ? <PageView page={page} /> : <p role={error ? 'alert' : 'status'} className={error ? 'error-text' : undefined}>{error ?? '正在排版…'}</p>}
        </div>
      </div>
    </div>
  );
}
