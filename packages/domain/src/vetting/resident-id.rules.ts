// GB 11643-1999 resident ID numbers: 6-digit area code, 8-digit birth date, 3-digit sequence and an
// ISO 7064 MOD 11-2 check character. Staff are identified by it on the register and the district
// ban list (VET-7, VET-8), so the API and the web validate and mask it the same way.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

export type ResidentIdProblem = 'LENGTH' | 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

/** Drops the spaces people paste in and upper-cases a trailing x, so one person always matches. */
export function normaliseResidentId(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The check character (0-9 or X) that completes the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK_CHARACTERS[sum % 11];
}

function isValidBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What is wrong with an ID number, or null when it is well formed with a correct check character. */
export function residentIdProblem(value: string): ResidentIdProblem | null {
  const id = normaliseResidentId(value);
  if (id.length !== 18) return 'LENGTH';
  if (!/^\d{17}[\dX]$/.test(id)) return 'FORMAT';
  if (!isValidBirthDate(id.slice(6, 14))) return 'BIRTH_DATE';
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return 'CHECK_DIGIT';
  return null;
}

/** True when the number is well formed with a correct check character. */
export function isValidResidentId(value: string): boolean {
  return residentIdProblem(value) === null;
}

/** 5001**********1234: the form everyone but 人事科 sees. */
export function maskResidentId(value: string): string {
  const id = normaliseResidentId(value);
  return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;
}
