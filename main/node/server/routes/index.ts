import type { RouteName } from '../../../common/api/api-routes';
import type { RouteHandlers } from '../router';
import { clauseHandlers } from './clauses-route';
import { checkHandlers } from './check-route';
import { exportHandlers } from './export-route';
import { importHandlers } from './import-route';
import { infoHandlers } from './info-route';
import { openStatesHandlers } from './open-states-route';
import { planHandlers } from './plans-route';
import { reuseHandlers } from './reuse-route';
import { roundHandlers } from './round-route';
import { shareHandlers } from './share-route';
import { statesFileHandlers } from './states-file-route';
import { templateHandlers } from './templates-route';
import { versionHandlers } from './versions-route';

/**
 * A handler for every route of the table (main/common/api/api-routes.ts), one module per resource. The
 * type is a Record over the route names: a route without a handler, or a handler without a route, does
 * not compile.
 */
export const handlers: RouteHandlers<RouteName> = {
  ...infoHandlers,
  ...templateHandlers,
  ...planHandlers,
  ...reuseHandlers,
  ...clauseHandlers,
  ...checkHandlers,
  ...importHandlers,
  ...openStatesHandlers,
  ...statesFileHandlers,
  ...exportHandlers,
  ...shareHandlers,
  ...versionHandlers,
  ...roundHandlers,
};
