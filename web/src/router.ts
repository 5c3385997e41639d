/** Hash routes: #/path/parts?query. Links are plain <a href="#/..."> so keyboard and history work. */
import { useEffect, useState } from 'preact/hooks';

export interface Route { parts: string[]; params: URLSearchParams }

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = h.split('?', 2) as [string?, string?];
  return { parts: path.split('/').filter(Boolean).map((p) => decodeURIComponent(p)), params: new URLSearchParams(query) };
}

export function href(parts: string[], params: Record<string, string | number | undefined | null> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const q = p.toString();
  return `#/${parts.map(encodeURIComponent).join('/')}${q ? `?${q}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** Load data for the current arguments; re-runs when the key changes. */
export function useLoad<T>(key: string, load: () => Promise<T>): { data: T | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null }>({ key: '', data: null, error: null });
  useEffect(() => {
    let live = true;
    load().then((data) => live && setState({ key, data, error: null }), (err: Error) => live && setState({ key, data: null, error: err.message }));
    return () => { live = false; };
  }, [key]);
  return { data: state.key === key ? state.data : null, error: state.key === key ? state.error : null, loading: state.key !== key };
}
