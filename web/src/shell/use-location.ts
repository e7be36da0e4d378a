/** The current path with History API navigation: a tiny router without a dependency. */
import { useCallback, useEffect, useState } from 'react';

/** Navigate from a component that has no `onNavigate`: push the path and let useLocationPath hear it (popstate). */
export function pushPath(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useLocationPath(): [string, (path: string) => void] {
  const [path, setPath] = useState(() => window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  // `next` may carry a query string (e.g. a filtered inbox); the path state is the pathname only.
  const navigate = useCallback((next: string) => {
    if (next !== window.location.pathname + window.location.search) window.history.pushState(null, '', next);
    setPath(new URL(next, window.location.origin).pathname);
  }, []);
  return [path, navigate];
}
