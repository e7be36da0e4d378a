import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MAX_PHOTOS,
  PHOTO_MAX_BYTES,
  checkPhotos,
  emptyDraft,
  fieldErrorsFromProblem,
  firstInvalidStep,
  intakeBody,
  newIdempotencyKey,
  validateContact,
  validatePlace,
  validateWhat,
  waitBeforeSend,
  type ReportDraft,
  emailProblem,
} from '../../web/src/pages/signals/report-form.ts';
import { emailBody, intakeBody as serverIntakeBody } from '../../src/modules/signals/schema.ts';

const draft = (p: Partial<ReportDraft> = {}): ReportDraft => ({ ...emptyDraft(), ...p });
const POINT = { lat: 51.81, lon: 4.67 };

describe('report form: place', () => {
  it('needs a map point, or a buurt and an address when the map is not used', () => {
    assert.deepEqual(validatePlace(draft()), { point: 'pointRequired' });
    assert.deepEqual(validatePlace(draft({ point: POINT })), {});
    assert.deepEqual(validatePlace(draft({ placeMode: 'buurt' })), { buurtCode: 'buurtRequired', addressText: 'addressRequired' });
    assert.deepEqual(validatePlace(draft({ placeMode: 'buurt', buurtCode: 'BU05050101', addressText: 'Voorstraat 12', point: POINT })), {});
    assert.deepEqual(validatePlace(draft({ point: POINT, addressText: 'x'.repeat(301) })), { addressText: 'addressTooLong' });
  });
});

describe('report form: what and contact', () => {
  it('needs a description of at least 10 characters and a category', () => {
    assert.deepEqual(validateWhat(draft({ description: '  kapot   ' })), {
      description: 'descriptionTooShort',
      categorySlug: 'categoryRequired',
    });
    assert.deepEqual(validateWhat(draft({ description: 'x'.repeat(5001), categorySlug: 'afval-dumping' })), {
      description: 'descriptionTooLong',
    });
    assert.deepEqual(validateWhat(draft({ description: 'De lamp brandt niet', categorySlug: 'straatverlichting' })), {});
  });
  it('contact is optional, but an e-mail or phone needs a valid form and explicit consent', () => {
    assert.deepEqual(validateContact(draft()), {});
    assert.deepEqual(validateContact(draft({ email: 'bewoner@@example.nl' })), { email: 'emailInvalid', consent: 'consentRequired' });
    assert.deepEqual(
      validateContact(draft({ email: 'admin@localhost', consent: true })),
      {},
      'a local address is an address (the platform’s one rule)',
    );
    assert.deepEqual(validateContact(draft({ phone: 'bel me' })), { phone: 'phoneInvalid', consent: 'consentRequired' });
    assert.deepEqual(validateContact(draft({ email: 'a@b.nl', phone: '+31 6 1234 5678', consent: true })), {});
    assert.deepEqual(validateContact(draft({ updates: true })), { email: 'emailForUpdates' });
    assert.deepEqual(validateContact(draft({ email: 'a@b.nl', consent: true, updates: true })), {});
  });
  it('finds the first step with errors before sending', () => {
    assert.equal(firstInvalidStep(draft()), 'place');
    assert.equal(firstInvalidStep(draft({ point: POINT })), 'what');
    assert.equal(
      firstInvalidStep(draft({ point: POINT, description: 'De lamp brandt niet', categorySlug: 'straatverlichting', email: 'a@b.nl' })),
      'contact',
    );
  });
});

describe('report form: the e-mail rule of server and browser', () => {
  it('gives the same verdict as the server’s schemas for every address, valid or not', () => {
    const addresses = [
      'a@b.nl',
      'Bewoner@Example.NL',
      ' naam@voorbeeld.nl ',
      'admin@localhost',
      'x@sub.example-test.nl',
      'bewoner@example',
      'privé@example.nl',
      'a@b',
      '@b.nl',
      'a@',
      'a@@b.nl',
      'a b@c.nl',
      'a@-b.nl',
      'a@b-.nl',
      'a@b..nl',
      `${'a'.repeat(250)}@b.nl`,
      `a@${'b'.repeat(64)}.nl`,
      '',
    ];
    for (const a of addresses) {
      const server = serverIntakeBody.shape.email.safeParse(a).success && emailBody.safeParse({ email: a }).success;
      assert.equal(emailProblem(a) === undefined, server, `"${a.slice(0, 30)}": browser and server agree`);
    }
  });
});

describe('report form: request', () => {
  it('builds the intake body without empty optional fields and passes the honeypot on', () => {
    const body = intakeBody(
      draft({ point: { lat: 51.812345678, lon: 4.671234567 }, description: '  De lamp brandt niet ', categorySlug: 'straatverlichting' }),
      'tok',
      '',
    );
    assert.deepEqual(body, {
      description: 'De lamp brandt niet',
      categorySlug: 'straatverlichting',
      formToken: 'tok',
      location: { lat: 51.812346, lon: 4.671235 },
    });
    const full = intakeBody(
      draft({ addressText: ' Voorstraat 12 ', email: ' a@b.nl ', consent: true, description: 'x'.repeat(12), categorySlug: 'groen' }),
      'tok',
      'http://spam',
    );
    assert.equal(full.addressText, 'Voorstraat 12');
    assert.equal(full.email, 'a@b.nl');
    assert.equal(full.contactConsent, true);
    assert.equal(full.updates, false, 'the one e-mail field sends the updates choice with it');
    assert.equal(full.website, 'http://spam');
    assert.equal(full.location, undefined);
    const found = intakeBody(
      draft({ point: POINT, placeLabel: 'Voorstraat 12, 3311 AB Dordrecht', description: 'x'.repeat(12), categorySlug: 'groen' }),
      'tok',
      '',
    );
    assert.equal(found.addressText, 'Voorstraat 12, 3311 AB Dordrecht', 'the address found at the pin is sent');
    assert.equal(found.updates, undefined, 'no e-mail, no updates choice');
  });
  it('makes Idempotency-Keys the API accepts, different each time', () => {
    const a = newIdempotencyKey();
    assert.match(a, /^[A-Za-z0-9_-]{8,100}$/);
    assert.notEqual(a, newIdempotencyKey());
    assert.equal(
      newIdempotencyKey(() => 0, 36),
      'web-10-aaaaaaaaaaaaaaaaaaaa',
    );
  });
  it('waits until the form is old enough for the bot check', () => {
    assert.equal(waitBeforeSend(1_000, 3, 1_000), 3_250);
    assert.equal(waitBeforeSend(1_000, 3, 10_000), 0);
  });
  it('maps API field errors onto form fields', () => {
    assert.deepEqual(
      fieldErrorsFromProblem([
        { name: 'body.location', reason: 'outside' },
        { name: 'body.contactConsent', reason: 'must be true' },
        { name: 'body.email', reason: 'bad' },
      ]),
      { point: 'outside', consent: 'must be true', email: 'bad' },
    );
    assert.deepEqual(fieldErrorsFromProblem(undefined), {});
  });
});

describe('report form: photos', () => {
  it('accepts up to three JPEG/PNG/WebP photos within the size limit', () => {
    const photo = (name: string, type = 'image/jpeg', size = 1000) => ({ name, type, size });
    const r = checkPhotos(1, [
      photo('a.jpg'),
      photo('b.txt', 'text/plain'),
      photo('c.png', 'image/png', PHOTO_MAX_BYTES + 1),
      photo('d.webp', 'image/webp'),
      photo('e.jpg'),
    ]);
    assert.deepEqual(
      r.accepted.map((p) => p.name),
      ['a.jpg', 'd.webp'],
    );
    assert.deepEqual(r.rejected, [
      { name: 'b.txt', problem: 'type' },
      { name: 'c.png', problem: 'size' },
      { name: 'e.jpg', problem: 'tooMany' },
    ]);
    assert.equal(MAX_PHOTOS, 3);
  });
});
