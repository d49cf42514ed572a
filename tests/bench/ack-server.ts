// The sync server for ack-bench.ts as its own process: createSyncServer with the journal on or off (the
// CLI has no switch for "off": it exists only as this baseline). Args: <port> <dataDir> <on|off> [databaseUrl] [table]
import { createSyncServer } from '../../main/node/server/create-sync-server';
import { PostgresStore } from '../../main/node/store/postgres-store';
import { defaultTemplatesDir, TemplateLibrary } from '../../main/node/templates/template-library';

const [port, dataDir, journal, databaseUrl, table] = process.argv.slice(2);
const store = databaseUrl ? await PostgresStore.connect(databaseUrl, { table }) : undefined;
const server = await createSyncServer({
  host: '127.0.0.1', port: Number(port), dataDir, token: 'bench-token-0123456789', store, quiet: true, staticDir: null,
  templates: await TemplateLibrary.load(defaultTemplatesDir()), journal: journal === 'on',
});
console.log(`计划编制助手服务已启动：${server.url}`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
