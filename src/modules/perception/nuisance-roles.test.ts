/**
 * The "reported nuisance" index follows the categories' `nuisance` role, not their names: a made-up
 * category tree with other names (a main category with the role, a sub-category that sets it under a
 * main category without it, one that turns it off) still yields nuisance counts.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { seedCategoriesIfEmpty } from '../signals/index.ts';
import { nuisanceCounts, totalNuisance } from './signal-counts.ts';

const TREE = {
  categories: [
    {
      slug: 'hinder',
      name: 'Hinder',
      handlingDays: 3,
      department: 'Handhaving',
      nuisance: true,
      children: [
        { slug: 'lawaai', name: 'Lawaai', handlingDays: 3, department: 'Handhaving' },
        { slug: 'kapotte-bel', name: 'Kapotte bel', handlingDays: 3, department: 'Handhaving', nuisance: false },
      ],
    },
    {
      slug: 'leefomgeving',
      name: 'Leefomgeving',
      handlingDays: 5,
      department: 'Buitendienst',
      children: [
        { slug: 'kuilen', name: 'Kuilen', handlingDays: 5, department: 'Buitendienst' },
        { slug: 'kroegen', name: 'Kroegen', handlingDays: 5, department: 'Horeca', nuisance: true },
      ],
    },
  ],
  templates: {},
};

describe('perception: nuisance by category role', () => {
  let t: TestApp;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nuisance-roles-'));
    fs.writeFileSync(path.join(dir, 'categories.json'), JSON.stringify(TREE));
    t = await createTestApp({
      prepare: async (database) => {
        const seeded = await seedCategoriesIfEmpty(systemContext(database.db, 'test'), 'GM0505', dir);
        assert.equal(seeded?.file, path.join(dir, 'categories.json'));
      },
    });
    const add = (category: string, wijk: string) => {
      const id = randomUUID();
      return t.database.db
        .insertInto('signals')
        .values({
          gemeente_code: 'GM0505',
          id,
          number: `M-2023-${id.slice(0, 6)}`,
          tracking_token_hash: id,
          category_slug: category,
          status: 'new',
          buurt_code: `BU0505${wijk.slice(6)}01`,
          wijk_code: wijk,
          area_year: 2024,
          created_at: new Date('2023-06-01T10:00:00Z'),
        })
        .execute();
    };
    for (const [category, wijk] of [
      ['lawaai', 'WK050501'],
      ['lawaai', 'WK050501'],
      ['kroegen', 'WK050502'],
      ['kapotte-bel', 'WK050502'],
      ['kuilen', 'WK050502'],
    ] as const)
      await add(category, wijk);
  });
  after(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true });
  });

  it('counts the categories with the role, inherited or set on a sub-category', async () => {
    const ctx = systemContext(t.database.db, 'test');
    const perWijk = await nuisanceCounts(ctx, 'GM0505', 'wijk', 2023);
    assert.deepEqual(Object.fromEntries(perWijk), { WK050501: 2, WK050502: 1 });
    assert.equal(await totalNuisance(ctx, 'GM0505', 2023), 3);
    assert.equal((await nuisanceCounts(ctx, 'GM0505', 'wijk', 2022)).size, 0, 'another year has none');
  });
});
