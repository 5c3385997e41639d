/**
 * Places stage: toponyms (recognize.ts) resolved to GeoNames places (resolve.ts), and the
 * document's focus (focus.ts). The gazetteer (gazetteer.ts, built by build.ts from npm data
 * packages and resources/en/places/) is loaded once.
 */
import type { Document, Place } from '../../document.js';
import type { Stage } from '../types.js';
import { focusOf } from './focus.js';
import { gazetteer } from './gazetteer.js';
import { recognize } from './recognize.js';
import { placeOf, resolveToponyms } from './resolve.js';
import { placeCues } from './cues.js';

export interface PlacesOptions {
  /** take toponyms only from the entity mentions (no gazetteer recognizer): for resolution-only evaluation */
  onlyMentions?: boolean;
}

export function places(doc: Readonly<Document>, options: PlacesOptions = {}): { places: Place[]; focus: ReturnType<typeof focusOf> } {
  const gaz = gazetteer();
  const tops = recognize(doc, gaz, options.onlyMentions ?? false);
  const resolved = resolveToponyms(tops, gaz, doc.text);
  const out = resolved.map((r, i) => placeOf(r, `pl${i + 1}`, gaz));
  return { places: out, focus: focusOf(out, gaz) };
}

export const placesStage: Stage = {
  name: 'places',
  produces: ['places', 'focus'],
  needs: ['sentences', 'tokens', 'mentions'],
  load: () => { gazetteer(); placeCues(); },
  run: (doc) => places(doc),
};
