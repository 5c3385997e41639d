/**
 * Entities stage: named mentions (PER, ORG, LOC, GPE, NORP, MISC) found by the trained tagger
 * (src/ner, models/ner) and repaired with the knowledge base (recognize.ts), grouped into
 * entities with a canonical name, aliases, roles from titles in the text and from the KB,
 * country, sector and KB link (group.ts, titles.ts).
 */
import type { Stage } from '../types.js';
import { loadModel } from '../../ner/model.js';
import { lookupEntity } from '../../kb/lookup.js';
import { groupMentions } from './group.js';
import { recognize, speakerLabels } from './recognize.js';
import { wordsOf } from './words.js';
import { transcriptLabels } from '../../util/transcript.js';

export { initialsOf } from './initials.js';

export const entitiesStage: Stage = {
  name: 'entities',
  produces: ['mentions', 'entities'],
  needs: ['sentences', 'tokens'],
  load: () => { loadModel(); lookupEntity('Europe'); },
  run: (doc) => {
    if (!doc.tokens.length) return { mentions: [], entities: [] };
    const w = wordsOf(doc);
    const raw = speakerLabels(recognize(w, doc.text, w.tokFrom.map((t) => doc.tokens[t]!.pos)), w, transcriptLabels(doc));
    const date = doc.meta.published ? doc.meta.published.slice(0, 10) : null;
    return groupMentions(raw, w, doc.text, date, doc.meta.title);
  },
};
