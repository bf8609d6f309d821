/** A wall-clock reading in a named time zone; month is 1-12. */
export interface ZonedDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

// Intl is the only zone-aware tool without a dependency; Date#getHours would read the server's TZ.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const created = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  formatters.set(timeZone, created);
  return created;
}

// Intl's reading of a zone, one formatToParts call (slow: tens of microseconds).
function readZoned(instant: Date, timeZone: string): ZonedDateTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const wallClockAsUtc = (z: ZonedDateTime): number =>
  Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);

const DAY_MS = 86_400_000;
const readOffset = (wholeSecond: number, timeZone: string): number =>
  wallClockAsUtc(readZoned(new Date(wholeSecond), timeZone)) - wholeSecond;

// Per zone and UTC day: the zone's offset when it is the same at the day's first and last second (no
// change of offset that day: zones change at most twice a year), else null and each instant is read.
// Deciding due dates for a district's 60,000 staff then reads Intl once per day, not four times per date.
const dayOffsets = new Map<string, number | null>();
const DAY_OFFSETS_LIMIT = 10_000;

function offsetMs(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  const day = Math.floor(wholeSecond / DAY_MS);
  const key = `${timeZone} ${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const first = readOffset(day * DAY_MS, timeZone);
    offset = readOffset(day * DAY_MS + DAY_MS - 1000, timeZone) === first ? first : null;
    if (dayOffsets.size >= DAY_OFFSETS_LIMIT) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset ?? readOffset(wholeSecond, timeZone);
}

/** The wall-clock reading of an instant in a time zone, whatever the server's zone. */
export function toZoned(instant: Date, timeZone: string): ZonedDateTime {
  const wholeSecond = Math.floor(instant.getTime() / 1000) * 1000;
  const wall = new Date(wholeSecond + offsetMs(wholeSecond, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** The instant at which the wall clock of a time zone reads `z`. */
export function fromZoned(z: ZonedDateTime, timeZone: string): Date {
  const guess = wallClockAsUtc(z);
  // Second pass settles zones whose offset changes near the guess (DST); harmless in Asia/Shanghai.
  const first = guess - offsetMs(guess, timeZone);
  return new Date(guess - offsetMs(first, timeZone));
}

export const addMinutes = (instant: Date, minutes: number): Date =>
  new Date(instant.getTime() + minutes * MINUTE_MS);

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Same wall-clock time `months` calendar months later in the zone; the 31st clamps to the month's end. */
export function addCalendarMonths(instant: Date, months: number, timeZone: string): Date {
  const z = toZoned(instant, timeZone);
  const monthIndex = z.month - 1 + months;
  const year = z.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const day = Math.min(z.day, daysInMonth(year, month));
  const shifted = fromZoned({ ...z, year, month, day }, timeZone);
  return new Date(shifted.getTime() + instant.getUTCMilliseconds());
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD HH:mm:ss' in the zone: for messages and for tests that read like a calendar. */
export function formatInZone(instant: Date, timeZone: string): string {
  const z = toZoned(instant, timeZone);
  return `${pad(z.year, 4)}-${pad(z.month)}-${pad(z.day)} ${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)}`;
}

export const isValidInstant = (value: Date): boolean =>
  value instanceof Date && !Number.isNaN(value.getTime());
