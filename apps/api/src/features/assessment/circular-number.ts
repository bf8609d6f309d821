/** The issuing organ of a circular 通报 and its 文号's prefix (the committee's 督导室 series). */
export const CIRCULAR_ISSUER = '重庆市九龙坡区教育委员会';
export const CIRCULAR_PREFIX = '九龙坡教督';

/** 文号 of a circular: 九龙坡教督〔2026〕3号; null for other sanctions. */
export function circularNumberOf(s: {
  circularYear: number | null;
  circularNumber: number | null;
}): string | null {
  return s.circularYear && s.circularNumber
    ? `${CIRCULAR_PREFIX}〔${s.circularYear}〕${s.circularNumber}号`
    : null;
}
