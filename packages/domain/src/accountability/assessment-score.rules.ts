/** ACC-1: every institution starts the period at the full score; findings add or deduct points. */
export const FULL_ASSESSMENT_SCORE = 100;

/** ACC-1: the school-protection score of an institution for a period, kept within [0, 100]. */
export function assessmentScore(contributions: readonly number[]): number {
  const total = contributions.reduce((sum, points) => sum + points, FULL_ASSESSMENT_SCORE);
  return Math.min(FULL_ASSESSMENT_SCORE, Math.max(0, total));
}
