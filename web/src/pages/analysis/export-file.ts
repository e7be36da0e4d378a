/**
 * Exports: the API gives CSV and GeoJSON (`format=`); PNG is made in the browser from the map
 * canvas or from a chart's SVG. These helpers (file names, standalone SVG text, data URL → bytes)
 * are pure and unit-tested; the DOM parts are in svg-png.ts.
 */
import type { Meta } from './types.ts';

/** e.g. analyse-hottimes-2023-01-01-2024-01-01-synthetisch.csv */
export function exportFileName(view: string, meta: Pick<Meta, 'from' | 'to' | 'synthetic'> | null, ext: string): string {
  const period = meta ? `-${meta.from}-${meta.to}` : '';
  return `analyse-${view}${period}${meta?.synthetic ? '-synthetisch' : ''}.${ext}`;
}

/**
 * A chart's SVG as a standalone document: XML namespace, explicit size, a white background and a
 * caption line (title, synthetic label) so the picture says what it is outside the page.
 */
export function standaloneSvg(inner: string, width: number, height: number, caption: string): string {
  const body = inner.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const esc = caption.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const h = height + 24;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="8" y="16" font-size="12" fill="#1a1a1a">${esc}</text>` +
    `<g transform="translate(0,24)">${body}</g></svg>`
  );
}

/** Bytes of a base64 data URL (to check a PNG export, or to save it). */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const bin = atob(dataUrl.slice(comma + 1));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const isPng = (bytes: Uint8Array) => PNG_SIGNATURE.every((b, i) => bytes[i] === b);
