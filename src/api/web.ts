/**
 * Serving the built web UI (dist/web, made by `npm run build`) from memory: only the files the
 * build wrote, looked up by exact path, so no request can reach anything else on disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { projectRoot } from '../util/datasets.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

export function defaultWebDir(): string {
  return join(projectRoot(), 'dist', 'web');
}

function readTree(dir: string): Map<string, { body: Buffer; type: string }> {
  const files = new Map<string, { body: Buffer; type: string }>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(`/${relative(dir, p).split(sep).join('/')}`, { body: readFileSync(p), type: TYPES[extname(name)] ?? 'application/octet-stream' });
    }
  };
  walk(dir);
  return files;
}

/** GET / and the UI's assets; other paths outside /api fall to 404. */
export function webRoutes(app: FastifyInstance, dir: string = defaultWebDir()): void {
  const files = existsSync(join(dir, 'index.html')) ? readTree(dir) : null;
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    if (!files) {
      return reply.code(503).type('text/plain; charset=utf-8').send('The web UI is not built: run `npm run build`. The API is at /api (see /api/openapi.json).\n');
    }
    const path = req.url.split('?')[0]!;
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) return reply.code(404).send({ error: 'Not Found', message: `no such page: ${path.slice(0, 200)}` });
    const immutable = path.startsWith('/assets/');
    return reply.type(file.type).header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache').send(file.body);
  });
}
