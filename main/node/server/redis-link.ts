import { Redis } from '@hocuspocus/extension-redis';
import { connect } from 'node:net';

export interface RedisAddress {
  host: string;
  port: number;
}

/** `host:port` (IPv6 as `[::1]:6379`); a clear Chinese error otherwise. */
export function parseRedisAddress(spec: string): RedisAddress {
  const m = /^(\[[^\]]+\]|[^:\s]+):(\d{1,5})$/.exec(spec.trim());
  const port = Number(m?.[2]);
  if (!m || port < 1 || port > 65535) throw new Error(`Redis 地址无效：${spec}（应为 主机:端口，例如 127.0.0.1:6379）`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port };
}

/**
 * Fail fast when Redis is not there: ioredis would otherwise retry forever while the server looks
 * healthy and silently stops relaying edits between instances. A plain RESP PING, no client library.
 */
export function pingRedis(addr: RedisAddress, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(addr.port, addr.host);
    const fail = (why: string) => {
      socket.destroy();
      reject(new Error(`无法连接 Redis ${addr.host}:${addr.port}：${why}`));
    };
    const timer = setTimeout(() => fail('超时'), timeoutMs);
    socket.once('error', (e) => {
      clearTimeout(timer);
      fail(e.message);
    });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => {
      clearTimeout(timer);
      socket.end();
      if (d.toString().startsWith('+PONG')) resolve();
      else fail(`意外的应答 ${JSON.stringify(d.toString().slice(0, 40))}`);
    });
  });
}

/**
 * Hocuspocus's Redis extension: links server instances so clients on different instances see each
 * other's edits (pub/sub) and stores are serialised (redlock). It does not persist anything: the
 * DocumentStore (PostgreSQL, shared by the instances) does. Passed to createSyncServer's
 * `extensions`, which places it after persistence.
 */
export function redisExtension(addr: RedisAddress, prefix = 'plan-studio'): Redis {
  return new Redis({ host: addr.host, port: addr.port, prefix });
}
