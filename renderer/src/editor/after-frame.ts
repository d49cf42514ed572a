/**
 * Runs `run` in a task of its own after the next frame has been rendered (a timer set from the frame's
 * animation callback), for small work that must not delay the frame of the keystroke that caused it
 * nor wait for an idle period (a caret for co-editors). Returns cancel.
 */
export function afterFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
