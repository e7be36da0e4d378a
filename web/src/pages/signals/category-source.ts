/** Where the inbox and detail pages get the category tree: every category for staff, the active ones (the residents' list) for a partner. */
import type { SignalsAccess } from '../../ui/capabilities.ts';
import { getAllCategories, getPublicCategories } from './api.ts';
import { type CategoryIndex, indexCategories } from './categories.ts';
import type { Category } from './types.ts';

export async function loadCategoryIndex(scope: SignalsAccess): Promise<CategoryIndex> {
  const r = scope === 'staff' ? await getAllCategories() : await getPublicCategories();
  return indexCategories(r.categories as Category[]);
}
