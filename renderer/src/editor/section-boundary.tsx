import { Component, useMemo, useState, useSyncExternalStore, type ErrorInfo, type ReactNode } from 'react';
import { bodyShapeProblem, resetBody } from '../../../main/common/collab/reset-body';
import type { BodyConnection } from './collab/body-connection';

interface BoundaryProps {
  bodyId: string;
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

/** Catches what one section editor throws (render, layout effects: slate-yjs connect) so the rest of the plan stays open. */
class SectionErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`section ${this.props.bodyId} cannot be shown`, error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/** Throws (to the boundary) when the body holds what no body of ours can: mounting Slate on it would overflow the stack. */
function ShapeChecked({ conn, bodyId, children }: { conn: BodyConnection; bodyId: string; children: ReactNode }) {
  const problem = useMemo(() => bodyShapeProblem(conn.root.doc!), [conn]);
  if (problem) throw new Error(`body ${bodyId} cannot be shown: ${problem}`);
  return <>{children}</>;
}

/**
 * One section editor behind an error boundary: a body that cannot be shown (damaged or hostile data
 * stored before the server checked updates, or a binding error) shows 此章节内容无法显示 instead of
 * blanking the page, and a writer can reset it from what a tolerant read recovers (resetBody: Yjs
 * changes, so co-editors converge). docs/coediting.md "Limits".
 */
export function GuardedSection({ conn, bodyId, children }: { conn: BodyConnection; bodyId: string; children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const readOnly = useSyncExternalStore(conn.subscribeAccess, () => conn.readOnly);
  const [resetting, setResetting] = useState(false);
  const reset = () => {
    setResetting(true);
    // After the button has painted its state: a deep body takes a moment to take apart.
    setTimeout(() => {
      try {
        resetBody(conn.root.doc!);
      } finally {
        setResetting(false);
        setGeneration((g) => g + 1);
      }
    }, 0);
  };
  return (
    <SectionErrorBoundary
      key={generation}
      bodyId={bodyId}
      fallback={() => (
        <div className="section-broken" role="alert" data-body-id={bodyId}>
          <p>此章节内容无法显示（内容结构已损坏或不符合计划格式）。计划的其他部分不受影响。</p>
          {readOnly
            ? <p className="muted">请联系计划的编辑者重置此章节。</p>
            : (
              <p>
                <button type="button" onClick={reset} disabled={resetting}>{resetting ? '正在重置…' : '重置此章节内容'}</button>
                <span className="muted"> 保留能读出的文字（按段落），删除无法显示的结构；协作者会同步看到结果。</span>
              </p>
            )}
        </div>
      )}
    >
      <ShapeChecked conn={conn} bodyId={bodyId}>{children}</ShapeChecked>
    </SectionErrorBoundary>
  );
}
