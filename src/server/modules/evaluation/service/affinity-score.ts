/**
 * Affinity of an evaluator for an application, in [0, 1], explainable (pure):
 * - topic score: the share of the application's topics among the evaluator's expertise topics;
 * - term score: the share of the evaluator's keywords found in the application's text (title,
 *   acronym, summary and answers), compared without case or accents, as whole words or phrases;
 * - affinity: 0.6 x topics + 0.4 x terms when both can be computed, else the one that can, else 0.
 */
export const TOPIC_WEIGHT = 0.6;
export const TERM_WEIGHT = 0.4;

export interface AffinityExpert {
  topics: readonly string[];
  keywords: readonly string[];
}

export interface AffinityApplication {
  topics: readonly string[];
  /** Everything the application says in words (already joined). */
  text: string;
}

export interface AffinityScore {
  score: number;
  topicScore: number | null;
  termScore: number | null;
  matchedTopics: string[];
  matchedTerms: string[];
}

/** Lower case, no accents, words separated by single spaces, padded for whole-word search. */
export function normaliseText(s: string): string {
  const flat = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return ` ${flat} `;
}

/** Strings found anywhere in a JSON value (answers: texts, choices; numbers and ids are skipped). */
export function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) textsOf(v, out);
  return out;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function affinityScore(expert: AffinityExpert, app: AffinityApplication, normalisedText = normaliseText(app.text)): AffinityScore {
  const own = new Set(expert.topics);
  const matchedTopics = app.topics.filter((t) => own.has(t));
  const topicScore = app.topics.length > 0 ? matchedTopics.length / app.topics.length : null;
  const keywords = expert.keywords.filter((k) => normaliseText(k).trim() !== '');
  const matchedTerms = keywords.filter((k) => normalisedText.includes(normaliseText(k)));
  const termScore = keywords.length > 0 ? matchedTerms.length / keywords.length : null;
  let score = 0;
  if (topicScore !== null && termScore !== null) score = TOPIC_WEIGHT * topicScore + TERM_WEIGHT * termScore;
  else score = topicScore ?? termScore ?? 0;
  return { score: round(score), topicScore: topicScore === null ? null : round(topicScore), termScore: termScore === null ? null : round(termScore), matchedTopics, matchedTerms };
}
