/**
 * Plausible French answers for the benchmark's applications, generated from a fixed seed (the
 * same data on every run). Sentences are assembled from templates and word lists about quality of
 * working life and digital transformation, so that French full-text search has a realistic
 * vocabulary and realistic selectivity:
 *
 * - a project about workload (typology `evaluation_charge_travail`, about 5 % of them) speaks of
 *   « charge de travail » in its answers;
 * - about 2 % of the others say « prise en charge » or « pris en charge » in passing, which the
 *   query « charge de travail » also finds (the `french` configuration reduces both to `charg`
 *   and `travail`; « travail » is in nearly every application).
 *
 * Every other sentence avoids words whose French stem is `charg`, so that the query finds about
 * 7 % of the applications (the benchmark measures and prints the exact share).
 */

/** A small, fast, seedable generator (mulberry32). */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Rng = () => number;

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

/** `n` distinct elements of `list` (n ≤ list.length). */
export function pickSome<T>(rng: Rng, list: readonly T[], n: number): T[] {
	const copy = [...list];
	const out: T[] = [];
	while (out.length < n && copy.length)
		out.push(copy.splice(Math.floor(rng() * copy.length), 1)[0]);
	return out;
}

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
	'les hôtesses de caisse',
	'les managers de proximité',
	'les personnels administratifs',
	'les artisans du bâtiment',
	'les infirmières libérales',
	'les saisonniers agricoles',
	'les développeuses et développeurs',
	'les agents territoriaux',
	'les livreurs à vélo',
	'les opérateurs de production',
	'les salariés en télétravail',
	'les auxiliaires de vie',
	'les cuisiniers',
	'les journalistes',
	'les chauffeurs routiers'
];

const SECTEURS = [
	'l’hôpital public',
	'la grande distribution',
	'l’aide à domicile',
	'le transport de voyageurs',
	'l’industrie agroalimentaire',
	'la banque de détail',
	'les collectivités locales',
	'l’hôtellerie-restauration',
	'le commerce de proximité',
	'l’enseignement supérieur',
	'la métallurgie',
	'les centres de relation client',
	'le bâtiment et les travaux publics',
	'la logistique',
	'l’économie sociale et solidaire',
	'les services numériques',
	'la presse régionale',
	'les établissements médico-sociaux',
	'l’agriculture',
	'la fonction publique d’État'
];

const OUTILS = [
	'une application mobile',
	'une plateforme collaborative',
	'un tableau de bord partagé',
	'un agent conversationnel',
	'un jeu sérieux',
	'un module de formation en ligne',
	'un outil de planification des horaires',
	'un baromètre en ligne',
	'une messagerie d’équipe',
	'des capteurs connectés',
	'un simulateur de situations de travail',
	'un espace numérique de travail',
	'un carnet de bord numérique',
	'une boîte à outils en ligne',
	'un casque de réalité virtuelle',
	'un questionnaire interactif',
	'une cartographie des compétences',
	'un intranet repensé avec les salariés'
];

const ENJEUX = [
	'la prévention des troubles musculosquelettiques',
	'le droit à la déconnexion',
	'l’équilibre entre vie professionnelle et vie personnelle',
	'l’autonomie dans l’organisation du travail',
	'le dialogue social',
	'l’intégration des nouveaux arrivants',
	'la reconnaissance du travail bien fait',
	'la prévention des risques psychosociaux',
	'l’égalité professionnelle entre les femmes et les hommes',
	'le maintien en emploi des seniors',
	'l’accompagnement du télétravail',
	'la coopération entre services',
	'la qualité du management',
	'la montée en compétences',
	'l’usage raisonné de la messagerie électronique',
	'la santé au travail',
	'le sens du travail',
	'la sécurité des interventions isolées',
	'l’accessibilité des postes aux personnes handicapées',
	'la qualité des horaires atypiques'
];

const EFFETS = [
	'réduire l’absentéisme',
	'limiter le renouvellement des équipes',
	'améliorer la coopération',
	'redonner des marges de manœuvre',
	'mieux partager l’information',
	'sécuriser les parcours professionnels',
	'diminuer les interruptions',
	'faciliter les échanges avec la hiérarchie',
	'rendre visible le travail réel',
	'anticiper les pics d’activité',
	'réduire les déplacements inutiles',
	'prévenir l’épuisement professionnel',
	'valoriser les savoir-faire',
	'fidéliser les nouveaux embauchés'
];

const TECHNOS = [
	'l’apprentissage automatique',
	'le traitement automatique de la langue',
	'les objets connectés',
	'la réalité augmentée',
	'les logiciels libres',
	'la visualisation de données',
	'les interfaces vocales',
	'la géolocalisation respectueuse de la vie privée',
	'les outils sans code',
	'la blockchain'
];

const VILLES = [
	'Lille',
	'Rennes',
	'Nantes',
	'Bordeaux',
	'Toulouse',
	'Montpellier',
	'Marseille',
	'Lyon',
	'Grenoble',
	'Dijon',
	'Strasbourg',
	'Metz',
	'Rouen',
	'Caen',
	'Orléans',
	'Tours',
	'Poitiers',
	'Limoges',
	'Clermont-Ferrand',
	'Besançon',
	'Ajaccio',
	'Pointe-à-Pitre',
	'Fort-de-France',
	'Cayenne',
	'Saint-Denis',
	'Mamoudzou',
	'Paris',
	'Brest'
];

const TITRES_NOMS = [
	'Baromètre',
	'Boussole',
	'Carnet',
	'Atelier',
	'Plateforme',
	'Parcours',
	'Observatoire',
	'Labo',
	'Kit',
	'Radar',
	'Passerelle',
	'Fabrique',
	'Chantier',
	'Trajectoire'
];

const TITRES_OBJETS = [
	'du travail réel',
	'de la coopération',
	'de la déconnexion',
	'QVCT',
	'des horaires choisis',
	'des nouveaux arrivants',
	'du télétravail serein',
	'des métiers du soin',
	'de la prévention',
	'du dialogue professionnel',
	'des équipes de terrain',
	'de l’égalité',
	'des savoir-faire',
	'du management bienveillant'
];

const ORGA_FORMES = [
	'Coopérative',
	'Association',
	'Collectif',
	'Atelier',
	'Studio',
	'Laboratoire',
	'Agence',
	'Réseau',
	'Cabinet',
	'Fondation',
	'Groupe',
	'Société',
	'Union',
	'Maison'
];

const ORGA_NOMS = [
	'Ergonomia',
	'Kairos',
	'Horizon Travail',
	'Tisserand',
	'Boussole',
	'Alvéole',
	'Passerelle',
	'Sillon',
	'Ressources et Compagnie',
	'Trame',
	'Lueur',
	'Cap QVT',
	'Mosaïque',
	'Escale',
	'Vigie',
	'Archipel',
	'Bienfacture',
	'Ouvrage',
	'Métis',
	'Contrepoint',
	'Clairière',
	'Interstice'
];

const LABOS = [
	'Centre de recherche sur le travail et le développement (CNAM)',
	'Laboratoire d’ergonomie de l’université de Bordeaux',
	'Institut de psychodynamique du travail',
	'Laboratoire de sociologie des organisations de Lille',
	'Chaire « Futurs de l’industrie et du travail »',
	'Laboratoire de psychologie du travail de Toulouse',
	'Centre d’études de l’emploi et du travail'
];

/** Sentences that name the workload: only the workload projects use them. */
const CHARGE_DE_TRAVAIL = [
	'Le projet outille une démarche participative d’évaluation de la charge de travail, menée avec {public}.',
	'Les équipes objectivent leur charge de travail réelle grâce à {outil}.',
	'Nous voulons rendre discutable la charge de travail dans {secteur}, au plus près des situations vécues.',
	'Un indicateur de charge de travail est construit avec les représentants du personnel et l’encadrement.',
	'La régulation de la charge de travail devient un sujet régulier du dialogue social.',
	'Les écarts entre charge de travail prescrite et charge réelle sont discutés chaque mois en équipe.'
];

/** Sentences that say « prise en charge » in passing (the query finds them too). */
const PRISE_EN_CHARGE = [
	'La prise en charge des usagers reste la priorité des équipes pendant l’expérimentation.',
	'Le coût de la licence est pris en charge par l’employeur pendant la première année.',
	'La prise en charge des demandes urgentes est réorganisée avec {public}.'
];

const RESUME = [
	'Nous concevons {outil} qui aide {public} à {effet}.',
	'Dans {secteur}, {public} manquent d’espaces pour parler de leur travail : {outil} leur en donne un.',
	'Le projet vise {enjeu}, avec {public} de {secteur}.',
	'Notre solution s’appuie sur {outil} pour {effet} et améliorer {enjeu}.',
	'L’idée est née d’un constat partagé avec {public} : il faut {effet}.',
	'Nous souhaitons {effet} en associant {public} dès la conception.',
	'Le prototype a été testé pendant trois mois à {ville} auprès de {public}.',
	'À terme, le projet pourra être déployé dans {secteur} partout en France.',
	'Le projet combine {outil} et des ateliers collectifs animés sur site.',
	'La démarche met {enjeu} au cœur de la transformation numérique de {secteur}.'
];

const INNOVATION_TECH = [
	'La solution repose sur {techno} et fonctionne aussi sans connexion.',
	'Nous utilisons {techno} pour adapter {outil} aux situations de travail.',
	'Les données restent sur les serveurs de l’organisation et ne sont jamais revendues.',
	'L’interface a été conçue avec {public} pour être utilisable en situation de mobilité.',
	'{outil} est publié sous licence libre afin d’être repris par d’autres structures.',
	'Aucune donnée nominative n’est collectée : les résultats sont agrégés par équipe.',
	'Le développement suit une méthode agile, avec une version testée toutes les deux semaines.',
	'Nous avons choisi {techno} après une comparaison avec les outils du marché.'
];

const INNOVATION_SOCIALE = [
	'Les salariés participent à chaque étape, de l’expression des besoins à l’évaluation.',
	'Le projet donne à {public} un rôle actif dans {enjeu}.',
	'Des temps d’échange réguliers permettent de {effet}.',
	'Les instances représentatives du personnel sont associées dès le lancement.',
	'Le management de proximité est formé pour accompagner le changement.',
	'La démarche s’inspire des méthodes de l’ergonomie de l’activité.',
	'Nous mesurons les effets sur {enjeu} avant et après le déploiement.',
	'Le projet favorise {enjeu} en redonnant la parole aux équipes de terrain.'
];

const EQUIPE = [
	'L’équipe réunit une ergonome, deux développeurs et une cheffe de projet.',
	'Le porteur du projet a travaillé dix ans dans {secteur} avant de créer la structure.',
	'Nous sommes quatre associés, dont une psychologue du travail.',
	'Un comité de pilotage réunit la direction, des salariés et un représentant de l’Aract.',
	'L’équipe s’appuie sur un réseau de consultants installés à {ville}.',
	'Deux stagiaires de master accompagnent l’évaluation du projet.',
	'La structure emploie douze personnes, dont trois consacrées au projet.'
];

const PARTENAIRES = [
	'L’Aract de la région accompagne la démarche.',
	'Une mutuelle cofinance l’expérimentation.',
	'Deux entreprises de {secteur} ont accepté de tester la solution.',
	'La collectivité de {ville} met des locaux à disposition.',
	'Un organisme de formation prépare le module destiné à {public}.',
	'Une organisation syndicale participe au comité de suivi.'
];

function fill(template: string, rng: Rng): string {
	return template
		.replaceAll('{public}', pick(rng, PUBLICS))
		.replaceAll('{secteur}', pick(rng, SECTEURS))
		.replaceAll('{outil}', pick(rng, OUTILS))
		.replaceAll('{enjeu}', pick(rng, ENJEUX))
		.replaceAll('{effet}', pick(rng, EFFETS))
		.replaceAll('{techno}', pick(rng, TECHNOS))
		.replaceAll('{ville}', pick(rng, VILLES))
		.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** `n` sentences drawn from `templates`, without repeating a template. */
function paragraph(
	rng: Rng,
	templates: readonly string[],
	n: number,
	extra: string[] = []
): string {
	const sentences = pickSome(rng, templates, n).map((t) => fill(t, rng));
	for (const e of extra) sentences.splice(Math.floor(rng() * (sentences.length + 1)), 0, e);
	return sentences.join(' ');
}

export type GeneratedAnswers = {
	title: string;
	answers: Record<string, unknown>;
	/** Whether the text speaks of workload or of « prise en charge » (the query finds it). */
	mentionsCharge: boolean;
};

export const TYPOLOGIES = [
	'application_sensibilisation',
	'etude_action',
	'experimentation_in_vivo',
	'conduite_changement'
] as const;
export const WORKLOAD_TYPOLOGY = 'evaluation_charge_travail';
export const THEMES = [
	'organisation_travail',
	'sante_travail',
	'competences_parcours',
	'egalite_professionnelle',
	'management_projet',
	'dialogue_social',
	'conciliation_vies'
] as const;
export const STAGES = ['prototype', 'accelerate', 'finalise'] as const;

/** The answers of one application to the demo form (`demo/call.ts`). */
export function generateAnswers(rng: Rng): GeneratedAnswers {
	const workload = rng() < 0.05;
	const inPassing = !workload && rng() < 0.02;
	const typology = workload ? WORKLOAD_TYPOLOGY : pick(rng, TYPOLOGIES);
	const title = workload
		? `${pick(rng, TITRES_NOMS)} de la charge de travail`
		: `${pick(rng, TITRES_NOMS)} ${pick(rng, TITRES_OBJETS)}`;
	const resumeExtra = workload ? [fill(pick(rng, CHARGE_DE_TRAVAIL), rng)] : [];
	const socialExtra =
		workload && rng() < 0.6 ? [fill(pick(rng, CHARGE_DE_TRAVAIL), rng)] : ([] as string[]);
	const techExtra = inPassing ? [fill(pick(rng, PRISE_EN_CHARGE), rng)] : [];
	const researchers = typology === 'etude_action' || rng() < 0.15;
	const answers: Record<string, unknown> = {
		titre: title,
		resume: paragraph(rng, RESUME, 3 + Math.floor(rng() * 3), resumeExtra),
		typologie: [typology],
		stade: pick(rng, STAGES),
		themes: pickSome(rng, THEMES, 1 + Math.floor(rng() * 3)),
		innovation_technologique: paragraph(rng, INNOVATION_TECH, 2 + Math.floor(rng() * 3), techExtra),
		innovation_sociale: paragraph(rng, INNOVATION_SOCIALE, 2 + Math.floor(rng() * 3), socialExtra),
		innovation_sociale_et_technologique: rng() < 0.97,
		implique_salaries: rng() < 0.9,
		equipe: paragraph(rng, EQUIPE, 2 + Math.floor(rng() * 2)),
		chercheurs: researchers
	};
	if (rng() < 0.7) answers.partenaires = paragraph(rng, PARTENAIRES, 1 + Math.floor(rng() * 2));
	if (researchers) answers.laboratoire = pick(rng, LABOS);
	return { title, answers, mentionsCharge: workload || inPassing };
}

export function organisationName(rng: Rng): string {
	return `${pick(rng, ORGA_FORMES)} ${pick(rng, ORGA_NOMS)} ${pick(rng, VILLES)}`;
}
