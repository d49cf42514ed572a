import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder (package.json, templates/, seeds/), found from where this code runs:
 * main/node/ under tsx, out/cli/ or out/cli/commands/ in the built CLI (scripts/build-cli.mjs defines
 * import.meta.url there), out/main/ in the Electron build. Not the working directory: the `plan-studio` bin
 * can be started from anywhere.
 */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}
