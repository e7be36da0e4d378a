/** WebGL is needed to draw the map; without it the page still offers the list of areas. Checked before MapLibre loads. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
