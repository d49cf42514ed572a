import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorBody } from '../../common/api/contracts';
import { UserFacingError, type UserError } from '../../common/errors';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, error: UserError): void {
  const body: ErrorBody = { error };
  sendJson(res, status, body);
}

export function fail(status: number, code: string, message: string, detail: string): never {
  throw new UserFacingError(status, { code, message, detail });
}

/** Read a JSON body with a size cap; malformed JSON is a 400 with a Chinese message. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) fail(413, 'too-large', '请求内容过大。', `request body of ${declared} bytes exceeds ${limit}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) fail(413, 'too-large', '请求内容过大。', `request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') fail(400, 'bad-json', '请求内容为空。', 'empty request body');
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(400, 'bad-json', '请求内容不是有效的 JSON。', `malformed JSON body: ${(e as Error).message}`);
  }
}
