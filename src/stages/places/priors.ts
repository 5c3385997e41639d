/**
 * The scoring weights of place disambiguation, in one place. A candidate's score is
 *   feature prior + log10(population + 1) + name-match prior
 *   + document context (share of the document's confident places in its country / admin1)
 *   + containment ("Bryn Mawr, Pa.": inside the named container)
 * and the confidence of a pick is its softmax probability among the name's candidates.
 */
import { Match } from './gazetteer.js';

/** By GeoNames feature code; anything not listed gets FEATURE_DEFAULT. */
export const FEATURE_PRIOR: Record<string, number> = {
  PCLI: 6, CONT: 13, RGN: 10, SEA: 10, OCN: 10, ISL: 8, ZN: 8,
  ADM1: 3, ADM2: 1, PPLC: 2, PPLA: 1, PPLA2: 0.5, PPLA3: 0.2, PPLA4: 0, PPL: 0, PPLX: -1, PPLL: -1, PPLF: -1, PPLR: -1,
};
export const FEATURE_DEFAULT = -0.5;

export const MATCH_PRIOR: Record<Match, number> = {
  [Match.Name]: 0, [Match.Alias]: 3, [Match.Alt]: -1.5, [Match.Demonym]: 0, [Match.Abbrev]: 0, [Match.Stem]: -3, [Match.Approx]: 0, [Match.Within]: 0,
};

/** Under this confidence the runners-up are listed as alternatives. */
export const ALTERNATIVES_BELOW = 0.9;
export const MAX_ALTERNATIVES = 5;
/** Candidates kept per name after the prior (the rest cannot win). */
export const MAX_CANDIDATES = 40;

/** Scalar weights (one object, so that a tuning script can try other values). */
export const W = {
  /** per power of ten of population */
  POP_WEIGHT: 1,
  /** A bare region name ("Donetsk") when a populated place of that name lies in it: the city is meant. */
  ADM1_NAMESAKE_PENALTY: 4,
  /** A first-level region whose towns hold fewer people than this (a Jamaican parish, not a US state) loses SMALL_ADM1_PENALTY of its feature prior. */
  SMALL_ADM1_POP: 300_000,
  SMALL_ADM1_PENALTY: 2,
  /** Weight of the document's country share (0..1) and first-level region share. */
  COUNTRY_WEIGHT: 4,
  ADMIN1_WEIGHT: 12,
  /** A place in a country the document names ("Canada", "Canadian") gains this; the country counts when named with this confidence. */
  NAMED_COUNTRY: 2,
  NAMED_MIN_P: 0.5,
  /** A place in a country whose readers' signs the article uses ("$", "£", "p.m.": resources/en/places/reader-cues.tsv) gains this. */
  READER_COUNTRY: 1,
  /**
   * A candidate matched by a region's bare stem ("Delta" of Delta State) or by an alternate name loses this
   * unless its country is named or holds VARIANT_MIN_SUPPORT of the other names' votes.
   */
  UNSUPPORTED_VARIANT: 2,
  /** A populated place this populous is named by its alternate names as by its name (an exonym: "Geneva", "Cologne"). */
  EXONYM_MIN_POP: 100_000,
  VARIANT_MIN_SUPPORT: 0.05,
  /** "A, B": a candidate of A inside B's pick gains this; one outside loses CONTAIN_MISS. */
  CONTAIN_BONUS: 8,
  /** per other name that may lie in the candidate's first-level region (soft count, capped) */
  NEAR_WEIGHT: 2,
  NEAR_CAP: 2,
  CONTAIN_MISS: 3,
  /** Below this confidence a toponym stays unresolved (ambiguous), with its alternatives. */
  MIN_CONFIDENCE: 0.15,
  /** ... unless its candidates in the likeliest one's country hold this share: it stands there, with its low confidence. */
  ONE_COUNTRY_SHARE: 0.8,
  /**
   * A name the gazetteer lacks ("Neches River", "Readington Township") stands at its container's pick
   * ("A, B") or else at the document's main region: its main country when that holds this share of the
   * document's country votes and WITHIN_MIN_VOTES names' worth, and that country's main first-level region
   * when the region holds WITHIN_ADMIN1_SHARE of the country's votes. Never surer than WITHIN_CONFIDENCE.
   */
  WITHIN_COUNTRY_SHARE: 0.5,
  WITHIN_MIN_VOTES: 2,
  WITHIN_ADMIN1_SHARE: 0.6,
  WITHIN_CONFIDENCE: 0.3,
  /** A namesake standing in for a missing feature needs this many other names' worth of votes for its country, else the document's main region stands in. */
  APPROX_MIN_SUPPORT: 0.5,
};

/** Rounds of context scoring (each uses the beliefs of the round before). */
export const CONTEXT_ROUNDS = 3;
/** Candidates less likely than this cast no vote for the document's countries and regions. */
export const VOTE_MIN_P = 0.05;
/** A namesake standing in for a river or township the gazetteer lacks is never surer than this. */
export const APPROX_MAX_CONFIDENCE = 0.5;
