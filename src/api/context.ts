/** What every route module gets: the store and the write guard. Other layers (stories) add routes the same way. */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/types.js';
import type { WriteGuard } from './security.js';
import type { StoryState } from './stories-state.js';

export interface ApiContext {
  store: Store;
  guard: WriteGuard;
  /** largest uploaded file, in bytes */
  maxFileBytes: number;
  /** the story engine, loaded on first use and kept current by the ingest routes */
  stories: StoryState;
}

/** A group of routes: registered under /api by buildServer, in the order of ROUTES (plus any extras). */
export type RouteModule = (app: FastifyInstance, ctx: ApiContext) => void | Promise<void>;

/** A 404 with a message, as every route answers one. */
export class NotFound extends Error {
  readonly statusCode = 404;
}
