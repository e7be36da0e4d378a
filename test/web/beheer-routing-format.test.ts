import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CategoryNode } from '../../web/src/pages/beheer/categories-api.ts';
import {
  blankRule,
  categoryLabels,
  knownDepartments,
  minutesToTime,
  move,
  ruleErrors,
  ruleInWords,
  ruleInput,
  timeToMinutes,
} from '../../web/src/pages/beheer/routing-format.ts';

const cat = (slug: string, name: string, department: string, children: CategoryNode[] = []): CategoryNode => ({
  slug,
  parentSlug: null,
  name,
  description: '',
  keywords: '',
  handlingDays: 5,
  department,
  isPublic: true,
  isSensitive: false,
  isNuisance: false,
  active: true,
  partnerContact: false,
  children,
});
const TREE = [cat('overlast', 'Overlast', 'Handhaving', [cat('geluid', 'Geluid', 'Milieu')]), cat('groen', 'Groen', 'Buitendienst')];
const t = (key: string, o: Record<string, unknown> = {}) => `${key.split('.').pop()}(${Object.values(o).join(',')})`;

describe('Beheer routing rules in words and forms', () => {
  it('reads and writes times, wrapping past midnight is left to the server', () => {
    assert.equal(minutesToTime(22 * 60 + 5), '22:05');
    assert.equal(minutesToTime(null), '');
    assert.equal(timeToMinutes('7:30'), 450);
    assert.equal(timeToMinutes(''), null);
    assert.ok(Number.isNaN(timeToMinutes('24:30')));
  });
  it('moves within bounds only', () => {
    assert.deepEqual(move(['a', 'b', 'c'], 2, -1), ['a', 'c', 'b']);
    assert.deepEqual(move(['a', 'b'], 0, -1), ['a', 'b']);
  });
  it('checks a rule: name, target, both times or neither', () => {
    assert.deepEqual(ruleErrors(blankRule()), { name: true, assignTo: true });
    assert.deepEqual(ruleErrors({ ...blankRule(), name: 'n', assignTo: 'x', timeFrom: 60, timeTo: null }), { time: true });
  });
  it('says a rule in words with category and area names', () => {
    const rule = ruleInput({
      ...blankRule(),
      name: ' Nacht ',
      categorySlug: 'geluid',
      areaCode: 'WK050501',
      weekdays: [7, 6],
      timeFrom: 1320,
      timeTo: 360,
      assignKind: 'partner',
      assignTo: 'Politie',
    });
    assert.equal(rule.name, 'Nacht');
    assert.deepEqual(rule.weekdays, [6, 7]);
    const words = ruleInWords(rule, categoryLabels(TREE), new Map([['WK050501', 'Centrum']]), t);
    assert.equal(words, 'category(Overlast › Geluid) · area(Centrum) · 6(), 7() · 22:00–06:00 → partner(Politie)');
    assert.equal(ruleInWords({ ...blankRule(), assignTo: 'X' }, new Map(), new Map(), t), 'always() → department(X)');
  });
  it('lists the departments of categories and department rules, once and sorted', () => {
    const rules = [
      { ...blankRule(), assignTo: 'Wijkteam' },
      { ...blankRule(), assignKind: 'partner' as const, assignTo: 'Politie' },
    ];
    assert.deepEqual(knownDepartments(TREE, rules), ['Buitendienst', 'Handhaving', 'Milieu', 'Wijkteam']);
  });
});
