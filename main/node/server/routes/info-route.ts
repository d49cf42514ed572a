import type { RouteHandlers } from '../router';

export const infoHandlers: RouteHandlers<'info'> = {
  info: async ({ services }) => ({ name: 'plan-studio', version: services.version }),
};
