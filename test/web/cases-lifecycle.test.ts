import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '../../web/src/api/client.ts';
import { exportUrl, getRetentionProofs, logCasePrint } from '../../web/src/pages/cases/api-lifecycle.ts';

const ID = '0b7c9f5e-1d2a-4c3b-8e4f-5a6b7c8d9e0f';

function recordingClient(status: number, body: string) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const client = createClient('', async (url, init) => {
    calls.push({ url, init });
    return new Response(status === 204 ? null : body, { status, headers: { 'content-type': 'application/json' } });
  });
  return { client, calls };
}

describe('cases lifecycle web API', () => {
  it('logs a print with a POST carrying the CSRF token before printing, and gets nothing back', async () => {
    const { client, calls } = recordingClient(204, '');
    assert.equal(await logCasePrint(ID, 'csrf-1', client), undefined);
    assert.equal(calls[0]!.url, `/api/v1/cases/${ID}/print`);
    assert.equal(calls[0]!.init?.method, 'POST');
    assert.equal((calls[0]!.init!.headers as Record<string, string>)['x-csrf-token'], 'csrf-1');
    assert.equal(calls[0]!.init?.body, '{"part":"case"}');
  });

  it('refuses the print with the server’s problem (a break-glass reader)', async () => {
    const problem = JSON.stringify({ type: 'x', title: 'Forbidden', status: 403, detail: 'Geen toegang tot deze casus.' });
    const { client } = recordingClient(403, problem);
    await assert.rejects(logCasePrint(ID, 'csrf-1', client), /Geen toegang tot deze casus/);
  });

  it('downloads the export by a GET address with the format, without the person in it', () => {
    assert.equal(exportUrl(ID, 'pdf'), `/api/v1/cases/${ID}/export?format=pdf`);
    assert.equal(exportUrl(ID, 'json'), `/api/v1/cases/${ID}/export?format=json`);
    assert.equal(exportUrl('a/b', 'json'), '/api/v1/cases/a%2Fb/export?format=json');
  });

  it('reads the retention proofs', async () => {
    const reply = {
      retentionYears: 5,
      proofs: [
        { year: 2031, runAt: '2031-06-15T12:00:00.000Z', casesAnonymised: 1, references: ['PGA-2026-0001'], checksum: 'ab', method: 'm' },
      ],
    };
    const { client, calls } = recordingClient(200, JSON.stringify(reply));
    assert.deepEqual(await getRetentionProofs(client), reply);
    assert.equal(calls[0]!.url, '/api/v1/case-retention/proofs');
  });
});
