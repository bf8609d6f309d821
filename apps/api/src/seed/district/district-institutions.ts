import type { InstitutionKind } from '@xiaohu/domain';
import { apportion, type DistrictRandom } from './district-random';
import { BRANDS, KIND_NAMES, ORDINALS, PLACES, TRAINING_SUBJECTS, personName } from './district-names';

// The district's institutions: how many of each kind, their names and addresses, and how the staff are
// shared among them.

const DAY = 86_400_000;

// Proportions of a Chinese urban district: many kindergartens, primaries and training institutions.
export const KIND_SHARES: Record<InstitutionKind, number> = {
  KINDERGARTEN: 40,
  TRAINING_INSTITUTION: 26,
  PRIMARY: 22,
  SECONDARY: 8,
  VOCATIONAL_SCHOOL: 2.5,
  SPECIAL_EDUCATION: 1.5,
};

// Relative staff size of one institution of each kind.
const STAFF_WEIGHT: Record<InstitutionKind, number> = {
  KINDERGARTEN: 28,
  TRAINING_INSTITUTION: 14,
  PRIMARY: 95,
  SECONDARY: 130,
  VOCATIONAL_SCHOOL: 150,
  SPECIAL_EDUCATION: 55,
};

export interface GeneratedInstitution {
  index: number;
  id: string;
  name: string;
  kind: InstitutionKind;
  address: string;
  place: string;
  /** The street or town 镇街 (issue 10). */
  street: string;
  headName: string;
  createdAt: number;
  /** Filled while the staff are generated. */
  headStaffId: string;
  teacherStaffId: string;
  headAccountId: string;
  teacherAccountId: string;
  /** Active staff other than the two account holders: the suspects a case may name. */
  suspectStaffIds: string[];
  staffCount: number;
}

function institutionName(random: DistrictRandom, kind: InstitutionKind, place: string): string {
  const kindName = random.pick(KIND_NAMES[kind]);
  switch (kind) {
    case 'TRAINING_INSTITUTION':
      return `九龙坡区${random.pick(BRANDS)}${random.pick(TRAINING_SUBJECTS)}${kindName}`;
    case 'KINDERGARTEN':
      return random.chance(0.8)
        ? `九龙坡区${place}${random.pick(BRANDS)}${kindName}`
        : `九龙坡区${place}${random.pick(ORDINALS)}${kindName}`;
    default:
      return random.chance(0.5)
        ? `九龙坡区${place}${kindName}`
        : `九龙坡区${place}${random.pick(ORDINALS)}${kindName}`;
  }
}

/**
 * `count` institutions of the six kinds in the district's proportions, named after the streets and
 * towns where they stand; every name unique (also against `takenNames`, the ones already stored).
 */
export function buildInstitutions(
  random: DistrictRandom,
  count: number,
  takenNames: Set<string>,
  now: number,
): GeneratedInstitution[] {
  const perKind = apportion(count, KIND_SHARES);
  const kinds: InstitutionKind[] = [];
  for (const kind of Object.keys(perKind) as InstitutionKind[]) {
    for (let i = 0; i < perKind[kind]; i += 1) kinds.push(kind);
  }
  // Interleave the kinds so any prefix of the list is a small district of its own.
  for (let i = kinds.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  return kinds.map((kind, index) => {
    const place = random.pick(PLACES);
    let name = institutionName(random, kind, place.name);
    for (let attempt = 0; takenNames.has(name); attempt += 1) {
      name =
        attempt < 20
          ? institutionName(random, kind, place.name)
          : `${institutionName(random, kind, place.name).replace(/(幼儿园|学校|中心|小学|中学)$/, '')}${place.name}分校`;
      if (attempt > 40) name = `${name}${index}`;
    }
    takenNames.add(name);
    const address = `九龙坡区${place.name}${place.type}${random.pick(place.roads)} ${random.int(1, 300)} 号`;
    return {
      index,
      id: random.uuid(),
      name,
      kind,
      address,
      place: place.name,
      street: `${place.name}${place.type}`,
      headName: personName(random),
      createdAt: now - random.int(400, 1_200) * DAY,
      headStaffId: '',
      teacherStaffId: '',
      headAccountId: random.uuid(),
      teacherAccountId: random.uuid(),
      suspectStaffIds: [],
      staffCount: 0,
    };
  });
}

/** How many staff each institution has: `total` split by kind and size, at least 4 each. */
export function staffCounts(
  random: DistrictRandom,
  institutions: readonly GeneratedInstitution[],
  total: number,
) {
  const weights: Record<string, number> = {};
  for (const institution of institutions) {
    weights[institution.id] = STAFF_WEIGHT[institution.kind] * (0.6 + random.next() * 0.8);
  }
  const minimum = 4 * institutions.length;
  const extra = apportion(Math.max(0, total - minimum), weights);
  for (const institution of institutions) institution.staffCount = 4 + extra[institution.id];
}
