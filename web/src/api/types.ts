/**
 * Readable names for the API's types. The shapes come from openapi.ts, which is generated from
 * /api/v1/openapi.json (`npm run api-types`); nothing here is written by hand but the names.
 * `Reply<path, method>` is the JSON reply of a successful call, `Body<path, method>` its JSON body,
 * `Query<path>` its query string.
 */
import type { paths } from './openapi.ts';

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends ApiPath, M extends Method> = M extends keyof paths[P] ? paths[P][M] : never;
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Responses<O> = O extends { responses: infer R } ? R : never;

/** The JSON reply of a successful call (200 or 201). */
export type Reply<P extends ApiPath, M extends Method = 'get'> =
  | Json<Responses<Operation<P, M>>[200 & keyof Responses<Operation<P, M>>]>
  | Json<Responses<Operation<P, M>>[201 & keyof Responses<Operation<P, M>>]>;

/** The JSON request body of a call. */
export type Body<P extends ApiPath, M extends Method = 'post'> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The query parameters of a call. */
export type Query<P extends ApiPath, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** RFC 9457 problem details (every error reply), as the routes list them for 400. */
export type Problem = Json<paths['/api/v1/areas']['get']['responses'][400]>;

export type Instance = Reply<'/api/v1/instance'>;
export type Session = Reply<'/api/v1/session'>;
export type SessionUser = NonNullable<Session['user']>;

export type Vintage = Reply<'/api/v1/areas/vintages'>[number];
export type AreaCollection = Reply<'/api/v1/areas'>;
export type AreaFeature = AreaCollection['features'][number];
export type AreaProperties = AreaFeature['properties'];
export type AreaLevel = AreaProperties['level'];
export type AreaGeometry = NonNullable<AreaFeature['geometry']>;
/** One point of a polygon ring: [lon, lat]. */
export type Position = Extract<AreaGeometry, { type: 'Polygon' }>['coordinates'][number][number];

/** A partner organisation's type, as the API names it. */
export type PartnerKind = Body<'/api/v1/partners'>['kind'];
/** Every partner type in the order forms offer them (checked against the API's list by `satisfies`). */
export const PARTNER_KINDS = [
  'police',
  'public-prosecutor',
  'probation',
  'safety-house',
  'municipality',
  'housing-corporation',
  'social-team',
  'youth-work',
  'school',
  'care-provider',
  'faith-community',
  'business-association',
  'sports-club',
  'residents-association',
  'other',
] as const satisfies readonly PartnerKind[];
