/**
 * `npm run bench:synergies`: the synergy engine (src/lib/server/synergy/engine.ts) on 10,000
 * generated projects, next to an exact reference computed in the same run.
 *
 * Projects (seeded, the same every run): each about one of 15 QVCT topics (workload, telework,
 * night shifts, musculoskeletal disorders, digital skills…), for one of 16 publics in one of 10
 * sectors: the title and a three-sentence summary use the topic's words, the public and the
 * sector; the extra text is a paragraph of the applications' generator (bench/corpus.ts), the
 * generic sentences every project says; tags: the topic's theme, maybe another, the typology
 * (/work/shared/PRODUCT.md). One to three offers and needs drawn from 18 resources phrased two
 * ways (« Outil d’évaluation de la charge de travail » offered, « Un outil pour mesurer la charge
 * de travail » needed), half of them among the topic's, many with a public, sector or discipline.
 *
 * Each measurement runs in its own child process, so that its peak memory (maxRSS) is its own:
 * - `engine`: generates the projects, then times `suggestSynergies` (default options: 5 pairs per
 *   project and kind, minimum score 0.1); prints time, peak RSS, heap and pair counts;
 * - `reference`: the recall of the engine against exact scoring, where the engine prunes:
 *   (1) on a 1,000-project subset, every one of its 499,500 pairs scored exactly (all needs
 *   against all offers, full cosines), and (2) on the 10,000 projects, 200 sampled projects
 *   scored exactly against all the others. Recall = the share of each project's exact 5 best
 *   partners (score ≥ 0.1) that the engine's output contains, by kind, a partner tied with the
 *   5th best counting as one of them.
 *
 * Target (issue 6): 10,000 projects in under 5 s and 1 GiB. It prints figures; it is not a test
 * (exit code 1 only when it could not measure).
 *
 * Options: --projects 10000, --subset 1000, --sample 200, --seed 2026; the engine's search
 * tuning --similar-budget, --need-budget, --candidates (defaults: the engine's).
 * Internal: --child engine|reference.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { THEMES, generateAnswers, pick, pickSome, random, type Rng } from './corpus.ts';
import type { SynergyPair, SynergyProject } from '#lib/server/synergy/engine.ts';

const self = fileURLToPath(import.meta.url);
const SEARCH_OPTIONS = ['similar-budget', 'need-budget', 'candidates'] as const;
const TARGET = { seconds: 5, bytes: 1024 ** 3 };
const PER_PROJECT = 5;
const MIN_SCORE = 0.1;

const { values: args } = parseArgs({
	options: {
		projects: { type: 'string', default: '10000' },
		subset: { type: 'string', default: '1000' },
		sample: { type: 'string', default: '200' },
		seed: { type: 'string', default: '2026' },
		'similar-budget': { type: 'string' },
		'need-budget': { type: 'string' },
		candidates: { type: 'string' },
		child: { type: 'string' }
	}
});

const PUBLICS = [
	'les aides-soignantes',
	'les agents d’accueil',
	'les conducteurs de bus',
	'les préparateurs de commandes',
	'les équipes de nuit',
	'les enseignants',
	'les travailleurs sociaux',
	'les techniciens de maintenance',
	'les conseillers clientèle',
	'les managers de proximité',
	'les artisans du bâtiment',
	'les saisonniers agricoles',
	'les agents territoriaux',
	'les salariés en télétravail',
	'les auxiliaires de vie',
	'les salariés seniors'
];

const SECTEURS = [
	'l’hôpital public',
	'la grande distribution',
	'l’aide à domicile',
	'le transport de voyageurs',
	'l’industrie agroalimentaire',
	'les collectivités locales',
	'l’hôtellerie-restauration',
	'la logistique',
	'l’économie sociale et solidaire',
	'les établissements médico-sociaux'
];

const DISCIPLINES = [
	'ergonomie',
	'sociologie du travail',
	'psychologie du travail',
	'chronobiologie',
	'design de services',
	'science des données',
	'droit social',
	'médecine du travail'
];

/** A resource, offered (first) or needed (second); {p}: a public, {s}: a sector, {d}: a discipline. */
const RESOURCES: [string, string][] = [
	['Outil d’évaluation de la charge de travail', 'Un outil pour mesurer la charge de travail'],
	['Protocole d’étude-action avec des chercheurs', 'Un protocole d’étude-action validé'],
	['Chercheurs en {d}', 'Des chercheurs en {d} pour évaluer les effets'],
	['Expertise en {d}', 'Une expertise en {d}'],
	['Terrain d’expérimentation auprès de {p}', 'Un terrain pour expérimenter avec {p}'],
	['Structures volontaires dans {s}', 'Des structures pilotes dans {s}'],
	['Modules de formation aux outils numériques pour {p}', 'Des formations au numérique pour {p}'],
	['Application mobile de planification des horaires', 'Un outil de planification des horaires'],
	['Données anonymisées sur l’absentéisme dans {s}', 'Des données sur l’absentéisme dans {s}'],
	[
		'Méthode d’animation d’espaces de discussion',
		'Une méthode pour animer des espaces de discussion'
	],
	['Plateforme de recueil de la parole de {p}', 'Une plateforme pour recueillir la parole de {p}'],
	['Capteurs connectés mesurant les postures', 'Des capteurs pour mesurer les postures'],
	[
		'Simulateur en réalité virtuelle des situations difficiles',
		'Un simulateur de réalité virtuelle'
	],
	['Modèle de charte du télétravail', 'Une charte du télétravail à adapter'],
	[
		'Tableau de bord des risques psychosociaux',
		'Un tableau de bord de suivi des risques psychosociaux'
	],
	['Réseau de partenaires régionaux dans {s}', 'Des partenaires régionaux dans {s}'],
	['Financement pour un poste de chargé de mission', 'Un financement pour recruter'],
	['Juristes spécialistes du dialogue social', 'Un appui juridique sur le dialogue social']
];

/**
 * What a project is about: its specific words (the similar projects are those sharing a topic,
 * and more so a public or a sector), its theme and typology, and the resources (indices in
 * `RESOURCES`) its offers and needs are most often drawn from.
 */
const TOPICS: { name: string; words: string[]; theme: string; resources: number[] }[] = [
	{
		name: 'la charge de travail',
		words: [
			'charge de travail',
			'surcharge',
			'répartition des tâches',
			'indicateurs de charge',
			'pics d’activité'
		],
		theme: 'organisation_travail',
		resources: [0, 1, 2]
	},
	{
		name: 'le télétravail',
		words: [
			'télétravail',
			'déconnexion',
			'joignabilité',
			'messagerie instantanée',
			'jours sur site'
		],
		theme: 'conciliation_vies',
		resources: [13, 17, 14]
	},
	{
		name: 'les horaires de nuit',
		words: ['horaires de nuit', 'gardes', 'temps de repos', 'sommeil', 'plannings'],
		theme: 'sante_travail',
		resources: [7, 3, 4]
	},
	{
		name: 'les troubles musculosquelettiques',
		words: [
			'troubles musculosquelettiques',
			'postures',
			'port de charges',
			'gestes répétitifs',
			'exosquelettes'
		],
		theme: 'sante_travail',
		resources: [11, 3, 4]
	},
	{
		name: 'les compétences numériques',
		words: [
			'compétences numériques',
			'illectronisme',
			'tutorat',
			'logiciels métier',
			'démarches en ligne'
		],
		theme: 'competences_parcours',
		resources: [6, 4, 15]
	},
	{
		name: 'les risques psychosociaux',
		words: [
			'risques psychosociaux',
			'épuisement professionnel',
			'stress chronique',
			'souffrance au travail',
			'signaux faibles'
		],
		theme: 'sante_travail',
		resources: [14, 2, 8]
	},
	{
		name: 'l’égalité professionnelle',
		words: [
			'égalité professionnelle',
			'écarts de rémunération',
			'carrières des femmes',
			'promotions',
			'congé parental'
		],
		theme: 'egalite_professionnelle',
		resources: [8, 17, 16]
	},
	{
		name: 'l’expression des salariés',
		words: [
			'espaces de discussion',
			'parole des salariés',
			'travail réel',
			'expression directe',
			'propositions d’amélioration'
		],
		theme: 'dialogue_social',
		resources: [9, 10, 17]
	},
	{
		name: 'les incivilités',
		words: [
			'incivilités',
			'agressions verbales',
			'accueil du public',
			'situations de tension',
			'désescalade'
		],
		theme: 'sante_travail',
		resources: [12, 4, 3]
	},
	{
		name: 'le handicap',
		words: [
			'handicap',
			'accessibilité des postes',
			'aménagement de poste',
			'maintien en emploi',
			'reconnaissance de la qualité de travailleur handicapé'
		],
		theme: 'competences_parcours',
		resources: [3, 5, 16]
	},
	{
		name: 'l’intégration des nouveaux arrivants',
		words: [
			'nouveaux arrivants',
			'parcours d’intégration',
			'fidélisation',
			'compagnonnage',
			'premiers jours'
		],
		theme: 'competences_parcours',
		resources: [6, 15, 4]
	},
	{
		name: 'le management de proximité',
		words: [
			'managers de proximité',
			'autonomie des équipes',
			'marges de manœuvre',
			'délégation',
			'soutien managérial'
		],
		theme: 'management_projet',
		resources: [0, 9, 2]
	},
	{
		name: 'l’automatisation',
		words: [
			'automatisation',
			'robots collaboratifs',
			'intelligence artificielle',
			'transformation des métiers',
			'reconversion'
		],
		theme: 'competences_parcours',
		resources: [2, 5, 16]
	},
	{
		name: 'les déplacements',
		words: [
			'tournées',
			'temps de trajet',
			'déplacements professionnels',
			'coupures',
			'optimisation des itinéraires'
		],
		theme: 'organisation_travail',
		resources: [7, 5, 8]
	},
	{
		name: 'les espaces de travail',
		words: [
			'bruit',
			'bureaux partagés',
			'aménagement des espaces',
			'concentration',
			'interruptions'
		],
		theme: 'organisation_travail',
		resources: [3, 11, 10]
	}
];

const TITLE_WORDS = [
	'Boussole',
	'Baromètre',
	'Atelier',
	'Observatoire',
	'Parcours',
	'Plateforme',
	'Laboratoire',
	'Chantier'
];

const SUMMARY = [
	'Le projet s’attaque à {w} et à {w} chez {p} dans {s}.',
	'Il s’appuie sur {o} pour suivre {w} au plus près du terrain.',
	'{W} et {w} sont au cœur de la démarche, construite avec {p}.',
	'Les premiers essais dans {s} montrent que {w} recule quand {w} est discutée collectivement.',
	'La démarche outille {p} face à {w}.'
];

const OUTILS = [
	'une application mobile',
	'un tableau de bord partagé',
	'un questionnaire en ligne',
	'des ateliers participatifs',
	'un carnet de bord numérique',
	'une plateforme collaborative'
];

/** French contractions: « de les » → « des », « de le » → « du », « à les » → « aux ». */
const contract = (text: string) =>
	text
		.replace(/\bde les /g, 'des ')
		.replace(/\bde le /g, 'du ')
		.replace(/\bà les /g, 'aux ');

function fillResource(rng: Rng, template: string): string {
	return contract(
		template
			.replace('{p}', () => pick(rng, PUBLICS))
			.replace('{s}', () => pick(rng, SECTEURS))
			.replace('{d}', () => pick(rng, DISCIPLINES))
	);
}

/** `n` plausible French projects, the same for the same seed. */
export function generateProjects(n: number, seed: number): SynergyProject[] {
	const rng = random(seed);
	const out: SynergyProject[] = [];
	const resource = (topic: (typeof TOPICS)[number]) =>
		RESOURCES[rng() < 0.5 ? pick(rng, topic.resources) : Math.floor(rng() * RESOURCES.length)];
	for (let k = 0; k < n; k++) {
		const topic = pick(rng, TOPICS);
		const publicName = pick(rng, PUBLICS);
		const sector = pick(rng, SECTEURS);
		const { answers } = generateAnswers(rng);
		const fillSummary = (t: string) =>
			t
				.replace(/\{W\}/g, () => {
					const w = pick(rng, topic.words);
					return w[0].toUpperCase() + w.slice(1);
				})
				.replace(/\{w\}/g, () => pick(rng, topic.words))
				.replace(/\{p\}/g, publicName)
				.replace(/\{s\}/g, sector)
				.replace(/\{o\}/g, () => pick(rng, OUTILS));
		const offers = new Set<string>();
		const needs = new Set<string>();
		const offerCount = 1 + Math.floor(rng() * 3);
		const needCount = 1 + Math.floor(rng() * 3);
		while (offers.size < offerCount) offers.add(fillResource(rng, resource(topic)[0]));
		while (needs.size < needCount) needs.add(fillResource(rng, resource(topic)[1]));
		out.push({
			id: `p${String(k).padStart(5, '0')}`,
			title: contract(`${pick(rng, TITLE_WORDS)} de ${topic.name} pour ${publicName}`),
			summary: contract(pickSome(rng, SUMMARY, 3).map(fillSummary).join(' ')),
			// The generic sentences of the applications' generator: what every project says.
			text: String(answers.innovation_sociale),
			tags: [
				topic.theme,
				...pickSome(rng, THEMES, Math.floor(rng() * 2)),
				...(answers.typologie as string[])
			],
			offers: [...offers],
			needs: [...needs]
		});
	}
	return out;
}

type EngineMeasure = {
	projects: number;
	words: number;
	seconds: number;
	/** CPU time of the process during the run (user + system): less sensitive to a loaded machine. */
	cpuSeconds: number;
	maxRssBytes: number;
	baselineRssBytes: number;
	heapUsedBytes: number;
	heapTotalBytes: number;
	externalBytes: number;
	similar: number;
	complementary: number;
	meanScore: { similar: number; complementary: number };
	example: SynergyPair | null;
	/** `suggestGroups` on the pairs (default options): its time and how many groups, by size. */
	groups: { seconds: number; count: number; ofFour: number };
};

/** found / expected: recall; kept / best: the engine's best partners' exact scores over the exact best. */
type Recall = { expected: number; found: number; best: number; kept: number };
type ReferenceMeasure = {
	subset: {
		projects: number;
		pairs: number;
		seconds: number;
		similar: Recall;
		complementary: Recall;
	};
	sample: { projects: number; of: number; seconds: number; similar: Recall; complementary: Recall };
};

/** The engine's options: the defaults, or the search tuning given on the command line. */
function engineOptions() {
	const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
	return {
		search: {
			similarBudget: num(args['similar-budget']),
			needBudget: num(args['need-budget']),
			candidates: num(args.candidates)
		}
	};
}

async function engineChild(): Promise<EngineMeasure> {
	const n = Number(args.projects);
	const projects = generateProjects(n, Number(args.seed));
	const words = projects.reduce(
		(s, p) => s + `${p.title} ${p.summary} ${p.text ?? ''}`.split(/\s+/).length,
		0
	);
	const baselineRssBytes = process.memoryUsage().rss;
	const { suggestSynergies } = await import('#lib/server/synergy/engine.ts');
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	const pairs = suggestSynergies(projects, engineOptions());
	const seconds = (performance.now() - t0) / 1000;
	const cpu = process.cpuUsage(cpu0);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	const memory = process.memoryUsage();
	const heap = v8.getHeapStatistics();
	const { suggestGroups } = await import('#lib/server/synergy/groups.ts');
	const t1 = performance.now();
	const groups = suggestGroups(pairs);
	const groupsSeconds = (performance.now() - t1) / 1000;
	const similar = pairs.filter((p) => p.kind === 'similar');
	const complementary = pairs.filter((p) => p.kind === 'complementary');
	const mean = (list: SynergyPair[]) =>
		list.length ? list.reduce((s, p) => s + p.score, 0) / list.length : 0;
	return {
		projects: n,
		words,
		seconds,
		cpuSeconds,
		maxRssBytes: process.resourceUsage().maxRSS * 1024,
		baselineRssBytes,
		heapUsedBytes: memory.heapUsed,
		heapTotalBytes: heap.total_heap_size,
		externalBytes: memory.external + memory.arrayBuffers,
		similar: similar.length,
		complementary: complementary.length,
		meanScore: { similar: mean(similar), complementary: mean(complementary) },
		example: complementary[0] ?? null,
		groups: {
			seconds: groupsSeconds,
			count: groups.length,
			ofFour: groups.filter((g) => g.projects.length === 4).length
		}
	};
}

/**
 * Adds to `recall`, for one project, how many of its exact best partners the engine found. Ties
 * count as equals: with s the score of the exact k-th best partner, a partner found whose exact
 * score is at least s is as good as any other (generated projects often tie).
 */
function countRecall(
	recall: Recall,
	exact: { other: number; score: number }[],
	found: Set<number> | undefined
) {
	const best = exact
		.filter((x) => x.score >= MIN_SCORE)
		.sort((x, y) => y.score - x.score || x.other - y.other)
		.slice(0, PER_PROJECT);
	if (!best.length) return;
	const threshold = best[best.length - 1].score;
	let good = 0;
	for (const x of exact) if (x.score >= threshold && found?.has(x.other)) good++;
	recall.expected += best.length;
	recall.found += Math.min(best.length, good);
	recall.best += best.reduce((sum, x) => sum + x.score, 0);
	recall.kept += exact
		.filter((x) => found?.has(x.other))
		.map((x) => x.score)
		.sort((x, y) => y - x)
		.slice(0, best.length)
		.reduce((sum, x) => sum + x, 0);
}

async function referenceChild(): Promise<ReferenceMeasure> {
	const engine = await import('#lib/server/synergy/engine.ts');
	const { suggestSynergies, synergyModel, similarScore, complementaryScore, exactMatches } = engine;
	const all = generateProjects(Number(args.projects), Number(args.seed));

	/** Partners in the engine's output, by kind and project index (model order). */
	function partners(pairs: SynergyPair[], indexOf: Map<string, number>) {
		const out = {
			similar: new Map<number, Set<number>>(),
			complementary: new Map<number, Set<number>>()
		};
		for (const p of pairs) {
			const a = indexOf.get(p.a)!;
			const b = indexOf.get(p.b)!;
			const map = out[p.kind];
			if (!map.has(a)) map.set(a, new Set());
			if (!map.has(b)) map.set(b, new Set());
			map.get(a)!.add(b);
			map.get(b)!.add(a);
		}
		return out;
	}
	const exactScores = (model: ReturnType<typeof synergyModel>, d: number, e: number) => ({
		similar: Math.round(similarScore(model, d, e) * 1e6) / 1e6,
		complementary:
			Math.round(complementaryScore(model, d, e, exactMatches(model, d, e)) * 1e6) / 1e6
	});

	// (1) Every pair of a subset.
	const subsetProjects = all.slice(0, Number(args.subset));
	const t0 = performance.now();
	const subsetModel = synergyModel(subsetProjects);
	const m = subsetModel.projects.length;
	const sim: { other: number; score: number }[][] = Array.from({ length: m }, () => []);
	const comp: { other: number; score: number }[][] = Array.from({ length: m }, () => []);
	for (let d = 0; d < m; d++) {
		for (let e = d + 1; e < m; e++) {
			const s = exactScores(subsetModel, d, e);
			if (s.similar > 0) {
				sim[d].push({ other: e, score: s.similar });
				sim[e].push({ other: d, score: s.similar });
			}
			if (s.complementary > 0) {
				comp[d].push({ other: e, score: s.complementary });
				comp[e].push({ other: d, score: s.complementary });
			}
		}
	}
	const subsetSeconds = (performance.now() - t0) / 1000;
	const subsetIndex = new Map(subsetModel.projects.map((p, i) => [p.id, i]));
	const found = partners(suggestSynergies(subsetProjects, engineOptions()), subsetIndex);
	const subset = {
		projects: m,
		pairs: (m * (m - 1)) / 2,
		seconds: subsetSeconds,
		similar: { expected: 0, found: 0, best: 0, kept: 0 },
		complementary: { expected: 0, found: 0, best: 0, kept: 0 }
	};
	for (let d = 0; d < m; d++) {
		countRecall(subset.similar, sim[d], found.similar.get(d));
		countRecall(subset.complementary, comp[d], found.complementary.get(d));
	}

	// (2) A sample of the full set against all the others.
	const model = synergyModel(all);
	const n = model.projects.length;
	const index = new Map(model.projects.map((p, i) => [p.id, i]));
	const foundAll = partners(suggestSynergies(all, engineOptions()), index);
	const rng = random(Number(args.seed) + 1);
	const sampled = pickSome(
		rng,
		Array.from({ length: n }, (_, i) => i),
		Math.min(n, Number(args.sample))
	);
	const sample = {
		projects: sampled.length,
		of: n,
		seconds: 0,
		similar: { expected: 0, found: 0, best: 0, kept: 0 },
		complementary: { expected: 0, found: 0, best: 0, kept: 0 }
	};
	const t1 = performance.now();
	for (const d of sampled) {
		const s: { other: number; score: number }[] = [];
		const c: { other: number; score: number }[] = [];
		for (let e = 0; e < n; e++) {
			if (e === d) continue;
			const x = exactScores(model, d, e);
			if (x.similar > 0) s.push({ other: e, score: x.similar });
			if (x.complementary > 0) c.push({ other: e, score: x.complementary });
		}
		countRecall(sample.similar, s, foundAll.similar.get(d));
		countRecall(sample.complementary, c, foundAll.complementary.get(d));
	}
	sample.seconds = (performance.now() - t1) / 1000;
	return { subset, sample };
}

function runChild<T>(kind: 'engine' | 'reference'): Promise<T> {
	return new Promise((resolve, reject) => {
		const proc = spawn(
			process.execPath,
			[
				self,
				'--child',
				kind,
				'--projects',
				String(args.projects),
				'--subset',
				String(args.subset),
				'--sample',
				String(args.sample),
				'--seed',
				String(args.seed),
				...SEARCH_OPTIONS.flatMap((o) => (args[o] === undefined ? [] : [`--${o}`, String(args[o])]))
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		let out = '';
		proc.stdout.on('data', (d) => (out += d));
		proc.on('error', reject);
		proc.on('close', (code, signal) => {
			const line = out.trim().split('\n').pop() ?? '';
			if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as T);
			else reject(new Error(`${kind}: exit ${code ?? signal}`));
		});
	});
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;
const secs = (s: number) => `${s.toFixed(2)} s`;
const pct = (r: Recall) =>
	r.expected
		? `${((100 * r.found) / r.expected).toFixed(1)} % (${r.found}/${r.expected}; scores ${((100 * r.kept) / r.best).toFixed(1)} % of the exact best)`
		: '—';

async function parent() {
	const loadBefore = os.loadavg()[0];
	console.log(
		`Synergies: ${args.projects} generated projects, seed ${args.seed}, ${PER_PROJECT} pairs per project and kind, minimum score ${MIN_SCORE}; Node ${process.versions.node}`
	);
	let failed = false;
	try {
		const e = await runChild<EngineMeasure>('engine');
		console.log(
			`\nEngine  ${secs(e.seconds)} (CPU ${secs(e.cpuSeconds)})  peak RSS ${mib(e.maxRssBytes)} (${mib(e.baselineRssBytes)} before the run, projects generated)  ` +
				`heap used after ${mib(e.heapUsedBytes)}, heap committed ${mib(e.heapTotalBytes)}, typed arrays and external ${mib(e.externalBytes)}`
		);
		console.log(
			`  ${e.projects} projects, ${e.words} words of text; pairs: ${e.similar} similar (mean score ${e.meanScore.similar.toFixed(3)}), ` +
				`${e.complementary} complementary (mean score ${e.meanScore.complementary.toFixed(3)})`
		);
		console.log(
			`  groups (suggestGroups on these pairs, after them): ${secs(e.groups.seconds)}, ${e.groups.count} groups (${e.groups.ofFour} of four)`
		);
		if (e.example) {
			console.log(`  best complementary pair: ${e.example.a} ~ ${e.example.b}, ${e.example.score}`);
			for (const r of e.example.reasons) console.log(`    ${r}`);
		}
		console.log(
			`  targets: under ${TARGET.seconds} s: ${e.seconds < TARGET.seconds ? 'yes' : 'NO'}; ` +
				`under ${mib(TARGET.bytes)}: ${e.maxRssBytes < TARGET.bytes ? 'yes' : 'NO'}`
		);
	} catch (e) {
		failed = true;
		console.log(`Engine failed: ${(e as Error).message}`);
	}
	try {
		const r = await runChild<ReferenceMeasure>('reference');
		console.log(
			`\nReference 1: ${r.subset.projects} projects, all ${r.subset.pairs} pairs scored exactly (${secs(r.subset.seconds)}); ` +
				`recall of each project's ${PER_PROJECT} best partners: similar ${pct(r.subset.similar)}, complementary ${pct(r.subset.complementary)}`
		);
		console.log(
			`Reference 2: ${r.sample.projects} sampled projects scored exactly against all ${r.sample.of} (${secs(r.sample.seconds)}); ` +
				`recall: similar ${pct(r.sample.similar)}, complementary ${pct(r.sample.complementary)}`
		);
	} catch (e) {
		failed = true;
		console.log(`Reference failed: ${(e as Error).message}`);
	}
	console.log(
		`\n(${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? '?'}; 1-minute load average before: ${loadBefore.toFixed(1)}, after: ${os.loadavg()[0].toFixed(1)})`
	);
	if (failed) process.exitCode = 1;
}

if (args.child === 'engine') {
	process.stdout.write(`${JSON.stringify(await engineChild())}\n`);
} else if (args.child === 'reference') {
	process.stdout.write(`${JSON.stringify(await referenceChild())}\n`);
} else {
	await parent();
}
