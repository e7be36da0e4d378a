/**
 * RD New (EPSG:28992) → WGS84 by the polynomial approximation of Schreutelkamp & Strang van Hees
 * (2001; accurate to about a metre in the Netherlands), so the web app needs no proj4 to place the
 * corners of an RD raster (the KDE surface) on the map. Pure.
 */
export function rdToWgs84(x: number, y: number): [number, number] {
  const dX = (x - 155000) * 1e-5;
  const dY = (y - 463000) * 1e-5;
  const n =
    3235.65389 * dY -
    32.58297 * dX ** 2 -
    0.2475 * dY ** 2 -
    0.84978 * dX ** 2 * dY -
    0.0655 * dY ** 3 -
    0.01709 * dX ** 2 * dY ** 2 -
    0.00738 * dX +
    0.0053 * dX ** 4 -
    0.00039 * dX ** 2 * dY ** 3 +
    0.00033 * dX ** 4 * dY -
    0.00012 * dX * dY;
  const e =
    5260.52916 * dX +
    105.94684 * dX * dY +
    2.45656 * dX * dY ** 2 -
    0.81885 * dX ** 3 +
    0.05594 * dX * dY ** 3 -
    0.05607 * dX ** 3 * dY +
    0.01199 * dY -
    0.00256 * dX ** 3 * dY ** 2 +
    0.00128 * dX * dY ** 4 +
    0.00022 * dY ** 2 -
    0.00022 * dX ** 2 +
    0.00026 * dX ** 5;
  return [5.38720621 + e / 3600, 52.1551744 + n / 3600];
}

/** The four corners of an RD rectangle [x0, y0, x1, y1] as MapLibre image coordinates (top-left clockwise). */
export function rdRectangleCorners(b: readonly number[]): [[number, number], [number, number], [number, number], [number, number]] {
  const [x0, y0, x1, y1] = b as [number, number, number, number];
  return [rdToWgs84(x0, y1), rdToWgs84(x1, y1), rdToWgs84(x1, y0), rdToWgs84(x0, y0)];
}
