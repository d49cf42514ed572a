import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { createSyncServer } from '../server/create-sync-server';
import { importInviteFile } from '../server/invites/import-invite-file';
import { PostgresInviteStore } from '../server/invites/postgres-invite-store';
import { PostgresVersionStore } from '../store/postgres-version-store';
import { PostgresAttemptLimiter } from '../server/limits/postgres-attempt-limiter';
import { parseRedisAddress, pingRedis, redisExtension } from '../server/redis-link';
import { importLimitsFrom, LIMIT_FLAGS, limitEnvName, type LimitFlag } from '../import/import-limits';
import type { DocumentStore } from '../store/document-store';
import { PostgresStore, redact } from '../store/postgres-store';
import { defaultTemplatesDir, TemplateLibrary } from '../templates/template-library';
import { parseArgs, stringFlag } from './command';

const USAGE = `用法：npm run server -- [--host 127.0.0.1] [--port 8080] [--data-dir ./data] [--token <令牌>] [--static-dir out/renderer]
       [--database-url postgres://用户:密码@主机:5432/库名] [--redis 主机:6379] [--max-connections-per-address 64]
       [--max-document-mb 16] [--allowed-hosts 名称,名称]
  --database-url  文档、邀请和版本存入 PostgreSQL（也可用环境变量 PLAN_STUDIO_DATABASE_URL）；不给则存入数据目录
  --redis         多个服务实例通过 Redis 互通（各实例须共用同一个数据库）
  --max-connections-per-address  每个来源地址最多同时连接数（默认 64；经其他主机上的反向代理时请调大）
  --max-document-mb  单个文档（计划或一个章节）的大小上限，单位 MB（默认 16）
  --allowed-hosts    除 IP 地址、localhost 和本机名外，允许用来访问本服务的域名（逗号分隔；* 表示不限）
  导入上限（见 README“导入上限”）：--import-max-mb 32 --import-max-paragraphs 20000 --import-max-sections 1000
       --import-max-items 10000 --import-timeout-s 60 --import-memory-mb 1024（也可用环境变量 PLAN_STUDIO_IMPORT_MAX_MB 等）`;

async function main(): Promise<void> {
  const p = parseArgs(process.argv.slice(2), ['host', 'port', 'data-dir', 'token', 'static-dir', 'templates-dir', 'database-url', 'redis', 'max-connections-per-address',
    'max-document-mb', 'allowed-hosts', ...Object.keys(LIMIT_FLAGS)]);
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
  const databaseUrl = stringFlag(p, 'database-url') ?? process.env['PLAN_STUDIO_DATABASE_URL'];
  const store: DocumentStore | undefined = databaseUrl ? await PostgresStore.connect(databaseUrl) : undefined;
  // With a database every instance must see the same invites: they live there, not in the data dir.
  const invites = databaseUrl ? await PostgresInviteStore.connect(databaseUrl) : undefined;
  const imported = invites ? await importInviteFile(dataDir, invites) : null;
  // …and count wrong invite codes there too, or N instances would allow N times the guesses.
  const codeAttempts = databaseUrl ? await PostgresAttemptLimiter.connect(databaseUrl) : undefined;
  // Named versions and the 签发稿 lock: shared by every instance too.
  const versions = databaseUrl ? await PostgresVersionStore.connect(databaseUrl) : undefined;
  const redisSpec = stringFlag(p, 'redis');
  const redis = redisSpec ? parseRedisAddress(redisSpec) : null;
  if (redis) await pingRedis(redis);
  const maxConn = stringFlag(p, 'max-connections-per-address');
  if (maxConn !== undefined && !(Number.isInteger(Number(maxConn)) && Number(maxConn) > 0)) throw new Error(`连接数上限无效：${maxConn}`);
  const maxDocMb = stringFlag(p, 'max-document-mb');
  if (maxDocMb !== undefined && !(Number(maxDocMb) > 0)) throw new Error(`文档大小上限无效：${maxDocMb}`);
  const allowedHosts = stringFlag(p, 'allowed-hosts')?.split(',').map((h) => h.trim()).filter(Boolean);
  const limitFlags = Object.keys(LIMIT_FLAGS) as LimitFlag[];
  const importLimits = importLimitsFrom(Object.fromEntries(limitFlags.map((f) => [f, stringFlag(p, f) ?? process.env[limitEnvName(f)]])));
  const server = await createSyncServer({
    host, port, dataDir, token, templates, store, invites, versions, codeAttempts, allowedHosts, importLimits,
    ...(maxDocMb !== undefined ? { documentLimits: { maxDocumentBytes: Math.round(Number(maxDocMb) * 1024 * 1024) } } : {}),
    ...(maxConn !== undefined ? { connectionLimits: { maxOpenPerAddress: Number(maxConn), perMinute: Number(maxConn) * 4 } } : {}),
    staticDir: existsSync(staticDir) ? staticDir : null,
    extensions: redis ? [redisExtension(redis)] : [],
  });
  console.log(`计划编制助手服务已启动：${server.url}/?token=${encodeURIComponent(token)}`);
  console.log(databaseUrl ? `文档和邀请存于 PostgreSQL ${redact(databaseUrl)}` : `数据目录：${dataDir}`);
  if (imported) {
    console.log(`已将 ${imported.found} 个邀请从数据目录迁入 PostgreSQL（新增 ${imported.added} 个），原文件已改名为 ${imported.renamedTo}`);
  }
  if (redis) console.log(`多实例互通：Redis ${redis.host}:${redis.port}`);
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
