/** Logs are English, one line each; the UI shows Chinese messages from UserError instead. */
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export function createLogger(quiet = false): Logger & { lines: string[] } {
  const lines: string[] = [];
  const write = (level: string) => (msg: string) => {
    const line = `${new Date().toISOString()} ${level} ${msg}`;
    lines.push(line);
    if (lines.length > 1000) lines.shift();
    if (!quiet || level !== 'INFO') process.stderr.write(`${line}\n`);
  };
  return { info: write('INFO'), warn: write('WARN'), error: write('ERROR'), lines };
}
