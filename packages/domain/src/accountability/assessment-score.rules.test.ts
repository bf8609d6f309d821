import { assessmentScore, FULL_ASSESSMENT_SCORE } from './assessment-score.rules';

describe('assessmentScore', () => {
  it('ACC-1: an institution without findings keeps the full score', () => {
    expect(assessmentScore([])).toBe(FULL_ASSESSMENT_SCORE);
  });

  it('ACC-1: findings deduct and add points', () => {
    expect(assessmentScore([-10, -5, 3])).toBe(88);
  });

  it('ACC-1: the score stays within 0 and 100', () => {
    expect(assessmentScore([-80, -40])).toBe(0);
    expect(assessmentScore([5])).toBe(100);
  });
});
