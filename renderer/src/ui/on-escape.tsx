import { useEscape } from './use-escape';

/** For a dialog written inline: Esc runs `run` while this is mounted. */
export function OnEscape({ run }: { run: () => void }) {
  useEscape(run);
  return null;
}
