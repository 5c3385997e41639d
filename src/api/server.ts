/**
 * The HTTP server: the JSON API under /api (described by /api/openapi.json, generated from the
 * route schemas) and the web UI, from one process. `buildServer` makes it without listening, so
 * tests run it in-process with `inject` or on a real port.
 *
 * Where things are: security headers and the write guard in security.ts; routes in routes/*.ts
 * (listed in ROUTES; another layer adds its own with `extraRoutes`); the UI files in web.ts.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../ingest/index.js';
import type { Store } from '../store/types.js';
import { projectRoot } from '../util/datasets.js';
import { NotFound, type ApiContext, type RouteModule } from './context.js';
import { documentRoutes } from './routes/documents.js';
import { ingestRoutes } from './routes/ingest.js';
import { layerRoutes } from './routes/layers.js';
import { storyRoutes } from './routes/stories.js';
import { StoryState } from './stories-state.js';
import { SECURITY_HEADERS, writeGuard } from './security.js';
import { webRoutes } from './web.js';

export type { ApiContext, RouteModule } from './context.js';

/** The API's route groups, in order. */
export const ROUTES: RouteModule[] = [documentRoutes, layerRoutes, ingestRoutes, storyRoutes];

export const OPENAPI_PATH = '/api/openapi.json';

export interface ServerOptions {
  store: Store;
  /** the address it will listen on (default 127.0.0.1): decides whether writes need a token */
  host?: string;
  /** the API token for write routes (default: $SITREP_TOKEN) */
  token?: string;
  /** largest JSON body in bytes (default 1 MiB; the text ingest route allows 6 MiB) */
  bodyLimit?: number;
  /** largest uploaded file in bytes (default: the ingest limit for one article, 20 MiB) */
  maxFileBytes?: number;
  /** ms a client has to send a whole request, and to keep an idle connection (defaults 30 000 and 5 000) */
  requestTimeout?: number;
  keepAliveTimeout?: number;
  /** the built UI folder (default dist/web); null serves no UI */
  webDir?: string | null;
  /** more route groups (e.g. the story layer's), registered under /api after ROUTES */
  extraRoutes?: RouteModule[];
  logger?: boolean;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? '127.0.0.1';
  const guard = writeGuard(host, options.token ?? process.env.SITREP_TOKEN);
  const ctx: ApiContext = { store: options.store, guard, maxFileBytes: options.maxFileBytes ?? MAX_FILE_BYTES, stories: new StoryState(options.store) };
  const requestTimeout = options.requestTimeout ?? 30_000;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    requestTimeout,
    connectionTimeout: requestTimeout,
    keepAliveTimeout: options.keepAliveTimeout ?? 5_000,
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { coerceTypes: true, useDefaults: true, removeAdditional: false, allErrors: false } },
  });
  // responses are plain JSON: the response schemas document the API, they do not reshape it
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.addHook('onRequest', async (_req, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      return reply.code(400).send({ error: 'Bad Request', message: `${err.validationContext ?? 'request'}${err.message.replace(/^(querystring|body|params|headers)/, '')}` });
    }
    const status = err instanceof NotFound ? 404 : err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error(err);
    const message = status === 500 ? 'internal error' : err.message;
    return reply.code(status).send({ error: status === 404 ? 'Not Found' : status === 413 ? 'Payload Too Large' : status === 500 ? 'Internal Server Error' : 'Bad Request', message });
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]!.slice(0, 200)}` }));

  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string; description: string };
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'sitrep API', version: pkg.version, description: pkg.description },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'SITREP_TOKEN, for write routes' } } },
    },
  });
  await app.register(multipart, { limits: { fileSize: ctx.maxFileBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 } });

  await app.register(async (api) => {
    api.get(OPENAPI_PATH.replace('/api', ''), { schema: { hide: true } }, async () => app.swagger());
    api.get('/health', {
      schema: {
        tags: ['meta'], summary: 'Whether the server is up, how many documents it holds, and whether writes need the token',
        response: { 200: { type: 'object', properties: { ok: { type: 'boolean' }, documents: { type: 'integer' }, store: { type: 'string' }, writable: { type: 'boolean' }, tokenRequired: { type: 'boolean' } } } },
      },
    }, async () => ({ ok: true, documents: await ctx.store.count(), store: ctx.store.description.split(':')[0], writable: guard.writable, tokenRequired: guard.tokenRequired }));
    for (const routes of [...ROUTES, ...(options.extraRoutes ?? [])]) await routes(api, ctx);
  }, { prefix: '/api' });

  if (options.webDir !== null) webRoutes(app, options.webDir);
  return app;
}
