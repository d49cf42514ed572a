import type { Route } from '../router';
import { exportRoutes } from './export-route';
import { importRoute } from './import-route';
import { infoRoute } from './info-route';
import { createPlanRoute, deletePlanRoute, getPlanRoute, listPlansRoute } from './plans-route';
import { getPlanTemplateRoute, getTemplateRoute, listTemplatesRoute } from './templates-route';
import { shareRoutes } from './share-route';
import { downloadPlanFileRoute, uploadPlanFileRoute } from './plan-file-route';
import { openStatesRoute } from './open-states-route';

/** Every HTTP route of the API; one module per resource. */
export const routes: Route[] = [
  infoRoute,
  listTemplatesRoute,
  getTemplateRoute,
  getPlanTemplateRoute,
  listPlansRoute,
  createPlanRoute,
  getPlanRoute,
  deletePlanRoute,
  importRoute,
  ...shareRoutes,
  downloadPlanFileRoute,
  openStatesRoute,
  uploadPlanFileRoute,
  ...exportRoutes,
];
