/** Browser only: the map canvas (drawn with preserveDrawingBuffer) with a caption strip and the legend, as a PNG data URL. */
export function mapPng(mapCanvas: HTMLCanvasElement, caption: string, legend: { colour: string; label: string }[]): string {
  const w = mapCanvas.width;
  const scale = w / (mapCanvas.clientWidth || w);
  const line = 20 * scale;
  const head = 28 * scale;
  const foot = (legend.length + 1) * line;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = mapCanvas.height + head + foot;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `${14 * scale}px system-ui, sans-serif`;
  ctx.fillText(caption, 8 * scale, 19 * scale);
  ctx.drawImage(mapCanvas, 0, head);
  legend.forEach((item, i) => {
    const y = head + mapCanvas.height + line * (i + 0.5);
    ctx.fillStyle = item.colour;
    ctx.fillRect(8 * scale, y, 14 * scale, 14 * scale);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(item.label, 28 * scale, y + 12 * scale);
  });
  return canvas.toDataURL('image/png');
}
