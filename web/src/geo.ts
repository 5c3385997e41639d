/** The offline world map: world-atlas country outlines in an equirectangular projection, as SVG path data. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export const WIDTH = 960;
export const HEIGHT = 480;

export function project(lon: number, lat: number): [number, number] {
  return [((lon + 180) / 360) * WIDTH, ((90 - lat) / 180) * HEIGHT];
}

/** A ring as path data; a jump across the antimeridian starts a new subpath instead of a line across the map. */
function ring(coords: number[][]): string {
  let prev: number | null = null;
  return coords.map(([lon, lat]) => {
    const [x, y] = project(lon!, lat!);
    const move = prev === null || Math.abs(lon! - prev) > 180;
    prev = lon!;
    return `${move ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join('') + 'Z';
}

let paths: { id: string; name: string; d: string }[] | null = null;
export function countryPaths(): { id: string; name: string; d: string }[] {
  if (paths) return paths;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  paths = fc.features.map((f, i) => {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    return { id: String(f.id ?? i), name: f.properties?.name ?? '', d: polys.map((p) => p.map(ring).join('')).join('') };
  });
  return paths;
}
