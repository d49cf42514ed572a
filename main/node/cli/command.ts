/** A CLI command: parses its own arguments, prints Chinese messages for users, returns an exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** `--key value`, `--key=value`, `-o value`, and bare `--flag`. */
export function parseArgs(args: string[], valueFlags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--') && a.includes('=')) {
      const [k, ...v] = a.slice(2).split('=');
      flags.set(k!, v.join('='));
    } else if (a.startsWith('-') && a.length > 1) {
      const key = a.replace(/^--?/, '');
      if (valueFlags.includes(key)) {
        const value = args[i + 1];
        if (value === undefined) throw new Error(`选项 ${a} 需要一个值`);
        flags.set(key, value);
        i++;
      } else flags.set(key, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

export function stringFlag(p: ParsedArgs, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = p.flags.get(n);
    if (typeof v === 'string') return v;
  }
  return undefined;
}
