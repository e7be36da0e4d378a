/** The web app's capability helper (web/src/ui/capabilities.ts): one answer per capability for every role of src/core/roles.ts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PERMISSIONS, ROLES, roleAllows } from '../../src/core/roles.ts';
import { capabilitiesOf, capable } from '../../web/src/ui/capabilities.ts';

const permissionsOf = (role: (typeof ROLES)[number]) => PERMISSIONS.filter((p) => roleAllows(role, p));

describe('capabilities', () => {
  it('gives a partner account its forwarded reports and missions, nothing of analysis or Beheer', () => {
    const c = capabilitiesOf(permissionsOf('partner'));
    assert.equal(c.signals, 'partner');
    assert.equal(c.missions, 'partner');
    assert.equal(c.partnerOnly, true);
    for (const no of ['analysis', 'manageUsers', 'exportSignals', 'savedFilters', 'signalSettings', 'editMissions', 'map'] as const)
      assert.equal(c[no], false, no);
    assert.equal(capable(c, 'signals'), true);
  });
  it('gives staff the staff scope and keeps each capability tied to its permission', () => {
    for (const role of ROLES.filter((r) => r !== 'partner')) {
      const p = permissionsOf(role);
      const c = capabilitiesOf(p);
      assert.equal(c.signals, p.includes('signals:read') ? 'staff' : null, role);
      assert.equal(c.missions, p.includes('missions:read') ? 'staff' : null, role);
      assert.equal(c.analysis, p.includes('analysis:read'), role);
      assert.equal(c.manageUsers, p.includes('users:manage'), role);
      assert.equal(c.exportSignals, p.includes('signals:export'), role);
      assert.equal(c.configureSignals, p.includes('signals:configure'), role);
      assert.equal(c.editMissions, p.includes('missions:edit'), role);
      assert.equal(c.partnerOnly, false, role);
      assert.equal(c.map, true, role);
    }
  });
  it('treats an admin (who holds signals:partner too) as staff', () => {
    const c = capabilitiesOf(permissionsOf('admin'));
    assert.equal(c.signals, 'staff');
    assert.equal(c.missions, 'staff');
  });
  it('offers nothing without permissions', () => {
    const c = capabilitiesOf([]);
    assert.equal(capable(c, 'signals'), false);
    assert.equal(capable(c, 'missions'), false);
    assert.equal(capable(c, 'analysis'), false);
  });
});
