import { useEffect, useState } from 'react';

export type Route = { page: 'home' } | { page: 'plan'; planId: string };

/** Hash routes (#/ and #/plan/<id>) work the same from the server origin and inside Electron. */
export function parseRoute(hash: string): Route {
  const m = /^#\/plan\/([a-z0-9-]+)/.exec(hash);
  return m ? { page: 'plan', planId: m[1]! } : { page: 'home' };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = route.page === 'plan' ? `#/plan/${route.planId}` : '#/';
}
