/**
 * Where a decision applies and what it points at: the BAG address placed by the geocoder (label,
 * point and buurt through the areas locator), area codes that must exist, and the references to a
 * PGA case (only one the caller may open), a mission and an owner. Refusals name the field in Dutch.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { type FieldError, invalidInput, unknownReference } from '../../../core/errors.ts';
import { type AreaLevel, getAreaLocator, isKnownArea } from '../../areas/index.ts';
import { caseAccessOrNull } from '../../cases/index.ts';
import { addressPointOf } from '../../geocoder/index.ts';
import { findMission } from '../../missions/index.ts';
import { accountSummary } from '../../users/index.ts';
import type { PlaceKind } from '../tables.ts';

export interface PlaceInput {
  address?: string | null;
  areaCodes?: string[];
  geometry?: unknown;
}

export interface Place {
  addressLabel: string | null;
  lon: number | null;
  lat: number | null;
  buurtCode: string | null;
}

const LEVEL_OF: Record<string, AreaLevel> = { BU: 'buurt', WK: 'wijk', GM: 'gemeente' };

const unknownAddress = () =>
  invalidInput(
    [
      {
        name: 'body.address',
        reason:
          'dit adres is niet gevonden in de BAG-adressen; kies het adres uit de zoeklijst of controleer straat en huisnummer of postcode',
      },
    ],
    'Het adres is onbekend.',
  );

async function buurtOf(ctx: ServiceContext, gemeente: string, point: { lon: number; lat: number }): Promise<string | null> {
  try {
    return (await getAreaLocator(ctx, gemeente)).locate(point.lon, point.lat)?.buurt.code ?? null;
  } catch {
    return null;
  }
}

/**
 * The address placed by the geocoder's local BAG addresses; where those do not know it (not loaded:
 * the address search then asks PDOK), the point the search gave, when it lies in the municipality.
 * Otherwise a field error.
 */
export async function placeOfAddress(
  ctx: ServiceContext,
  gemeente: string,
  address: string | null | undefined,
  searched?: { lon: number; lat: number } | null,
): Promise<Place> {
  if (!address) return { addressLabel: null, lon: null, lat: null, buurtCode: null };
  const local = await addressPointOf(ctx.db, gemeente, address);
  const point = local ?? searched ?? null;
  if (!point) throw unknownAddress();
  const buurtCode = await buurtOf(ctx, gemeente, point);
  if (!local && !buurtCode)
    throw invalidInput([{ name: 'body.addressPoint', reason: 'dit punt ligt niet in de gemeente' }], 'Het adres ligt buiten de gemeente.');
  return { addressLabel: address.trim(), lon: point.lon, lat: point.lat, buurtCode };
}

/** Field errors for area codes that name no area of the municipality. */
export async function unknownAreaErrors(ctx: ServiceContext, gemeente: string, codes: readonly string[]): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const [k, code] of codes.entries()) {
    const level = LEVEL_OF[code.slice(0, 2)];
    if (!level || !(await isKnownArea(ctx, gemeente, level, code)))
      errors.push({ name: `body.areaCodes.${k}`, reason: 'dit gebied is onbekend in deze gemeente' });
  }
  return errors;
}

/** A field error when the place does not fit what the legal basis asks (an address, an area, either). */
export function placeKindError(kind: PlaceKind, place: PlaceInput): FieldError | null {
  const hasAddress = Boolean(place.address);
  const hasArea = (place.areaCodes?.length ?? 0) > 0 || Boolean(place.geometry);
  if (kind === 'address' && !hasAddress) return { name: 'body.address', reason: 'deze bevoegdheid geldt voor een adres; vul het adres in' };
  if (kind === 'area' && !hasArea)
    return { name: 'body.areaCodes', reason: 'deze bevoegdheid geldt voor een gebied; kies buurten of teken het gebied' };
  if (kind === 'either' && !hasAddress && !hasArea) return { name: 'body.address', reason: 'vul een adres in of kies een gebied' };
  return null;
}

export interface ReferenceInput {
  caseId?: string | null;
  missionId?: string | null;
  ownerId?: string | null;
}

/** Checks the case (only one the caller may open), the mission and the owner a decision points at. */
export async function checkReferences(ctx: ServiceContext, gemeente: string, input: ReferenceInput): Promise<void> {
  if (input.caseId && !(await caseAccessOrNull(ctx, input.caseId)))
    throw unknownReference('Deze casus bestaat niet of u heeft er geen toegang toe; koppel alleen een casus waarin u een rol heeft.');
  if (input.missionId && !(await findMission(ctx.db, gemeente, input.missionId)))
    throw unknownReference('Deze opgave bestaat niet (meer).');
  if (input.ownerId) {
    const owner = await accountSummary(ctx.db, input.ownerId);
    if (owner?.status !== 'active')
      throw invalidInput([{ name: 'body.ownerId', reason: 'deze medewerker bestaat niet of is niet actief' }]);
  }
}
