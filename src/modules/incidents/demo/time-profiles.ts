/**
 * When synthetic incidents happen, per crime type: one profile per row of the table below (the
 * first row whose codes match wins, so 1.4.7 overval is `business`, not `violence`). The
 * weights are relative (local Europe/Amsterdam time) and plausible, not measured; they follow the
 * patterns reported in the literature on crime timing (e.g. Felson & Poulsen 2003, "Simple
 * indicators of crime by time of day", Int. J. Forecasting 19(4); Ratcliffe 2002 on aoristic
 * burglary windows; CBS/Politie monthly series for the seasons).
 *
 * | profile    | codes                          | hours (start of window)         | days                 | season             | window (end − start)        | known offender | victim | address  |
 * |------------|--------------------------------|---------------------------------|----------------------|--------------------|-----------------------------|----------------|--------|----------|
 * | burglary   | 1.1.1, 1.1.2                   | 08–21, peak 10–14 and 17–20     | Mon–Fri ×1.3         | Oct–Feb high (dark) | 90 % a window of 2–10 h     | 8 %            | 95 %   | home     |
 * | business   | 2.5.1, 1.4.7 (overval)         | 22–05                           | Fri–Sun ×1.3         | flat               | 70 %: 6–12 h (overnight)    | 10 %           | 80 %   | shop     |
 * | violence   | 1.4.1–1.4.6                    | 21–04, peak 23–02; low 12–18    | Fri ×1.6, Sat/Sun ×2 | May–Aug ×1.2       | 10 %: 0–30 min              | 45 %           | 95 %   | home 30 % |
 * | public-order | 3.6.4                        | 21–04, peak 23–02               | Fri ×1.6, Sat/Sun ×2 | flat               | 10 %: 0–30 min              | 60 %           | 30 %   | none     |
 * | shoplifting| 2.5.2                          | 09–21, peak 14–17               | Mon–Sat; Sun ×0.5    | Dec ×1.4           | exact                       | 60 %           | 0      | shop     |
 * | bicycle    | 1.2.3                          | 07–22, peak 12–18               | Mon–Sat              | May–Sep ×1.3       | 80 %: 1–8 h                 | 4 %            | 95 %   | none     |
 * | vehicle    | 1.2.1, 1.2.2, 1.2.5            | 20–06                           | all                  | Nov–Feb ×1.2       | 80 %: 6–12 h (overnight)    | 5 %            | 90 %   | none     |
 * | pickpocket | 1.2.4                          | 10–19, peak 13–17               | Sat ×1.6             | Dec ×1.3           | 50 %: 0–3 h                 | 5 %            | 100 %  | shop 40 % |
 * | vandalism  | 2.2.1, 1.6.1                   | 20–04, peak 22–02               | Fri/Sat ×1.8         | Dec/Jan ×1.5       | 60 %: 4–10 h (overnight)    | 10 %           | 60 %   | home     |
 * | traffic    | 1.3.1, 3.5.5                   | 07–09 and 16–19 peaks, 09–16    | all                  | flat               | exact                       | 70 %           | 40 %   | none     |
 * | drink-driving | 3.5.2                       | 22–05                           | Fri/Sat ×1.5–2       | flat               | exact                       | 100 %          | 0      | none     |
 * | default    | every other code               | 08–22 flat                      | Mon–Fri ×1.2         | flat               | 20 %: 0–24 h                | 30 %           | 60 %   | none     |
 *
 * "known offender" and "victim" are the shares of incidents with an offender_ref / victim_ref;
 * "address" the kind and share with an address_ref. How the refs are drawn (repeat pools, Zipf)
 * is in ref-pools.ts.
 */
export type AddressKind = 'home' | 'shop' | 'none';

export interface TimeProfile {
  name: string;
  /** Code prefixes ("1.4." matches 1.4.x). */
  codes: string[];
  hours: number[];
  /** Monday … Sunday. */
  weekdays: number[];
  /** January … December. */
  months: number[];
  /** Share of events with an end, and the window length in minutes [min, max]. */
  window: { share: number; minutes: [number, number] };
  offender: number;
  victim: number;
  address: { kind: AddressKind; share: number };
}

const flat = (n: number) => Array.from({ length: n }, () => 1);
/** 24 hourly weights: `base` everywhere, `on` in the listed [from, to) hour ranges (wrapping midnight). */
function hours(base: number, ...ranges: [number, number, number][]): number[] {
  const w = Array.from({ length: 24 }, () => base);
  for (const [from, to, on] of ranges) for (let h = from; h !== to; h = (h + 1) % 24) w[h] = on;
  return w;
}

export const TIME_PROFILES: TimeProfile[] = [
  {
    name: 'burglary',
    codes: ['1.1.1', '1.1.2'],
    hours: hours(0.15, [8, 21, 1], [10, 14, 1.6], [17, 20, 1.8]),
    weekdays: [1.3, 1.3, 1.3, 1.3, 1.3, 1, 1],
    months: [1.3, 1.2, 1, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1.1, 1.3, 1.4],
    window: { share: 0.9, minutes: [120, 600] },
    offender: 0.08,
    victim: 0.95,
    address: { kind: 'home', share: 1 },
  },
  {
    name: 'business',
    codes: ['2.5.1', '1.4.7'],
    hours: hours(0.1, [22, 5, 1]),
    weekdays: [1, 1, 1, 1, 1.3, 1.3, 1.3],
    months: flat(12),
    window: { share: 0.7, minutes: [360, 720] },
    offender: 0.1,
    victim: 0.8,
    address: { kind: 'shop', share: 1 },
  },
  {
    name: 'violence',
    codes: ['1.4.'],
    hours: hours(0.25, [21, 4, 1.5], [23, 2, 2.5], [12, 18, 0.6]),
    weekdays: [0.8, 0.8, 0.8, 0.9, 1.6, 2, 2],
    months: [0.9, 0.9, 1, 1, 1.2, 1.2, 1.2, 1.2, 1, 1, 0.9, 1],
    window: { share: 0.1, minutes: [0, 30] },
    offender: 0.45,
    victim: 0.95,
    address: { kind: 'home', share: 0.3 },
  },
  {
    name: 'public-order',
    codes: ['3.6.4'],
    hours: hours(0.25, [21, 4, 1.5], [23, 2, 2.5]),
    weekdays: [0.8, 0.8, 0.8, 0.9, 1.6, 2, 2],
    months: flat(12),
    window: { share: 0.1, minutes: [0, 30] },
    offender: 0.6,
    victim: 0.3,
    address: { kind: 'none', share: 0 },
  },
  {
    name: 'shoplifting',
    codes: ['2.5.2'],
    hours: hours(0, [9, 21, 1], [14, 17, 1.7]),
    weekdays: [1, 1, 1, 1, 1.1, 1.3, 0.5],
    months: [1, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.4],
    window: { share: 0, minutes: [0, 0] },
    offender: 0.6,
    victim: 0,
    address: { kind: 'shop', share: 1 },
  },
  {
    name: 'bicycle',
    codes: ['1.2.3'],
    hours: hours(0.1, [7, 22, 1], [12, 18, 1.5]),
    weekdays: [1, 1, 1, 1, 1, 1, 0.6],
    months: [0.7, 0.7, 0.9, 1, 1.3, 1.3, 1.3, 1.3, 1.3, 1, 0.9, 0.8],
    window: { share: 0.8, minutes: [60, 480] },
    offender: 0.04,
    victim: 0.95,
    address: { kind: 'none', share: 0 },
  },
  {
    name: 'vehicle',
    codes: ['1.2.1', '1.2.2', '1.2.5'],
    hours: hours(0.2, [20, 6, 1]),
    weekdays: flat(7),
    months: [1.2, 1.2, 1, 1, 0.9, 0.9, 0.9, 0.9, 1, 1, 1.2, 1.2],
    window: { share: 0.8, minutes: [360, 720] },
    offender: 0.05,
    victim: 0.9,
    address: { kind: 'none', share: 0 },
  },
  {
    name: 'pickpocket',
    codes: ['1.2.4'],
    hours: hours(0.05, [10, 19, 1], [13, 17, 1.6]),
    weekdays: [0.9, 0.9, 0.9, 1, 1.1, 1.6, 0.8],
    months: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.3],
    window: { share: 0.5, minutes: [0, 180] },
    offender: 0.05,
    victim: 1,
    address: { kind: 'shop', share: 0.4 },
  },
  {
    name: 'vandalism',
    codes: ['2.2.1', '1.6.1'],
    hours: hours(0.2, [20, 4, 1], [22, 2, 1.8]),
    weekdays: [0.8, 0.8, 0.8, 0.9, 1.8, 1.8, 1],
    months: [1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5],
    window: { share: 0.6, minutes: [240, 600] },
    offender: 0.1,
    victim: 0.6,
    address: { kind: 'home', share: 1 },
  },
  {
    name: 'traffic',
    codes: ['1.3.1', '3.5.5'],
    hours: hours(0.3, [7, 9, 2], [16, 19, 2], [9, 16, 1]),
    weekdays: flat(7),
    months: flat(12),
    window: { share: 0, minutes: [0, 0] },
    offender: 0.7,
    victim: 0.4,
    address: { kind: 'none', share: 0 },
  },
  {
    name: 'drink-driving',
    codes: ['3.5.2'],
    hours: hours(0.2, [22, 5, 1.5]),
    weekdays: [0.8, 0.8, 0.8, 0.9, 1.5, 2, 1.5],
    months: flat(12),
    window: { share: 0, minutes: [0, 0] },
    offender: 1,
    victim: 0,
    address: { kind: 'none', share: 0 },
  },
  {
    name: 'default',
    codes: [''],
    hours: hours(0.3, [8, 22, 1]),
    weekdays: [1.2, 1.2, 1.2, 1.2, 1.2, 1, 1],
    months: flat(12),
    window: { share: 0.2, minutes: [0, 1440] },
    offender: 0.3,
    victim: 0.6,
    address: { kind: 'none', share: 0 },
  },
];

/** The profile of a CBS code: the first row whose code list matches (exact code or prefix ending in "."). */
export function profileOf(code: string): TimeProfile {
  return TIME_PROFILES.find((p) => p.codes.some((c) => (c.endsWith('.') || c === '' ? code.startsWith(c) : code === c)))!;
}
