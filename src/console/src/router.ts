import { useEffect, useState } from 'react';

/** Hash routes: `#/alerts/<id>?status=new` → { screen: 'alerts', rest: ['<id>'], params }. */
export interface Route {
  screen: string;
  rest: string[];
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = text.split('?');
  const [screen = '', ...rest] = path.split('/').filter((part) => part !== '');
  return {
    screen: screen || 'overview',
    rest: rest.map(decodeURIComponent),
    params: new URLSearchParams(query),
  };
}

export function routeHref(screen: string, rest: string[] = [], params?: Record<string, string>): string {
  const path = [screen, ...rest.map(encodeURIComponent)].join('/');
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${path}${query ? `?${query}` : ''}`;
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
