/**
 * Regenerates `src/lib/map/regions-paths.json`, the shapes of the 18 regions drawn by the map of
 * France (decision 014), from the region map of `@gouvfr/dsfr-chart` (MIT, the French State's
 * design system team): 13 metropolitan regions in one 1010 × 1010 frame, the five overseas
 * regions each in its own small frame. Each shape is tied to its INSEE region code, and the
 * mapping is checked against `@etalab/decoupage-administratif`: every department drawn by the same
 * package must fall inside the region the official list puts it in.
 *
 *   node scripts/map/build-regions.ts            (writes the file)
 *   node scripts/map/build-regions.ts --check    (fails when the file is not what it would write)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { REGIONS } from '../../src/lib/regions.ts';
import {
	boundingBox,
	containsPoint,
	labelPoint,
	pathRings,
	type Box
} from '../../src/lib/map/pathGeometry.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_PACKAGE = '@gouvfr/dsfr-chart';
const SOURCE_FILE = 'dist/MapChartReg/MapChartReg.js';
const OUTPUT = path.join(root, 'src/lib/map/regions-paths.json');

/** ISO 3166-2 codes of the source → INSEE region codes. */
const ISO_TO_INSEE: Record<string, string> = {
	'FR-971': '01',
	'FR-972': '02',
	'FR-973': '03',
	'FR-974': '04',
	'FR-976': '06',
	'FR-IDF': '11',
	'FR-CVL': '24',
	'FR-BFC': '27',
	'FR-NOR': '28',
	'FR-HDF': '32',
	'FR-GES': '44',
	'FR-PDL': '52',
	'FR-BRE': '53',
	'FR-NAQ': '75',
	'FR-OCC': '76',
	'FR-ARA': '84',
	'FR-PAC': '93',
	'FR-20R': '94'
};

type Department = { code: string; region: string; nom: string; zone: string };
type Region = { code: string; nom: string };

/** Installed packages are read as files (their `exports` do not list these data files). */
function packageDir(name: string): string {
	return path.join(root, 'node_modules', name);
}

function fail(message: string): never {
	console.error(`build-regions : ${message}`);
	process.exit(1);
}

const sourceDir = packageDir(SOURCE_PACKAGE);
const sourceVersion = (
	JSON.parse(readFileSync(path.join(sourceDir, 'package.json'), 'utf8')) as { version: string }
).version;
const source = readFileSync(path.join(sourceDir, SOURCE_FILE), 'utf8');
const decoupageDir = packageDir('@etalab/decoupage-administratif');
const departments = JSON.parse(
	readFileSync(path.join(decoupageDir, 'data/departements.json'), 'utf8')
) as Department[];
const officialRegions = JSON.parse(
	readFileSync(path.join(decoupageDir, 'data/regions.json'), 'utf8')
) as Region[];

// Every drawn shape: `class: "FR-…"` then (after an optional style line) its `d`.
const shapes = new Map<string, string>();
const SHAPE = /class: "(FR-[0-9A-Z]+)",\s*(?:style: [^\n]*\n\s*)?d: "([^"]+)"/g;
for (const m of source.matchAll(SHAPE)) {
	if (shapes.has(m[1])) fail(`forme ${m[1]} en double dans ${SOURCE_FILE}`);
	shapes.set(m[1], m[2]);
}

// The overseas frames: each small `viewBox` precedes the component that draws one region.
const overseasViewBox = new Map<string, number[]>();
const FRAME = /viewBox: "([\d. ]+)"[\s\S]*?class: "(FR-97\d)"/g;
for (const m of source.matchAll(FRAME)) {
	overseasViewBox.set(m[2], m[1].split(' ').map(Number));
}

const round = (n: number) => Math.round(n * 10) / 10;
const boxOf = (b: Box) => [round(b.minX), round(b.minY), round(b.maxX), round(b.maxY)];

const regions = Object.entries(ISO_TO_INSEE).map(([iso, code]) => {
	const d = shapes.get(iso);
	if (!d) fail(`forme ${iso} absente de ${SOURCE_FILE}`);
	const known = REGIONS.find((r) => r.code === code);
	const official = officialRegions.find((r) => r.code === code);
	if (!known || !official) fail(`région ${code} inconnue`);
	if (known.name.replace('’', "'") !== official.nom.replace('’', "'")) {
		fail(`région ${code} : « ${known.name} » ici, « ${official.nom} » dans la liste officielle`);
	}
	const rings = pathRings(d);
	const overseas = iso.startsWith('FR-97');
	const viewBox = overseas ? overseasViewBox.get(iso) : [0, 0, 1010, 1010];
	if (!viewBox || viewBox.length !== 4) fail(`cadre de ${iso} introuvable`);
	const [lx, ly] = labelPoint(rings);
	return {
		code,
		iso,
		name: known.name,
		overseas,
		viewBox,
		bbox: boxOf(boundingBox(rings)),
		label: [round(lx), round(ly)],
		d
	};
});

const missing = REGIONS.filter((r) => !regions.some((s) => s.code === r.code));
if (missing.length) fail(`régions sans forme : ${missing.map((r) => r.code).join(', ')}`);

// Check the mapping: each metropolitan department of the same source lies in its region.
const regionRings = new Map(regions.map((r) => [r.code, pathRings(r.d)]));
let checked = 0;
for (const dept of departments.filter((x) => x.zone === 'metro')) {
	const d = shapes.get(`FR-${dept.code}`);
	if (!d) fail(`département ${dept.code} absent de ${SOURCE_FILE}`);
	const inner = labelPoint(pathRings(d), 30);
	const rings = regionRings.get(dept.region);
	if (!rings || !containsPoint(rings, inner)) {
		const found = [...regionRings].find(([, r]) => containsPoint(r, inner))?.[0] ?? 'aucune';
		fail(`${dept.nom} (${dept.code}) : région ${dept.region} attendue, tracé dans ${found}`);
	}
	checked++;
}

// Written as `prettier` would (the file is checked with the others by `npm run check`).
const output = await prettier.format(
	JSON.stringify({
		source: {
			package: SOURCE_PACKAGE,
			version: sourceVersion,
			file: SOURCE_FILE,
			license: 'MIT',
			generatedBy: 'scripts/map/build-regions.ts'
		},
		regions
	}),
	{ ...(await prettier.resolveConfig(OUTPUT)), filepath: OUTPUT }
);

if (process.argv.includes('--check')) {
	const current = readFileSync(OUTPUT, 'utf8');
	if (current !== output) fail(`${path.relative(root, OUTPUT)} n’est pas à jour`);
	console.log(`${path.relative(root, OUTPUT)} est à jour (${checked} départements vérifiés).`);
} else {
	writeFileSync(OUTPUT, output);
	console.log(
		`${path.relative(root, OUTPUT)} : ${regions.length} régions de ${SOURCE_PACKAGE} ${sourceVersion}, ` +
			`${checked} départements vérifiés.`
	);
}
