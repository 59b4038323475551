// Cuts the outline the page's map draws from Natural Earth's 1:110m countries (world-atlas, TopoJSON):
// the countries that reach into the map's region, as GeoJSON with coordinates rounded to 0.1 degree.
// Run from a directory where world-atlas 2.0.2 and topojson-client 3.1.0 are installed; the exact
// command, the licences and the checksums are in docs/third-party.md.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const { feature } = require('topojson-client');
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));

// West, south, east, north: Europe to the Pacific, the Soviet Union to Indochina.
const REGION = [0, 5, 150, 70];

const round = (value) => Math.round(value * 10) / 10;
const ring = (points) => points.map(([lon, lat]) => [round(lon), round(lat)])
  .filter((point, i, all) => i === 0 || point[0] !== all[i - 1][0] || point[1] !== all[i - 1][1]);
const polygons = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const inRegion = (polygon) => polygon[0].some(([lon, lat]) =>
  lon >= REGION[0] && lon <= REGION[2] && lat >= REGION[1] && lat <= REGION[3]);

const countries = feature(topology, topology.objects.countries).features
  .filter((country) => country.geometry)
  .map((country) => ({
    name: country.properties.name,
    polygons: polygons(country.geometry).filter(inRegion).map((polygon) => polygon.map(ring))
      .filter((polygon) => polygon[0].length >= 4),
  }))
  .filter((country) => country.polygons.length > 0)
  .sort((a, b) => a.name.localeCompare(b.name));

process.stdout.write(JSON.stringify({
  type: 'FeatureCollection',
  bbox: REGION,
  features: countries.map((country) => ({
    type: 'Feature',
    properties: { name: country.name },
    geometry: { type: 'MultiPolygon', coordinates: country.polygons },
  })),
}));
process.stdout.write('\n');
