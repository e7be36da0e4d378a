/**
 * The public form: a resident registers an initiative without an account. The initiative is stored
 * without personal data; the contact details apart (initiative_contacts). A confirmation mail goes
 * to the outbox in the same step; the reply says it is queued, not that it arrived.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../core/context.ts';
import { invalidInput } from '../../core/errors.ts';
import { isKnownArea } from '../areas/index.ts';
import { recordProcessing } from '../audit/index.ts';
import { enqueueMail, type OutgoingMail } from '../mail/index.ts';
import { insertInitiative } from './initiative-store.ts';
import type { InitiativeInput } from './schema.ts';

export interface IntakeEnv {
  gemeente: string;
  /** The municipality's name for the mail. */
  municipalityName: string;
}

/** The data subject of the contact details in the processing log. */
export const CONTACT_SUBJECT = 'initiative-initiator';

export async function registerInitiative(
  ctx: ServiceContext,
  env: IntakeEnv,
  input: InitiativeInput,
): Promise<{ id: string; confirmationMailQueued: boolean }> {
  if (!(await isKnownArea(ctx, env.gemeente, 'buurt', input.buurtCode))) {
    throw invalidInput([{ name: 'body.buurtCode', reason: 'deze buurt ligt niet in de gemeente' }], 'Kies een buurt in de gemeente.');
  }
  const id = randomUUID();
  await insertInitiative(
    ctx.db,
    {
      id,
      gemeente: env.gemeente,
      kind: input.kind,
      title: input.title,
      description: input.description,
      buurtCode: input.buurtCode,
      point: input.point ?? null,
      peopleEstimate: input.peopleEstimate ?? null,
      supportAsked: input.supportAsked,
      supportNote: input.supportNote ?? null,
      publish: input.consent.publish,
      publishContactEmail: input.consent.publishContactEmail,
      contact: { name: input.contact.name, email: input.contact.email, phone: input.contact.phone ?? null },
    },
    randomUUID(),
  );
  await recordProcessing(ctx, {
    activity: 'initiatives.intake',
    operation: 'create',
    subject: { type: CONTACT_SUBJECT, id },
    attributes: { initiative: id, phone: Boolean(input.contact.phone) },
  });
  await enqueueMail(ctx.db, [confirmationMail(env, input)]);
  return { id, confirmationMailQueued: true };
}

function confirmationMail(env: IntakeEnv, input: InitiativeInput): OutgoingMail {
  const published = input.consent.publish
    ? 'U gaf toestemming om de naam, het soort, de buurt en de omschrijving te tonen op de openbare lijst zodra we het initiatief steunen.'
    : 'Het initiatief komt niet op de openbare lijst: daar gaf u geen toestemming voor.';
  return {
    to: input.contact.email,
    subject: `Uw initiatief "${input.title}" is aangemeld`,
    text: [
      `Beste ${input.contact.name},`,
      '',
      `Bedankt voor het aanmelden van uw initiatief "${input.title}" bij de gemeente ${env.municipalityName}.`,
      'Wat er nu gebeurt: een medewerker leest uw aanmelding en neemt contact met u op over de steun die u vraagt.',
      published,
      '',
      'Uw contactgegevens gebruiken we alleen om met u over dit initiatief te praten. We bewaren ze tot een jaar nadat het initiatief is gestopt.',
      '',
      'Met vriendelijke groet,',
      `Gemeente ${env.municipalityName}`,
    ].join('\n'),
  };
}
