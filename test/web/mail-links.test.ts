/**
 * Every page the server links to in a resident's e-mail is a public page of the web app (a wrong
 * path once sent point subscribers to a login page). Checks the server's path builders against
 * the web app's own route resolvers, so a renamed route breaks here, not in a resident's inbox.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confirmPath } from '../../src/modules/signals/residents/subscriptions.ts';
import { publicMapPath, unsubscribePath } from '../../src/modules/signals/residents/follower-messages.ts';
import { trackingPath } from '../../src/modules/signals/residents/notify.ts';
import { publicRouteFor } from '../../web/src/pages/signals/paths.ts';

const TOKEN = 'a'.repeat(43);

describe('links in residents’ e-mails', () => {
  it('each leads to the public page it names, without a login', () => {
    assert.deepEqual(publicRouteFor(trackingPath(TOKEN)), { page: 'track', token: TOKEN });
    assert.deepEqual(publicRouteFor(confirmPath(TOKEN)), { page: 'confirm', token: TOKEN });
    assert.deepEqual(publicRouteFor(unsubscribePath(TOKEN)), { page: 'unsubscribe', token: TOKEN });
    assert.deepEqual(publicRouteFor(publicMapPath), { page: 'public-map' });
  });
});
