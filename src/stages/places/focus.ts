/**
 * Document focus: the countries and places the article is about, ranked. A country scores the
 * confidence of every resolved toponym inside it (itself, its cities, its regions, its demonym);
 * a place (below country level) scores the confidence of its own mentions. Scores are relative
 * to the best of each kind (1 = the main one).
 */
import type { Focus, Place } from '../../document.js';
import type { Gazetteer } from './gazetteer.js';

const MAX_COUNTRIES = 5;
const MAX_PLACES = 5;

export function focusOf(places: Place[], gaz: Gazetteer): Focus[] {
  const countries = new Map<string, number>();
  const spots = new Map<number, { name: string; score: number }>();
  for (const p of places) {
    if (!p.resolved) continue;
    if (p.country) countries.set(p.country, (countries.get(p.country) ?? 0) + p.confidence);
    if (p.featureCode !== 'PCLI' && p.featureClass !== 'L' && p.geonameId !== null) {
      const s = spots.get(p.geonameId) ?? { name: p.name ?? p.text, score: 0 };
      s.score += p.confidence;
      spots.set(p.geonameId, s);
    }
  }
  const out: Focus[] = [];
  const rankedCountries = [...countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_COUNTRIES);
  const topC = rankedCountries[0]?.[1] ?? 1;
  for (const [cc, score] of rankedCountries) {
    out.push({ kind: 'country', id: cc, name: gaz.countryOf(cc)?.name ?? cc, score: Math.round((score / topC) * 1000) / 1000 });
  }
  const rankedPlaces = [...spots].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, MAX_PLACES);
  const topP = rankedPlaces[0]?.[1].score ?? 1;
  for (const [id, s] of rankedPlaces) out.push({ kind: 'place', id: String(id), name: s.name, score: Math.round((s.score / topP) * 1000) / 1000 });
  return out;
}
