/**
 * Soon, in an idle period: after a frame, when no input waits (at most `timeout` ms later); a plain task
 * where requestIdleCallback is missing. Returns cancel. Work moved off the keystroke's path goes here.
 */
export function whenIdle(run: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
