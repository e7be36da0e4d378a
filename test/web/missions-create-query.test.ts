import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  baselineOf,
  candidatePath,
  createMissionPath,
  evidenceRequests,
  parseCreateQuery,
  scopeFromParams,
  type CreateParams,
} from '../../web/src/pages/missions/create-query.ts';
import { checkMissionForm, initialForm, missionBody, toggle } from '../../web/src/pages/missions/mission-form.ts';
import { missionPath, missionsPublicRouteFor, missionsStaffRouteFor } from '../../web/src/pages/missions/paths.ts';

const search = (path: string) => path.slice(path.indexOf('?'));

describe('create-from-analysis URL contract', () => {
  it('builds the documented link and reads it back', () => {
    const p: CreateParams = {
      buurten: ['BU05050102', 'BU05050103'],
      year: 2024,
      crimeTypes: ['1.1.1', '1.4.*'],
      from: '2023-01-01',
      to: '2024-01-01',
      evidence: [{ kind: 'hotcrimes' }, { kind: 'hottimes' }, { kind: 'concentration', of: 'victim' }],
      title: 'Woninginbraak Grote Markt',
      view: 'hotspots',
    };
    const path = createMissionPath(p);
    assert.equal(
      path,
      '/opgaven/nieuw?buurten=BU05050102,BU05050103&year=2024&crimeTypes=1.1.1,1.4.*&from=2023-01-01&to=2024-01-01' +
        '&evidence=hotcrimes,hottimes,concentration:victim&title=Woninginbraak+Grote+Markt&view=hotspots',
    );
    assert.deepEqual(parseCreateQuery(search(path)), { params: p, problems: [] });
    assert.equal(createMissionPath({}), '/opgaven/nieuw');
  });

  it('reads grid cells with their size and refuses corners off the grid', () => {
    const { params, problems } = parseCreateQuery('?cells=104000_425000,104250_425000,104100_425000&cellSize=250');
    assert.deepEqual(params, {
      cells: [
        [104000, 425000],
        [104250, 425000],
      ],
      cellSize: 250,
    });
    assert.deepEqual(problems, [{ param: 'cells', value: '104100_425000' }]);
    assert.deepEqual(parseCreateQuery('?cells=104000_425000').problems, [{ param: 'cellSize', value: '' }]);
    assert.equal(createMissionPath(params), '/opgaven/nieuw?cells=104000_425000,104250_425000&cellSize=250');
  });

  it('leaves out what does not fit and lists it, case and duplicates forgiven', () => {
    const { params, problems } = parseCreateQuery(
      '?buurten=bu05050102,BU05050102,WK050501&crimeTypes=1.1.1,drugs&from=2023-02-30&to=2024-01-01&evidence=hotcrimes,snapshot,concentration:names&year=24',
    );
    assert.deepEqual(params, { buurten: ['BU05050102'], crimeTypes: ['1.1.1'], to: '2024-01-01', evidence: [{ kind: 'hotcrimes' }] });
    assert.deepEqual(
      problems.map((p) => `${p.param}=${p.value}`),
      ['buurten=WK050501', 'year=24', 'crimeTypes=drugs', 'from=2023-02-30', 'evidence=snapshot', 'evidence=concentration:names'],
    );
    assert.equal(parseCreateQuery('?from=2023-02-30').params.from, undefined, 'an impossible date is refused');
  });

  it('gives the scope: buurten (default indeling) over cells, or none', () => {
    assert.deepEqual(scopeFromParams({ buurten: ['BU05050102'] }, 2024), { kind: 'buurten', year: 2024, codes: ['BU05050102'] });
    assert.deepEqual(scopeFromParams({ cells: [[0, 0]], cellSize: 100 }, 2024), { kind: 'cells', cellSize: 100, cells: [[0, 0]] });
    assert.equal(scopeFromParams({}, 2024), null);
  });

  it('turns evidence kinds into the API queries over the period', () => {
    const r = evidenceRequests(
      [
        { kind: 'crime-counts' },
        { kind: 'hotcrimes' },
        { kind: 'hottimes' },
        { kind: 'concentration', of: 'address' },
        { kind: 'report-counts' },
      ],
      { from: '2023-01-01', to: '2024-01-01' },
    );
    assert.deepEqual(r, [
      { kind: 'crime-counts', query: { year: 2023 } },
      { kind: 'hotcrimes', query: { from: '2023-01-01', to: '2024-01-01', baselineFrom: '2022-01-01', baselineTo: '2023-01-01' } },
      { kind: 'hottimes', query: { from: '2023-01-01', to: '2024-01-01' } },
      { kind: 'concentration', query: { from: '2023-01-01', to: '2024-01-01', of: 'address' } },
      { kind: 'report-counts', query: { from: '2023-01-01', to: '2024-01-01' } },
    ]);
    assert.equal(evidenceRequests([{ kind: 'hottimes' }], { from: '2024-01-01', to: '2023-01-01' }), 'period');
    assert.equal(evidenceRequests([{ kind: 'hottimes' }], {}), 'period');
    assert.deepEqual(evidenceRequests([], {}), []);
    assert.deepEqual(baselineOf('2023-03-01', '2023-04-01'), { from: '2023-01-29', to: '2023-03-01' }, '31 days back');
    assert.deepEqual(baselineOf('2023-03-01', '2023-04-01', '2022-03-01', '2022-04-01'), { from: '2022-03-01', to: '2022-04-01' });
  });

  it('links an early-warning candidate to the create page over its alert weeks', () => {
    const path = candidatePath({
      areaCode: 'BU05050102',
      crimeType: '1.2.*',
      weeks: ['2023-11-06', '2023-11-13'],
      suggestedTitle: 'Stijging 1.2.* in Grote Markt',
    });
    const { params } = parseCreateQuery(search(path));
    assert.deepEqual(params, {
      buurten: ['BU05050102'],
      crimeTypes: ['1.2.*'],
      from: '2023-11-06',
      to: '2023-11-20',
      evidence: [{ kind: 'hotcrimes' }, { kind: 'hottimes' }],
      title: 'Stijging 1.2.* in Grote Markt',
      view: 'early-warning',
    });
  });
});

describe('create form', () => {
  const params = parseCreateQuery(
    '?buurten=BU05050102&crimeTypes=1.1.1&from=2023-01-01&to=2024-01-01&evidence=hotcrimes&title=Inbraak',
  ).params;

  it('starts from the link and checks every field at once', () => {
    const empty = initialForm({}, 2024);
    assert.deepEqual(checkMissionForm(empty), { title: 'titleShort', scope: 'scopeRequired' });
    assert.deepEqual(checkMissionForm({ ...empty, evidence: [{ kind: 'hottimes' }], nextReview: '1-1-2024' }), {
      title: 'titleShort',
      scope: 'scopeRequired',
      period: 'periodRequired',
      nextReview: 'dateFormat',
    });
    assert.deepEqual(checkMissionForm(initialForm(params, 2024)), {});
  });

  it('builds the POST /missions body with frozen evidence and the analysis origin', () => {
    const body = missionBody(initialForm(params, 2024), 'user-1', (c) => `ev ${c.kind}`);
    assert.deepEqual(body, {
      title: 'Inbraak',
      problemStatement: '',
      scope: { kind: 'buurten', year: 2024, codes: ['BU05050102'] },
      crimeTypes: ['1.1.1'],
      ownerId: 'user-1',
      priority: 'medium',
      nextReview: null,
      evidence: [
        {
          kind: 'hotcrimes',
          title: 'ev hotcrimes',
          query: { from: '2023-01-01', to: '2024-01-01', baselineFrom: '2022-01-01', baselineTo: '2023-01-01' },
        },
      ],
      origin: { from: 'analysis', period: { from: '2023-01-01', to: '2024-01-01' } },
    });
    assert.equal(
      missionBody(initialForm({}, 2024), 'u', () => ''),
      null,
    );
    assert.deepEqual(toggle(['a', 'b'], 'a'), ['b']);
    assert.deepEqual(toggle(['a'], 'b'), ['a', 'b']);
  });
});

describe('opgaven paths', () => {
  const id = '121aa27a-66bf-41ee-87b4-29905fabbc34';
  it('routes staff and public pages', () => {
    assert.deepEqual(missionsStaffRouteFor('/opgaven'), { page: 'portfolio' });
    assert.deepEqual(missionsStaffRouteFor('/opgaven/nieuw/'), { page: 'new' });
    assert.deepEqual(missionsStaffRouteFor(missionPath(id.toUpperCase())), { page: 'detail', id });
    assert.deepEqual(missionsStaffRouteFor('/opgaven/onzin'), { page: 'portfolio' });
    assert.deepEqual(missionsPublicRouteFor('/opgaven/publiek'), { page: 'public-list' });
    assert.deepEqual(missionsPublicRouteFor(`/opgaven/publiek/${id}`), { page: 'public-detail', id });
    assert.equal(missionsPublicRouteFor('/opgaven'), null);
    assert.equal(missionsPublicRouteFor(`/opgaven/${id}`), null, 'staff pages need a login');
  });
});
