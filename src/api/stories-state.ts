/**
 * The server's story engine: loaded once per process, on the first story request or ingest, then
 * kept current by adding each newly stored document (`addAndSave`). Documents stored before the
 * server ran (e.g. by `sitrep ingest` of an older version) are added by one catch-up pass in the
 * background; reads never wait for it, they see the engine as it is.
 */
import type { Document } from '../document.js';
import type { Store } from '../store/types.js';
import { addAndSave, loadStories, type StoryEngine } from '../story/index.js';

export class StoryState {
  private loading: Promise<StoryEngine> | null = null;
  /** writes (adds and the catch-up's saves) run one after another */
  private writes: Promise<unknown> = Promise.resolve();
  /** the background catch-up pass, while it runs (tests and shutdown may wait for it) */
  catchUp: Promise<void> | null = null;

  constructor(private readonly store: Store) {}

  /** The engine (loaded on first use). */
  engine(): Promise<StoryEngine> {
    this.loading ??= loadStories(this.store).then((engine) => {
      this.catchUp = this.catchUpPass(engine).catch(() => undefined);
      return engine;
    });
    return this.loading;
  }

  /** Add newly stored documents to their stories and save; the ids of the stories they joined. */
  async add(docs: readonly Readonly<Document>[]): Promise<string[]> {
    const engine = await this.engine();
    return this.serial(async () => {
      const stories = new Set<string>();
      for (const doc of docs) {
        if (engine.has(doc.meta.id)) continue;
        stories.add((await addAndSave(this.store, engine, doc)).story);
      }
      return [...stories];
    });
  }

  /** Add the stored documents the engine has not seen, saving every 200 so ingests interleave. */
  private async catchUpPass(engine: StoryEngine): Promise<void> {
    const save = () => this.serial(() => this.store.saveStoryState(engine.takeChanges()));
    let added = 0;
    for await (const doc of this.store.allDocuments()) {
      if (engine.has(doc.meta.id)) continue;
      engine.add(doc);
      if (++added % 200 === 0) await save();
    }
    await save();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.writes.then(fn, fn);
    this.writes = next.catch(() => undefined);
    return next;
  }
}
