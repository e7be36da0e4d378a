/**
 * The catalogue of legal bases (bevoegdheden) a municipality decides under: seeded with the usual
 * powers when first needed; admins and coordinators add their own (APV articles) with PUT. A builtin
 * entry keeps its article and kind: only its label, description, hearing term and `active` change.
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import type { Db } from '../../../db/database.ts';
import { recordProcessing } from '../../audit/index.ts';
import type { MeasureKind, PlaceKind } from '../tables.ts';
import type { PowerBaseView } from './decision-schema.ts';

interface SeedBase {
  code: string;
  label: string;
  article: string;
  measureKind: MeasureKind;
  placeKind: PlaceKind;
  hearingDays: number | null;
  description: string;
}

export const DEFAULT_POWER_BASES: readonly SeedBase[] = [
  {
    code: 'opiumwet-13b',
    label: 'Sluiting woning of lokaal (drugs)',
    article: 'art. 13b Opiumwet',
    measureKind: 'closure',
    placeKind: 'address',
    hearingDays: 14,
    description: 'Sluiting van een woning, lokaal of erf waar drugs worden verkocht, afgeleverd of verstrekt of daartoe aanwezig zijn.',
  },
  {
    code: 'gemeentewet-174a',
    label: 'Sluiting woning (ernstige verstoring openbare orde)',
    article: 'art. 174a Gemeentewet',
    measureKind: 'closure',
    placeKind: 'address',
    hearingDays: 14,
    description: 'Sluiting van een woning of lokaal bij ernstige verstoring van de openbare orde of ernstige vrees daarvoor.',
  },
  {
    code: 'gemeentewet-172-3',
    label: 'Burgemeestersbevel',
    article: 'art. 172 lid 3 Gemeentewet',
    measureKind: 'order',
    placeKind: 'either',
    hearingDays: null,
    description: 'Bevel ter beëindiging of voorkoming van verstoring van de openbare orde.',
  },
  {
    code: 'gemeentewet-172a',
    label: 'Gebiedsverbod of meldplicht',
    article: 'art. 172a Gemeentewet',
    measureKind: 'area-ban',
    placeKind: 'area',
    hearingDays: null,
    description: 'Gebiedsverbod, groepsverbod of meldplicht bij herhaalde of groepsgewijze verstoring van de openbare orde.',
  },
  {
    code: 'gemeentewet-151b',
    label: 'Veiligheidsrisicogebied',
    article: 'art. 151b Gemeentewet',
    measureKind: 'risk-area',
    placeKind: 'area',
    hearingDays: null,
    description: 'Aanwijzing van een veiligheidsrisicogebied waarin preventief gefouilleerd kan worden.',
  },
  {
    code: 'gemeentewet-151c',
    label: 'Cameratoezicht',
    article: 'art. 151c Gemeentewet',
    measureKind: 'camera',
    placeKind: 'area',
    hearingDays: null,
    description: 'Aanwijzing van een gebied met cameratoezicht op openbare plaatsen; jaarlijks te evalueren.',
  },
  {
    code: 'gemeentewet-151d',
    label: 'Woonoverlast',
    article: 'art. 151d Gemeentewet',
    measureKind: 'housing-nuisance',
    placeKind: 'address',
    hearingDays: 14,
    description: 'Gedragsaanwijzing bij ernstige en herhaaldelijke hinder vanuit of bij een woning.',
  },
  {
    code: 'apv-sluiting',
    label: 'Sluiting openbare inrichting (APV)',
    article: 'art. 2:30 APV',
    measureKind: 'apv',
    placeKind: 'address',
    hearingDays: 14,
    description: 'Sluiting van een openbare inrichting op grond van de Algemene Plaatselijke Verordening.',
  },
  {
    code: 'apv-bevel',
    label: 'Bevel op grond van de APV',
    article: 'art. 2:1 APV',
    measureKind: 'apv',
    placeKind: 'either',
    hearingDays: null,
    description: 'Een bevel of aanwijzing op grond van de Algemene Plaatselijke Verordening.',
  },
  {
    code: 'bibob',
    label: 'Bibob: weigering of intrekking van een vergunning',
    article: 'art. 3 Wet Bibob',
    measureKind: 'bibob',
    placeKind: 'either',
    hearingDays: 14,
    description:
      'Weigering of intrekking van een vergunning na een Bibob-toets; met adviesaanvraag aan het Landelijk Bureau Bibob (art. 9, 15).',
  },
];

/** Adds the default catalogue when the municipality has none yet. */
export async function seedPowerBasesIfEmpty(db: Db, gemeente: string): Promise<number> {
  const any = await db.selectFrom('power_bases').select('code').where('gemeente_code', '=', gemeente).limit(1).executeTakeFirst();
  if (any) return 0;
  const rows = DEFAULT_POWER_BASES.map((b, k) => ({
    gemeente_code: gemeente,
    code: b.code,
    label: b.label,
    article: b.article,
    measure_kind: b.measureKind,
    place_kind: b.placeKind,
    description: b.description,
    hearing_days: b.hearingDays,
    builtin: true,
    sort: k,
  }));
  await db
    .insertInto('power_bases')
    .values(rows)
    .onConflict((oc) => oc.columns(['gemeente_code', 'code']).doNothing())
    .execute();
  return rows.length;
}

const BASE_COLUMNS = [
  'code',
  'label',
  'article',
  'measure_kind',
  'place_kind',
  'description',
  'hearing_days',
  'active',
  'builtin',
] as const;

type BaseRow = {
  code: string;
  label: string;
  article: string;
  measure_kind: MeasureKind;
  place_kind: PlaceKind;
  description: string;
  hearing_days: number | null;
  active: boolean;
  builtin: boolean;
};

const viewOf = (r: BaseRow): PowerBaseView => ({
  code: r.code,
  label: r.label,
  article: r.article,
  measureKind: r.measure_kind,
  placeKind: r.place_kind,
  description: r.description,
  hearingDays: r.hearing_days,
  active: r.active,
  builtin: r.builtin,
});

/** The catalogue in its order (seeded first when empty). */
export async function powerBasesOf(db: Db, gemeente: string): Promise<PowerBaseView[]> {
  await seedPowerBasesIfEmpty(db, gemeente);
  const rows = await db
    .selectFrom('power_bases')
    .select(BASE_COLUMNS)
    .where('gemeente_code', '=', gemeente)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return rows.map(viewOf);
}

/** One legal basis (seeded first when empty), or undefined. */
export async function powerBaseOf(db: Db, gemeente: string, code: string): Promise<PowerBaseView | undefined> {
  return (await powerBasesOf(db, gemeente)).find((b) => b.code === code);
}

export async function listPowerBases(ctx: ServiceContext, gemeente: string): Promise<PowerBaseView[]> {
  authorize(ctx, 'powers:read');
  return powerBasesOf(ctx.db, gemeente);
}

export interface PowerBaseInput {
  label: string;
  article: string;
  measureKind: MeasureKind;
  placeKind: PlaceKind;
  description: string;
  hearingDays: number | null;
  active: boolean;
}

/** Adds a legal basis or changes one; a builtin one keeps its article, kind and place. */
export async function savePowerBase(ctx: ServiceContext, gemeente: string, code: string, input: PowerBaseInput): Promise<PowerBaseView> {
  authorize(ctx, 'powers:edit');
  const existing = await powerBaseOf(ctx.db, gemeente, code);
  if (existing?.builtin) {
    const changed = (['article', 'measureKind', 'placeKind'] as const).filter((k) => input[k] !== existing[k]);
    if (changed.length)
      throw invalidInput(
        changed.map((k) => ({ name: `body.${k}`, reason: 'een ingebouwde grondslag houdt zijn artikel, soort en plaats' })),
        'Een ingebouwde grondslag kan alleen van naam, toelichting, zienswijzetermijn en actief veranderen.',
      );
  }
  const values = {
    label: input.label,
    article: input.article,
    measure_kind: input.measureKind,
    place_kind: input.placeKind,
    description: input.description,
    hearing_days: input.hearingDays,
    active: input.active,
  };
  const sort = (await ctx.db.selectFrom('power_bases').select('code').where('gemeente_code', '=', gemeente).execute()).length;
  await ctx.db
    .insertInto('power_bases')
    .values({ gemeente_code: gemeente, code, ...values, sort })
    .onConflict((oc) => oc.columns(['gemeente_code', 'code']).doUpdateSet(values))
    .execute();
  await recordProcessing(ctx, {
    activity: 'powers.decisions.manage',
    operation: existing ? 'update' : 'create',
    attributes: { base: code },
  });
  return (await powerBaseOf(ctx.db, gemeente, code))!;
}
