import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../../web/src/api/client.ts';
import {
  matchAreas,
  perceptionPublicRouteFor,
  perceptionStaffRouteFor,
  profilePath,
  pulsePath,
  recentYears,
  withYear,
  yearFromSearch,
  yearInSearch,
} from '../../web/src/pages/perception/paths.ts';
import { getDiscrepancies, getProfile, getPublicSafety } from '../../web/src/pages/perception/api.ts';
import type { ApiClient } from '../../web/src/api/client.ts';
import {
  emptyPulseForm,
  formatDay,
  parsePeriod,
  sendFailure,
  toggleProblem,
  toPulseAnswer,
  validatePulse,
} from '../../web/src/pages/perception/pulse-form.ts';

describe('pulse form validation', () => {
  it('needs both marks; the story and age band are optional', () => {
    assert.deepEqual(validatePulse(emptyPulseForm(), 1000), { safeDay: 'required', safeNight: 'required' });
    assert.deepEqual(validatePulse({ ...emptyPulseForm(), safeDay: 7, safeNight: 4 }, 1000), {});
    assert.deepEqual(validatePulse({ ...emptyPulseForm(), safeDay: 0, safeNight: 11 }, 1000), {
      safeDay: 'required',
      safeNight: 'required',
    });
  });
  it('checks the story length after trimming, as the API does (10 to max characters)', () => {
    const base = { ...emptyPulseForm(), safeDay: 7, safeNight: 4 };
    assert.deepEqual(validatePulse({ ...base, story: '   kort   ' }, 1000), { story: 'tooShort' });
    assert.deepEqual(validatePulse({ ...base, story: '          ' }, 1000), {});
    assert.deepEqual(validatePulse({ ...base, story: 'x'.repeat(1001) }, 1000), { story: 'tooLong' });
    assert.deepEqual(validatePulse({ ...base, story: 'x'.repeat(1000) }, 1000), {});
  });
  it('toggles problems in the questionnaire order', () => {
    const order = ['drugs', 'litter', 'noise'];
    assert.deepEqual(toggleProblem(['noise'], 'drugs', order), ['drugs', 'noise']);
    assert.deepEqual(toggleProblem(['drugs', 'noise'], 'drugs', order), ['noise']);
  });
  it('sends the story only when written and the age band only when chosen', () => {
    assert.deepEqual(toPulseAnswer({ safeDay: 8, safeNight: 5, problems: ['drugs'], story: '  ', ageBand: '' }), {
      safeDay: 8,
      safeNight: 5,
      problems: ['drugs'],
    });
    assert.deepEqual(toPulseAnswer({ safeDay: 8, safeNight: 5, problems: [], story: ' Het is donker bij de brug. ', ageBand: '25-44' }), {
      safeDay: 8,
      safeNight: 5,
      problems: [],
      story: 'Het is donker bij de brug.',
      ageBand: '25-44',
    });
    assert.throws(() => toPulseAnswer(emptyPulseForm()));
  });
});

describe('pulse send failures', () => {
  const problem = (status: number, extra: object = {}) => ({ type: 'about:blank', title: 't', status, detail: `d${status}`, ...extra });
  it('turns 409, 429 and 404 into polite kinds', () => {
    assert.deepEqual(sendFailure(new ApiError(problem(409))), { kind: 'already-answered', detail: 'd409' });
    assert.deepEqual(sendFailure(new ApiError(problem(429), 42)), { kind: 'rate-limited', retryAfter: 42 });
    assert.deepEqual(sendFailure(new ApiError(problem(404))), { kind: 'not-found' });
  });
  it('maps 400 field errors (body.story, body.problems.0) to the form fields', () => {
    const e = new ApiError(
      problem(400, {
        errors: [
          { name: 'body.story', reason: 'too short' },
          { name: 'body.problems.0', reason: 'bad' },
        ],
      }),
    );
    assert.deepEqual(sendFailure(e), { kind: 'invalid', fields: { story: 'invalid', problems: 'invalid' } });
    assert.deepEqual(sendFailure(new ApiError(problem(400, { errors: [{ name: 'body.x', reason: '?' }] }))), {
      kind: 'other',
      detail: 'd400',
    });
    assert.deepEqual(sendFailure(new Error('offline')), { kind: 'other', detail: 'offline' });
  });
  it('reads the quarter and formats the day the next one starts', () => {
    assert.deepEqual(parsePeriod('2026-Q4'), { year: 2026, quarter: 4 });
    assert.equal(parsePeriod('2026-Q5'), null);
    assert.equal(formatDay('2027-01-01T00:00:00.000Z', 'nl'), '1 januari 2027');
    assert.equal(formatDay('2027-01-01T00:00:00.000Z', 'en'), '1 January 2027');
  });
});

describe('beleving paths', () => {
  it('recognises the questionnaire link of the QR code and the public neighbourhood page', () => {
    assert.deepEqual(perceptionPublicRouteFor('/buurtpeiling/BU05050101'), { page: 'pulse', buurt: 'BU05050101' });
    assert.deepEqual(perceptionPublicRouteFor('/buurtpeiling/bu05050101/'), { page: 'pulse', buurt: 'BU05050101' });
    assert.equal(perceptionPublicRouteFor('/buurtpeiling/WK050501'), null, 'the pulse is per buurt');
    assert.deepEqual(perceptionPublicRouteFor('/veiligheid/WK050501'), { page: 'area', code: 'WK050501' });
    assert.equal(perceptionPublicRouteFor('/beleving'), null);
    assert.equal(pulsePath('BU05050101'), '/buurtpeiling/BU05050101');
  });
  it('sends /veiligheid and /buurtpeiling without a code to the find-your-buurt page', () => {
    assert.deepEqual(perceptionPublicRouteFor('/veiligheid'), { page: 'find', target: 'area' });
    assert.deepEqual(perceptionPublicRouteFor('/Veiligheid/'), { page: 'find', target: 'area' });
    assert.deepEqual(perceptionPublicRouteFor('/buurtpeiling'), { page: 'find', target: 'pulse' });
    assert.equal(perceptionPublicRouteFor('/veiligheid/onzin'), null);
  });
  it('reads the year of the neighbourhood page from ?jaar= and finds areas by part of their name', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    assert.equal(yearInSearch('?jaar=2023', now), 2023);
    assert.equal(yearInSearch('?jaar=1999', now), null);
    assert.equal(yearInSearch('?jaar=2030', now), null);
    assert.equal(yearInSearch('', now), null);
    const areas = [{ name: 'Oud Krispijn' }, { name: 'Krispijn' }, { name: 'Reeland' }, { name: 'Crabbehof' }];
    assert.deepEqual(
      matchAreas(areas, 'krisp').map((a) => a.name),
      ['Krispijn', 'Oud Krispijn'],
      'names that start with the query first',
    );
    assert.deepEqual(matchAreas([{ name: 'Café Noord' }], 'cafe'), [{ name: 'Café Noord' }], 'accents ignored');
    assert.deepEqual(matchAreas(areas, '  '), []);
  });
  it('routes the staff pages and falls back to the start page', () => {
    assert.deepEqual(perceptionStaffRouteFor('/beleving/moderatie'), { page: 'moderation' });
    assert.deepEqual(perceptionStaffRouteFor('/beleving/verschillen/'), { page: 'discrepancies' });
    assert.deepEqual(perceptionStaffRouteFor(profilePath('GM0505')), { page: 'profile', code: 'GM0505' });
    assert.deepEqual(perceptionStaffRouteFor('/beleving/profiel/XX1'), { page: 'home' });
  });
  it('offers recent years and reads ?jaar= only when allowed', () => {
    const years = recentYears(new Date('2026-11-26T08:00:00Z'), 3);
    assert.deepEqual(years, [2026, 2025, 2024]);
    assert.equal(yearFromSearch('?jaar=2024', years, 2026), 2024);
    assert.equal(yearFromSearch('?jaar=1999', years, 2026), 2026);
    assert.equal(yearFromSearch('', years, 2026), 2026);
    assert.equal(yearFromSearch('', years, null), null);
  });
  it('adds the year a reply shows to the choices, newest first', () => {
    assert.deepEqual(withYear([2026, 2025, 2024], 2025), [2026, 2025, 2024]);
    assert.deepEqual(withYear([2026, 2025, 2024], 2019), [2026, 2025, 2024, 2019]);
  });
  it('asks without year on first load, so the server picks the latest year with data', async () => {
    const urls: string[] = [];
    const client: ApiClient = {
      request: async <T>(url: string) => {
        urls.push(url);
        return {} as T;
      },
    };
    await getProfile('WK050501', null, client);
    await getPublicSafety('BU05050101', null, client);
    await getDiscrepancies('wijk', null, 25, client);
    await getPublicSafety('BU05050101', 2022, client);
    await getDiscrepancies('buurt', 2022, 10, client);
    assert.deepEqual(urls, [
      '/api/v1/areas/WK050501/safety-profile',
      '/api/v1/public/areas/BU05050101/safety',
      '/api/v1/perception/discrepancies?level=wijk&minGap=25',
      '/api/v1/public/areas/BU05050101/safety?year=2022',
      '/api/v1/perception/discrepancies?level=buurt&year=2022&minGap=10',
    ]);
  });
});
