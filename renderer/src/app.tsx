import { useMemo } from 'react';
import { ApiClient } from './api/api-client';
import { HomePage } from './home/home-page';
import { JoinPage } from './home/join-page';
import type { Host } from './host/host';
import { PlanPage } from './editor/plan-page';
import { useRoute } from './use-route';

export function App({ host }: { host: Host }) {
  const api = useMemo(() => new ApiClient(host), [host]);
  const route = useRoute();
  if (!host.token) return <JoinPage />;
  return route.page === 'plan'
    ? <PlanPage key={route.planId} api={api} host={host} planId={route.planId} />
    : <HomePage api={api} />;
}
