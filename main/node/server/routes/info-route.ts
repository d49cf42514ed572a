import { sendJson } from '../http-util';
import type { Route } from '../router';

export const infoRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/info$/,
  auth: false,
  async handle({ res, services }) {
    sendJson(res, 200, { name: 'plan-studio', version: services.version });
  },
};
