import { useMemo } from 'react';
import { ApiClient } from './api/api-client';
import { HomePage } from './home/home-page';
import type { Host } from './host/host';
import { PlanPage } from './editor/plan-page';
import { useRoute } from './use-route';

export function App({ host }: { host: Host }) {
  const api = useMemo(() => new ApiClient(host), [host]);
  const route = useRoute();
  if (!host.token) {
    return (
      <div className="fatal">
        缺少访问令牌。请使用服务启动时显示的完整地址（含 ?token=…）打开，或从桌面程序中打开。
      </div>
    );
  }
  return route.page === 'plan'
    ? <PlanPage key={route.planId} api={api} host={host} planId={route.planId} />
    : <HomePage api={api} />;
}
