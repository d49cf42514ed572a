import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { createSyncServer } from '../server/create-sync-server';
import { defaultTemplatesDir, TemplateLibrary } from '../templates/template-library';
import { parseArgs, stringFlag } from './command';

const USAGE = `用法：npm run server -- [--host 127.0.0.1] [--port 8080] [--data-dir ./data] [--token <令牌>] [--static-dir out/renderer]`;

async function main(): Promise<void> {
  const p = parseArgs(process.argv.slice(2), ['host', 'port', 'data-dir', 'token', 'static-dir', 'templates-dir']);
  if (p.flags.has('help')) {
    console.log(USAGE);
    return;
  }
  const host = stringFlag(p, 'host') ?? '127.0.0.1';
  const port = Number(stringFlag(p, 'port') ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${stringFlag(p, 'port')}`);
  const dataDir = path.resolve(stringFlag(p, 'data-dir') ?? './data');
  const token = stringFlag(p, 'token') ?? process.env['PLAN_STUDIO_TOKEN'] ?? randomBytes(18).toString('base64url');
  const staticDir = path.resolve(stringFlag(p, 'static-dir') ?? 'out/renderer');
  const templates = await TemplateLibrary.load(stringFlag(p, 'templates-dir') ?? defaultTemplatesDir());
  const server = await createSyncServer({
    host, port, dataDir, token, templates,
    staticDir: existsSync(staticDir) ? staticDir : null,
  });
  console.log(`计划编制助手服务已启动：${server.url}/?token=${encodeURIComponent(token)}`);
  console.log(`数据目录：${dataDir}`);
  const stop = async () => {
    console.log('正在保存并停止服务…');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`服务启动失败：${(e as Error).message}`);
  process.exit(1);
});
