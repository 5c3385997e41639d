/**
 * Fetching a URL for ingest: http(s) only, with a time limit and a size limit, so a slow server
 * or a feed that never ends cannot hold a batch up or fill memory.
 */
import { InputError } from './decode.js';

export const FETCH_TIMEOUT_MS = Number(process.env.SITREP_FETCH_TIMEOUT_MS ?? 30_000);
export const FETCH_MAX_BYTES = Number(process.env.SITREP_FETCH_MAX_BYTES ?? 20 * 1024 * 1024);

export interface Fetched {
  bytes: Uint8Array;
  contentType: string;
  url: string;
}

export async function fetchLimited(url: string, timeoutMs = FETCH_TIMEOUT_MS, maxBytes = FETCH_MAX_BYTES): Promise<Fetched> {
  let u: URL;
  try { u = new URL(url); } catch { throw new InputError(url, 'not a valid URL'); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError(url, `unsupported URL scheme ${u.protocol}`);
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const res = await fetch(u, { signal: ctl.signal, redirect: 'follow', headers: { 'user-agent': 'sitrep/0.1 (+https://github.com/sitrep)' } });
    if (!res.ok) throw new InputError(url, `HTTP ${res.status} ${res.statusText}`);
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) throw new InputError(url, `response is ${declared} bytes, over the ${maxBytes}-byte limit`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = res.body?.getReader();
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) { ctl.abort(); throw new InputError(url, `response exceeds the ${maxBytes}-byte limit`); }
        chunks.push(value);
      }
    }
    const bytes = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) { bytes.set(c, off); off += c.byteLength; }
    return { bytes, contentType: res.headers.get('content-type') ?? '', url: res.url || url };
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (ctl.signal.aborted) throw new InputError(url, `no complete answer within ${timeoutMs} ms`);
    throw new InputError(url, `fetch failed: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}
