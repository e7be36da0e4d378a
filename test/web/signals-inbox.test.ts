import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  activeConditionCount,
  defaultFilter,
  filterFromQuery,
  filterFromSaved,
  filterToApiQuery,
  filterToExportQuery,
  filterToQuery,
  filterToSaved,
  pageCount,
} from '../../web/src/pages/signals/inbox-query.ts';

describe('inbox filter ↔ query string', () => {
  it('keeps the default filter out of the URL and reads it back', () => {
    assert.equal(filterToQuery(defaultFilter()), '');
    assert.deepEqual(filterFromQuery(''), defaultFilter());
    assert.equal(filterToApiQuery(defaultFilter()), 'open=true&limit=25');
  });
  it('round-trips every condition', () => {
    const f = {
      ...defaultFilter(),
      q: 'lantaarnpaal "speelveld"',
      status: ['new', 'accepted'] as const,
      open: '' as const,
      category: 'openbare-ruimte',
      area: 'WK050501',
      assignee: 'me',
      overdue: true,
      olderThanDays: 5,
      sort: 'deadline' as const,
      page: 3,
      view: 'map' as const,
    };
    const qs = filterToQuery({ ...f, status: [...f.status] });
    assert.deepEqual(filterFromQuery(qs), { ...f, status: [...f.status] });
    assert.match(qs, /open=all/);
  });
  it('drops invalid values instead of sending them to the API', () => {
    const f = filterFromQuery(
      '?status=new,bogus&area=Amsterdam&assignee=everyone&olderThanDays=-2&sort=random&page=0&category=Not%20a%20slug',
    );
    assert.deepEqual(f.status, ['new']);
    assert.equal(f.area, '');
    assert.equal(f.assignee, '');
    assert.equal(f.olderThanDays, null);
    assert.equal(f.sort, 'newest');
    assert.equal(f.page, 1);
    assert.equal(f.category, '');
  });
  it('turns the page into limit/offset, asks up to 500 for the map, and exports without paging', () => {
    const f = { ...defaultFilter(), q: 'afval', page: 3 };
    assert.equal(filterToApiQuery(f), 'q=afval&open=true&limit=25&offset=50');
    assert.equal(filterToApiQuery({ ...f, view: 'map' }), 'q=afval&open=true&limit=500');
    assert.equal(filterToExportQuery(f), 'q=afval&open=true');
    assert.equal(pageCount(0), 1);
    assert.equal(pageCount(51), 3);
  });
  it('saves the conditions and reads a saved filter as the API returns it (parsed)', () => {
    const f = { ...defaultFilter(), status: ['done' as const], overdue: true, olderThanDays: 10 };
    assert.deepEqual(filterToSaved(f), { status: 'done', open: 'true', overdue: 'true', olderThanDays: '10' });
    const back = filterFromSaved({ status: ['done'], open: true, overdue: true, olderThanDays: 10 });
    assert.deepEqual(back, { ...f });
    assert.equal(filterFromSaved({ q: 'x' }).open, '', 'a saved filter without "open" means open and closed');
  });
  it('counts active conditions for the summary', () => {
    assert.equal(activeConditionCount(defaultFilter()), 0);
    assert.equal(activeConditionCount({ ...defaultFilter(), overdue: true, area: 'BU05050101' }), 2);
    assert.equal(activeConditionCount({ ...defaultFilter(), open: '' }), 0);
  });
});
