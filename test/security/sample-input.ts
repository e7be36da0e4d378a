/**
 * A small, valid-looking instance of a JSON Schema (as the OpenAPI document gives it): required
 * properties only, the first enum value, the lowest allowed number, a string that matches the
 * pattern. The authorisation matrix sends these so requests get past validation to the service; the
 * input fuzz mutates one field of them at a time.
 */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export const SAMPLE_UUID = '0b9f3c1e-4d2a-4c6b-9e8f-7a1b2c3d4e5f';

/** Strings tried, in order, against a pattern; the first that matches is the sample. */
const PATTERN_CANDIDATES = [
  SAMPLE_UUID,
  '2024-01-01',
  '2024-01-01T00:00:00Z',
  'BU05050101',
  'WK050501',
  'GM0505',
  'M-2024-000001',
  'me',
  '1.1.1',
  'someone@example.test',
  '0612345678',
  '4.6,51.7,4.7,51.8',
  '2024',
  '0123456789abcdef0123456789abcdef',
  'abcdefgh',
  'abc',
];

const FORMATS: Record<string, string> = {
  uuid: SAMPLE_UUID,
  date: '2024-01-01',
  'date-time': '2024-01-01T00:00:00Z',
  email: 'someone@example.test',
};

/** Patterns for which no candidate matches; the suite names them so a candidate can be added. */
export const unmatchedPatterns = new Set<string>();

function sampleString(schema: JsonSchema): string {
  if (schema.format && FORMATS[schema.format]) return FORMATS[schema.format]!;
  if (schema.pattern) {
    const re = new RegExp(schema.pattern);
    const hit = PATTERN_CANDIDATES.find((c) => re.test(c) && c.length >= (schema.minLength ?? 0));
    if (hit) return hit;
    unmatchedPatterns.add(schema.pattern);
  }
  const length = Math.max(schema.minLength ?? 0, 3);
  return 'abc'.padEnd(Math.min(length, schema.maxLength ?? length), 'x');
}

function sampleNumber(schema: JsonSchema, integer: boolean): number {
  let n = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
  if (schema.maximum !== undefined && n > schema.maximum) n = schema.maximum;
  return integer ? Math.ceil(n) : n;
}

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null') ?? 'null';
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  return undefined;
}

export function sampleOf(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  if ('const' in schema) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice?.length) return sampleOf(choice.find((s) => typeOf(s) !== 'null') ?? choice[0]);
  if (schema.allOf?.length) return sampleOf(schema.allOf[0]);
  switch (typeOf(schema)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sampleOf(schema.properties?.[key] ?? {});
      return out;
    }
    case 'array':
      if (schema.prefixItems) return schema.prefixItems.map(sampleOf);
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items));
    case 'string':
      return sampleString(schema);
    case 'integer':
      return sampleNumber(schema, true);
    case 'number':
      return sampleNumber(schema, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return schema.default ?? 'abc';
  }
}
