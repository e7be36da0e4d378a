/**
 * Browser-only export helpers: a chart's SVG element serialised into a standalone document and
 * drawn on a canvas as PNG, and starting a download.
 */
import { standaloneSvg } from './export-file.ts';

export function chartPng(svg: SVGSVGElement | null, caption: string): Promise<string> {
  if (!svg) return Promise.reject(new Error('no chart'));
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height;
  const text = standaloneSvg(new XMLSerializer().serializeToString(svg), width, height, caption);
  return svgToPng(text, width, height + 24);
}

/** The caption of an exported picture: the view title and, where it applies, the synthetic label. */
export const pngCaption = (title: string, period: string, syntheticLabel: string | null) =>
  [title, period, syntheticLabel ? `(${syntheticLabel})` : ''].filter(Boolean).join(' · ');

/** Browser only: renders standalone SVG text on a canvas (scale 2 for sharpness) and returns a PNG data URL. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<string> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Browser only: starts a download of a URL (a data URL or an API export). */
export function downloadUrl(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
