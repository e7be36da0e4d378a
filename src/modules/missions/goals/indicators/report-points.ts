/**
 * Residents' reports (signals) as points, through the signals module's analysis export
 * (`signalEvents`: coordinates, time and category only — no description, no contact details).
 */
import type { ServiceContext } from '../../../../core/context.ts';
import { signalEvents } from '../../../signals/index.ts';

export interface ReportPoint {
  x: number;
  y: number;
  lon: number;
  lat: number;
  time: number;
  category: string;
  mainCategory: string;
}

export async function reportPoints(
  ctx: ServiceContext,
  gemeente: string,
  q: { from: Date; to: Date; categories?: string[] },
): Promise<ReportPoint[]> {
  const ev = await signalEvents(ctx, gemeente, { from: q.from, to: q.to, ...(q.categories?.length ? { categories: q.categories } : {}) });
  return Array.from({ length: ev.count }, (_, i) => ({
    x: ev.x[i]!,
    y: ev.y[i]!,
    lon: ev.lon[i]!,
    lat: ev.lat[i]!,
    time: ev.time[i]!,
    category: ev.category[i]!,
    mainCategory: ev.mainCategory[i]!,
  }));
}
