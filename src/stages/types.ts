import type { Document, LayerName } from '../document.js';

/** What a stage returns: some of the document's layers, filled in. */
export type Layers = Partial<Pick<Document, LayerName>>;

/**
 * A pipeline stage: a plain function from the document (as the stages before it left it) to the
 * layers it produces. A stage never touches the store or the network, and never mutates `doc`.
 */
export interface Stage {
  /** short name, used in benchmarks and error messages */
  name: string;
  /** the layers it writes */
  produces: LayerName[];
  /** the layers it reads (besides text and meta) */
  needs: LayerName[];
  /** load models and resources ahead of time (so load time can be measured apart); idempotent */
  load?: () => void;
  run: (doc: Readonly<Document>) => Layers;
}
