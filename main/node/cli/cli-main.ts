// The CLI's entry. Run from source with tsx, or built into one file (scripts/build-cli.mjs →
// out/cli/plan-studio.cjs, the `plan-studio` bin; `npm run cli` builds it when stale and runs it).
import { commands } from './commands/index';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    console.log('计划编制助手 命令行\n\n用法：npm run cli -- <命令> [参数]\n');
    for (const c of commands) console.log(`  ${c.name.padEnd(8)} ${c.summary}\n           ${c.usage}`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  try {
    const command = await entry.load();
    return await command.run(rest);
  } catch (e) {
    console.error(`出错了：${(e as Error).message}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
