/**
 * The raw material of the demo applications to the 2016 call (`./applications.ts` composes them):
 * sixty invented projects — their holder, their organisation, their title, their kind, the sector
 * and the people whose work they touch — and the French sentence fragments their answers are
 * composed from. Every organisation and person here is invented.
 *
 * Placeholders in fragments: {sector} (« les centres sociaux »), {workers} (« les animateurs »),
 * {Workers} (the same, capitalised), {theOrg} (« l’Association Textile & Avenir »), {ofOrg}
 * (« de l’Association Textile & Avenir »), {ofWorkers} (« des animateurs »), {toWorkers} (« aux
 * animateurs »), {ofSector} (« des centres sociaux »), {city}, {Aract} (« L’Aract Bretagne »), {Pronoun}
 * (« Elle », « Il »), {n} (a small number).
 */
import type { HeadcountBand, OrganisationType } from '../applications/organisation.ts';

export type Typology =
	| 'application_sensibilisation'
	| 'evaluation_charge_travail'
	| 'etude_action'
	| 'experimentation_in_vivo'
	| 'conduite_changement';

export type ScreeningPlan =
	| { to: 'eligible' | 'ineligible'; reason: string }
	| { to: 'under_review'; eligibleReason: string; reason: string };

export type DemoProject = {
	holder: { name: string; gender: 'f' | 'm' };
	organisation: {
		legalName: string;
		type: OrganisationType;
		headcountBand: HeadcountBand;
		postalCode: string;
		city: string;
	};
	title: string;
	typology: Typology;
	/** Where the work happens, with its article: « les centres sociaux de Seine-Saint-Denis ». */
	sector: string;
	/** Whose work the project is about: « les animateurs et les agents d’accueil ». */
	workers: string;
	/** A screening decided in advance (with its reasons); otherwise chosen by submission order. */
	screening?: ScreeningPlan;
	/** Left `submitted` whatever its submission date (a flag the team has still to look at). */
	keepSubmitted?: boolean;
	/** The project does not involve employees (the demo rule flags it « to review »). */
	withoutEmployees?: boolean;
	/** A PDF presentation is attached under this name. */
	attachment?: string;
	/** A co-holder who accepted an invitation. */
	coholder?: { name: string; gender: 'f' | 'm' };
	/** The demo holder account (porteuse@) owns this one instead of a generated holder. */
	demoHolder?: boolean;
};

const f = (name: string) => ({ name, gender: 'f' as const });
const m = (name: string) => ({ name, gender: 'm' as const });
const org = (
	legalName: string,
	type: OrganisationType,
	headcountBand: HeadcountBand,
	postalCode: string,
	city: string
) => ({ legalName, type, headcountBand, postalCode, city });

export const DEMO_PROJECTS: readonly DemoProject[] = [
	// Île-de-France
	{
		holder: m('Thomas Girard'),
		organisation: org('Lumen Travail SAS', 'startup', '1-9', '75011', 'Paris'),
		title: 'Pause Active : une application pour prévenir les effets de l’hyperconnexion',
		typology: 'application_sensibilisation',
		sector: 'les entreprises de services du numérique',
		workers: 'les consultants en mission chez les clients'
	},
	{
		holder: f('Fatima Benhamou'),
		organisation: org(
			'Association Travail & Territoires',
			'association',
			'10-49',
			'93100',
			'Montreuil'
		),
		title: 'Cartographie participative de la charge de travail dans les centres sociaux',
		typology: 'evaluation_charge_travail',
		sector: 'les centres sociaux de Seine-Saint-Denis',
		workers: 'les animateurs et les agents d’accueil'
	},
	{
		holder: m('Julien Lefèvre'),
		organisation: org(
			'Médiavox Production SARL',
			'company',
			'50-249',
			'92100',
			'Boulogne-Billancourt'
		),
		title: 'Semaine hybride en régie : expérimentation in vivo du travail à distance partiel',
		typology: 'experimentation_in_vivo',
		sector: 'la production audiovisuelle',
		workers: 'les monteurs et les chargés de production'
	},
	{
		holder: f('Sandrine Morel'),
		organisation: org(
			'Centre hospitalier intercommunal des Trois-Rivières',
			'public_body',
			'1000+',
			'94200',
			'Ivry-sur-Seine'
		),
		title: 'Planning partagé : évaluer la charge de travail soignante avec les équipes de nuit',
		typology: 'evaluation_charge_travail',
		sector: 'les services de soins hospitaliers',
		workers: 'les infirmières et les aides-soignantes de nuit',
		screening: {
			to: 'under_review',
			eligibleReason:
				'Effectif de plus de 300 agents vérifié : organisme public, hors du champ du FACT mais éligible à l’accompagnement du Transformateur. Projet co-construit avec les équipes soignantes.',
			reason:
				'Projet solide d’évaluation participative de la charge de travail ; à examiner en comité de présélection.'
		}
	},
	{
		holder: m('Antoine Fabre'),
		organisation: org('Quorum Labs SAS', 'startup', '10-49', '75013', 'Paris'),
		title: 'Délibéra : préparer ensemble la négociation sur le droit à la déconnexion',
		typology: 'conduite_changement',
		sector: 'les PME du tertiaire',
		workers: 'les délégués du personnel et les équipes de direction'
	},
	{
		holder: f('Hélène Roussel'),
		organisation: org('Hélène Roussel Conseil', 'freelancer', '0', '78000', 'Versailles'),
		title: 'Jeu sérieux sur la qualité de vie au travail pour les managers de proximité',
		typology: 'application_sensibilisation',
		sector: 'les agences bancaires de détail',
		workers: 'les managers de proximité et leurs équipes'
	},
	{
		holder: m('Olivier Chevalier'),
		organisation: org(
			'Union régionale des prestataires informatiques (URPI)',
			'professional_organisation',
			'10-49',
			'91300',
			'Massy'
		),
		title: 'Étude-action sur les accords numériques et la charge de travail des ingénieurs',
		typology: 'etude_action',
		sector: 'les sociétés de conseil en informatique',
		workers: 'les ingénieurs et les chefs de projet'
	},
	{
		holder: f('Inès Haddad'),
		organisation: org('Coursiers Solidaires SCOP', 'company', '10-49', '75010', 'Paris'),
		title: 'Tableau de bord des tournées : mesurer la charge réelle des coursiers à vélo',
		typology: 'evaluation_charge_travail',
		sector: 'la livraison urbaine à vélo',
		workers: 'les coursiers et les répartiteurs'
	},
	{
		holder: f('Léa Perrin'),
		organisation: org(
			'Collectif des travailleurs indépendants du numérique',
			'other',
			'0',
			'93200',
			'Saint-Denis'
		),
		title: 'Observatoire contributif des conditions de travail des indépendants du numérique',
		typology: 'etude_action',
		sector: 'les plateformes de travail indépendant',
		workers: 'les graphistes, développeurs et rédacteurs indépendants',
		screening: {
			to: 'ineligible',
			reason:
				'Le collectif n’a pas de personnalité morale et ne peut pas porter le projet seul. Nous l’invitons à candidater au prochain appel avec une structure juridique porteuse.'
		}
	},
	// Auvergne-Rhône-Alpes
	{
		holder: m('Maxime Rolland'),
		organisation: org('Ergolib SAS', 'startup', '1-9', '69003', 'Lyon'),
		title: 'Ergolib : un autodiagnostic ergonomique des postes de travail partagés',
		typology: 'application_sensibilisation',
		sector: 'les espaces de bureaux partagés',
		workers: 'les salariés en bureaux flexibles'
	},
	{
		holder: f('Isabelle Fournier'),
		organisation: org('Alpes Mécatronique SA', 'company', '250-299', '38000', 'Grenoble'),
		title: 'Atelier 4.0 : conduire avec les opérateurs l’arrivée des robots collaboratifs',
		typology: 'conduite_changement',
		sector: 'la sous-traitance mécanique',
		workers: 'les opérateurs de production et les régleurs'
	},
	{
		holder: m('Bruno Chabrier'),
		organisation: org(
			'Réseau Auvergne Entreprendre Autrement',
			'association',
			'1-9',
			'63000',
			'Clermont-Ferrand'
		),
		title: 'Semaine de quatre jours en coopérative : protocole d’expérimentation partagé',
		typology: 'experimentation_in_vivo',
		sector: 'les coopératives d’activité et d’emploi',
		workers: 'les salariés permanents des coopératives'
	},
	{
		holder: f('Nathalie Brun'),
		organisation: org(
			'Syndicat mixte des services numériques du Forez',
			'public_body',
			'50-249',
			'42000',
			'Saint-Étienne'
		),
		title: 'Dématérialisation des dossiers : accompagner les agents dans le changement d’outils',
		typology: 'conduite_changement',
		sector: 'les services administratifs des collectivités',
		workers: 'les agents d’instruction et d’accueil',
		screening: {
			to: 'ineligible',
			reason:
				'Projet de dématérialisation interne déjà engagé et financé ; la dimension d’innovation sociale n’est pas démontrée au-delà de la formation des agents.'
		}
	},
	{
		holder: f('Amandine Roux'),
		organisation: org('Charge Claire SAS', 'startup', '1-9', '69007', 'Lyon'),
		title: 'Charge Claire : l’auto-évaluation collective des charges de travail en équipe',
		typology: 'evaluation_charge_travail',
		sector: 'les services clients des PME',
		workers: 'les conseillers clientèle',
		attachment: 'Charge Claire - présentation.pdf'
	},
	{
		holder: m('Marc Vidal'),
		organisation: org('Marc Vidal Ergonomie', 'freelancer', '0', '73000', 'Chambéry'),
		title: 'Protocole d’étude-action sur la déconnexion dans les stations de montagne',
		typology: 'etude_action',
		sector: 'les stations de sports d’hiver',
		workers: 'les saisonniers et les encadrants des remontées mécaniques'
	},
	// Hauts-de-France
	{
		holder: m('Karim Bensaïd'),
		organisation: org('Équilibre Numérique SAS', 'startup', '10-49', '59000', 'Lille'),
		title: 'Alerte surcharge : des indicateurs partagés de charge de travail en centre d’appels',
		typology: 'evaluation_charge_travail',
		sector: 'les centres de relation client',
		workers: 'les téléconseillers et leurs superviseurs'
	},
	{
		holder: f('Virginie Lemaire'),
		organisation: org('Logistique Picarde Services SAS', 'company', '50-249', '80000', 'Amiens'),
		title: 'Entrepôt apprenant : équipes autonomes outillées par tablette',
		typology: 'experimentation_in_vivo',
		sector: 'la logistique de distribution',
		workers: 'les préparateurs de commandes et les chefs d’équipe'
	},
	{
		holder: f('Nadège Vandenberghe'),
		organisation: org('Association Textile & Avenir', 'association', '10-49', '59100', 'Roubaix'),
		title: 'Gestes sûrs : une application contre les troubles musculo-squelettiques en confection',
		typology: 'application_sensibilisation',
		sector: 'les ateliers de confection textile',
		workers: 'les couturières et les mécaniciens en confection'
	},
	{
		holder: m('Christophe Delattre'),
		organisation: org(
			'Syndicat intercommunal des services à la personne de l’Artois',
			'public_body',
			'50-249',
			'62000',
			'Arras'
		),
		title: 'Tournées des aides à domicile : un outil participatif d’organisation des plannings',
		typology: 'evaluation_charge_travail',
		sector: 'l’aide à domicile en milieu rural',
		workers: 'les aides à domicile'
	},
	// Grand Est
	{
		holder: f('Pauline Muller'),
		organisation: org('Tandem RH SAS', 'startup', '1-9', '67000', 'Strasbourg'),
		title: 'Tandem : des binômes intergénérationnels pour s’approprier les outils collaboratifs',
		typology: 'conduite_changement',
		sector: 'les PME industrielles alsaciennes',
		workers: 'les salariés expérimentés et les jeunes embauchés'
	},
	{
		holder: m('François Thiriet'),
		organisation: org(
			'Association lorraine pour la recherche en ergonomie',
			'association',
			'1-9',
			'54000',
			'Nancy'
		),
		title: 'Messageries instantanées et charge mentale en PME : une étude-action',
		typology: 'etude_action',
		sector: 'les PME de services',
		workers: 'les salariés des fonctions support',
		coholder: f('Marion Colin')
	},
	{
		holder: m('Mathieu Gallois'),
		organisation: org(
			'Coopérative vinicole des Coteaux rémois',
			'company',
			'50-249',
			'51100',
			'Reims'
		),
		title: 'Vendanges connectées : planifier avec les saisonniers',
		typology: 'experimentation_in_vivo',
		sector: 'la viticulture',
		workers: 'les vendangeurs saisonniers et les chefs de rang'
	},
	{
		holder: m('Patrick Schmitt'),
		organisation: org(
			'Chambre syndicale des transporteurs de Moselle',
			'professional_organisation',
			'1-9',
			'57000',
			'Metz'
		),
		title: 'Vigilance route : sensibiliser les conducteurs routiers à la fatigue',
		typology: 'application_sensibilisation',
		sector: 'le transport routier de marchandises',
		workers: 'les conducteurs routiers',
		screening: {
			to: 'ineligible',
			reason:
				'L’application embarquée repose sur la géolocalisation et le suivi individuel des conducteurs : elle relève du contrôle de l’activité plus que de la prévention, et les salariés ne sont pas associés à sa conception.'
		}
	},
	// Nouvelle-Aquitaine
	{
		holder: f('Aurélie Dubreuil'),
		organisation: org('Horizon Temps SAS', 'startup', '1-9', '33000', 'Bordeaux'),
		title: 'Horizon : visualiser la charge de travail prescrite, réelle et ressentie',
		typology: 'evaluation_charge_travail',
		sector: 'les cabinets d’expertise comptable',
		workers: 'les collaborateurs comptables en période fiscale',
		attachment: 'Horizon_dossier_de_presentation.pdf'
	},
	{
		holder: m('Stéphane Guérin'),
		organisation: org(
			'Centre intercommunal d’action sociale du Haut-Poitou',
			'public_body',
			'50-249',
			'86000',
			'Poitiers'
		),
		title: 'Dossier usager numérique : une expérimentation conduite avec les travailleurs sociaux',
		typology: 'experimentation_in_vivo',
		sector: 'l’action sociale de proximité',
		workers: 'les travailleurs sociaux et les secrétaires médico-sociales'
	},
	{
		holder: f('Sylvie Lacombe'),
		organisation: org(
			'Porcelaines du Limousin nouvelles SARL',
			'company',
			'10-49',
			'87000',
			'Limoges'
		),
		title: 'Transmettre les gestes de métier par la vidéo, avec les artisans porcelainiers',
		typology: 'conduite_changement',
		sector: 'les manufactures de porcelaine',
		workers: 'les artisans porcelainiers et leurs apprentis'
	},
	{
		holder: f('Ainhoa Etcheverry'),
		organisation: org(
			'Ainhoa Etcheverry Design de services',
			'freelancer',
			'0',
			'64100',
			'Bayonne'
		),
		title: 'Kit numérique de sensibilisation au droit à la déconnexion pour les TPE',
		typology: 'application_sensibilisation',
		sector: 'les très petites entreprises du commerce et de l’artisanat',
		workers: 'les dirigeants de TPE et leurs salariés'
	},
	// Occitanie
	{
		holder: m('Guillaume Roques'),
		organisation: org('Aérotest Ingénierie SAS', 'company', '250-299', '31000', 'Toulouse'),
		title: 'Évaluer l’accord sur le télétravail avec un laboratoire de psychologie du travail',
		typology: 'etude_action',
		sector: 'l’ingénierie aéronautique',
		workers: 'les ingénieurs d’essais et les techniciens',
		attachment: 'Aerotest - protocole etude-action.pdf',
		coholder: f('Sarah Azoulay')
	},
	{
		holder: f('Émilie Castel'),
		organisation: org('Kairos Santé SAS', 'startup', '1-9', '34000', 'Montpellier'),
		title: 'Kairos : une application de prévention du stress pour les soignants libéraux',
		typology: 'application_sensibilisation',
		sector: 'les soins infirmiers libéraux',
		workers: 'les infirmières et infirmiers libéraux',
		withoutEmployees: true,
		keepSubmitted: true
	},
	{
		holder: m('Rachid Amrani'),
		organisation: org('Gard Insertion Numérique', 'association', '10-49', '30000', 'Nîmes'),
		title:
			'Chantiers d’insertion : évaluer avec les encadrants techniques leurs charges de travail',
		typology: 'evaluation_charge_travail',
		sector: 'les chantiers d’insertion',
		workers: 'les encadrants techniques et les salariés en insertion'
	},
	{
		holder: m('Jordi Puig'),
		organisation: org(
			'Groupement des employeurs agricoles du Roussillon',
			'professional_organisation',
			'1-9',
			'66000',
			'Perpignan'
		),
		title: 'Planification partagée des saisonniers agricoles entre exploitations',
		typology: 'experimentation_in_vivo',
		sector: 'l’arboriculture et le maraîchage',
		workers: 'les salariés saisonniers mis à disposition'
	},
	{
		holder: f('Laure Castagné'),
		organisation: org('Laure Castagné Sociologie du travail', 'freelancer', '0', '65000', 'Tarbes'),
		title: 'Les clauses de déconnexion des accords d’entreprise à l’épreuve du terrain',
		typology: 'etude_action',
		sector: 'les entreprises de taille intermédiaire',
		workers: 'les cadres et les agents de maîtrise',
		attachment: 'Castagne - note de cadrage.pdf'
	},
	// Pays de la Loire
	{
		holder: m('Philippe Gaudin'),
		organisation: org(
			'Anjou Menuiseries industrielles SAS',
			'company',
			'300-999',
			'49000',
			'Angers'
		),
		title: 'Atelier numérique : accompagner les compagnons vers la commande numérique',
		typology: 'conduite_changement',
		sector: 'la menuiserie industrielle',
		workers: 'les compagnons menuisiers',
		screening: {
			to: 'under_review',
			eligibleReason:
				'Effectif compris entre 300 et 999 salariés vérifié : le projet reste éligible à l’accompagnement, mais l’orientation vers le FACT ne sera pas possible.',
			reason: 'Démarche de conduite du changement exemplaire, à approfondir en présélection.'
		}
	},
	{
		holder: f('Chloé Bertin'),
		organisation: org('Mutuo SAS', 'startup', '1-9', '72000', 'Le Mans'),
		title: 'Mutuo : l’entraide entre collègues pour réussir le retour après un arrêt long',
		typology: 'application_sensibilisation',
		sector: 'les entreprises de la plasturgie',
		workers: 'les salariés de retour d’arrêt maladie et leurs collègues'
	},
	{
		holder: f('Marie-Annick Rousseau'),
		organisation: org(
			'Vendée Services à Domicile',
			'association',
			'50-249',
			'85000',
			'La Roche-sur-Yon'
		),
		title: 'Planning coopératif : les aides à domicile organisent leurs tournées',
		typology: 'experimentation_in_vivo',
		sector: 'l’aide à domicile',
		workers: 'les aides à domicile et les responsables de secteur'
	},
	{
		holder: f('Camille Durand'),
		organisation: org('Tempo Collectif SAS', 'startup', '1-9', '44000', 'Nantes'),
		title: 'Tempo : des rituels d’équipe numériques pour réguler la charge de travail',
		typology: 'evaluation_charge_travail',
		sector: 'les agences de communication',
		workers: 'les chefs de projet et les graphistes',
		demoHolder: true,
		attachment: 'Tempo - présentation du projet.pdf',
		screening: {
			to: 'eligible',
			reason:
				'Dossier complet ; projet conforme à la typologie de l’appel (évaluation participative de la charge de travail).'
		}
	},
	// Bretagne
	{
		holder: m('Erwan Le Goff'),
		organisation: org('Breizh Ergo Lab SAS', 'startup', '1-9', '35000', 'Rennes'),
		title: 'Casque et gestes : la réalité virtuelle pour former à la prévention en abattoir',
		typology: 'application_sensibilisation',
		sector: 'l’industrie agroalimentaire',
		workers: 'les opérateurs de découpe'
	},
	{
		holder: f('Gwenaëlle Kerjean'),
		organisation: org('Chantier naval de l’Iroise SAS', 'company', '250-299', '29200', 'Brest'),
		title: 'Maquette numérique et organisation du travail des chaudronniers : une étude-action',
		typology: 'etude_action',
		sector: 'la construction navale',
		workers: 'les chaudronniers et les dessinateurs-projeteurs'
	},
	{
		holder: m('Yannick Le Floch'),
		organisation: org('Yannick Le Floch Conseil', 'freelancer', '0', '56100', 'Lorient'),
		title: 'Tablettes à bord : un kit de conduite du changement pour la pêche artisanale',
		typology: 'conduite_changement',
		sector: 'la pêche artisanale',
		workers: 'les marins pêcheurs et les patrons de pêche'
	},
	{
		holder: m('Loïc Le Bihan'),
		organisation: org(
			'Union des coopératives agricoles des Côtes-d’Armor',
			'professional_organisation',
			'10-49',
			'22000',
			'Saint-Brieuc'
		),
		title: 'Robot de traite et temps de travail : une expérimentation en élevage laitier',
		typology: 'experimentation_in_vivo',
		sector: 'l’élevage laitier',
		workers: 'les éleveurs et leurs salariés agricoles'
	},
	// Provence-Alpes-Côte d'Azur
	{
		holder: m('Nicolas Giraud'),
		organisation: org('Mistral Data SAS', 'startup', '10-49', '13001', 'Marseille'),
		title: 'Baromètre numérique de la qualité de vie au travail pour les PME portuaires',
		typology: 'application_sensibilisation',
		sector: 'les entreprises de manutention portuaire',
		workers: 'les dockers et les agents d’exploitation',
		screening: {
			to: 'ineligible',
			reason:
				'Le baromètre est déjà commercialisé : l’appel vise des projets à prototyper, accélérer ou finaliser, pas la diffusion d’une offre existante.'
		}
	},
	{
		holder: f('Valérie Bianchi'),
		organisation: org('Riviera Hôtellerie Services SAS', 'company', '50-249', '06000', 'Nice'),
		title: 'Co-concevoir sur tablette les plannings des femmes de chambre',
		typology: 'evaluation_charge_travail',
		sector: 'l’hôtellerie de tourisme',
		workers: 'les femmes et valets de chambre'
	},
	{
		holder: m('Sébastien Mercier'),
		organisation: org('Sébastien Mercier Facilitation', 'freelancer', '0', '84000', 'Avignon'),
		title: 'Passer au travail collaboratif en ligne : une boîte à outils pour les associations',
		typology: 'conduite_changement',
		sector: 'les associations culturelles',
		workers: 'les salariés et les bénévoles associatifs'
	},
	// Normandie
	{
		holder: f('Corinne Lemonnier'),
		organisation: org(
			'Centre départemental de l’enfance de Seine-Normande',
			'public_body',
			'50-249',
			'76000',
			'Rouen'
		),
		title: 'Journal de bord numérique : alléger la charge administrative des éducateurs',
		typology: 'evaluation_charge_travail',
		sector: 'la protection de l’enfance',
		workers: 'les éducateurs spécialisés'
	},
	{
		holder: m('Hugo Marie'),
		organisation: org('Synapse Travail SAS', 'startup', '1-9', '14000', 'Caen'),
		title: 'Synapse : repérer tôt les signaux de l’épuisement professionnel par enquêtes courtes',
		typology: 'application_sensibilisation',
		sector: 'les établissements médico-sociaux',
		workers: 'les personnels éducatifs et soignants'
	},
	{
		holder: m('Didier Lecoq'),
		organisation: org(
			'Mécanique de précision du Cotentin SARL',
			'company',
			'10-49',
			'50100',
			'Cherbourg-en-Cotentin'
		),
		title: 'Îlots autonomes et affichage numérique en atelier',
		typology: 'experimentation_in_vivo',
		sector: 'la mécanique de précision',
		workers: 'les usineurs et les contrôleurs qualité',
		screening: {
			to: 'ineligible',
			reason:
				'Le projet porte pour l’essentiel sur l’achat d’écrans d’affichage en atelier ; l’effet attendu sur la qualité de vie au travail n’est pas étayé.'
		}
	},
	// Bourgogne-Franche-Comté
	{
		holder: f('Martine Bouvier'),
		organisation: org(
			'Union bourguignonne des métiers de la propreté',
			'professional_organisation',
			'10-49',
			'21000',
			'Dijon'
		),
		title: 'Travailler de jour dans la propreté : une application de coordination avec les clients',
		typology: 'experimentation_in_vivo',
		sector: 'les entreprises de propreté',
		workers: 'les agents de propreté'
	},
	{
		holder: m('Laurent Vuillemin'),
		organisation: org(
			'Horlogerie comtoise de précision SAS',
			'company',
			'50-249',
			'25000',
			'Besançon'
		),
		title:
			'Mesurer les effets de notre accord sur les outils numériques : un protocole d’étude-action',
		typology: 'etude_action',
		sector: 'l’horlogerie et les microtechniques',
		workers: 'les techniciens et les cadres',
		coholder: f('Agnès Prost')
	},
	// Centre-Val de Loire
	{
		holder: f('Cécile Morin'),
		organisation: org(
			'Communauté de communes des Rives de Loire',
			'public_body',
			'50-249',
			'45000',
			'Orléans'
		),
		title: 'Télétravail des agents territoriaux : une expérimentation en tiers-lieux',
		typology: 'experimentation_in_vivo',
		sector: 'la fonction publique territoriale',
		workers: 'les agents administratifs et techniques'
	},
	{
		holder: m('Baptiste Renard'),
		organisation: org('Ludiq SAS', 'startup', '1-9', '37000', 'Tours'),
		title: 'Un jeu de cartes numérique pour parler du travail en équipe',
		typology: 'application_sensibilisation',
		sector: 'les équipes de la grande distribution',
		workers: 'les employés de rayon et les managers'
	},
	// Corse
	{
		holder: f('Marie-Ange Santoni'),
		organisation: org(
			'Association corse pour l’emploi saisonnier',
			'association',
			'1-9',
			'20000',
			'Ajaccio'
		),
		title: 'Bienvenue à bord : une application d’accueil et de sécurité pour les saisonniers',
		typology: 'application_sensibilisation',
		sector: 'le tourisme saisonnier',
		workers: 'les saisonniers de l’hôtellerie et de la restauration'
	},
	{
		holder: m('Jean-Baptiste Albertini'),
		organisation: org('Transports maritimes du Cap SARL', 'company', '10-49', '20200', 'Bastia'),
		title: 'Évaluation participative de la charge de travail des équipages des navettes côtières',
		typology: 'evaluation_charge_travail',
		sector: 'le transport maritime côtier',
		workers: 'les marins et les agents d’escale'
	},
	// Guadeloupe
	{
		holder: m('Rudy Jean-Baptiste'),
		organisation: org('Kaz Numérik SAS', 'startup', '1-9', '97110', 'Pointe-à-Pitre'),
		title: 'Des formations courtes sur smartphone pour accompagner le numérique dans les TPE',
		typology: 'conduite_changement',
		sector: 'les TPE du commerce et des services',
		workers: 'les salariés des petites entreprises'
	},
	{
		holder: f('Laetitia Démétrius'),
		organisation: org(
			'Distribution Caraïbes Alimentaire SAS',
			'company',
			'50-249',
			'97122',
			'Baie-Mahault'
		),
		title: 'Chaleur et travail en entrepôt : des horaires décalés pilotés par capteurs',
		typology: 'experimentation_in_vivo',
		sector: 'la distribution alimentaire',
		workers: 'les caristes et les préparateurs'
	},
	// Martinique
	{
		holder: f('Josiane Célestine'),
		organisation: org(
			'Association martiniquaise pour la santé au travail dans les TPE',
			'association',
			'10-49',
			'97200',
			'Fort-de-France'
		),
		title: 'Risques psychosociaux dans les TPE du commerce : une étude-action',
		typology: 'etude_action',
		sector: 'les petits commerces',
		workers: 'les vendeuses, les vendeurs et les gérants'
	},
	{
		holder: m('Fabrice Louis-Joseph'),
		organisation: org(
			'Chambre professionnelle du bâtiment de Martinique',
			'professional_organisation',
			'1-9',
			'97232',
			'Le Lamentin'
		),
		title: 'Chantier sûr : une application de sensibilisation aux risques chimiques',
		typology: 'application_sensibilisation',
		sector: 'le bâtiment et les travaux publics',
		workers: 'les ouvriers et les chefs de chantier'
	},
	// Guyane
	{
		holder: f('Sonia Horth'),
		organisation: org(
			'Groupement d’intérêt public pour la télésanté en Guyane',
			'public_body',
			'10-49',
			'97300',
			'Cayenne'
		),
		title: 'Téléconsultation en sites isolés : la charge de travail des infirmières',
		typology: 'evaluation_charge_travail',
		sector: 'les centres de santé des communes isolées',
		workers: 'les infirmières et les agents de santé'
	},
	// La Réunion
	{
		holder: f('Maëva Hoarau'),
		organisation: org('Zarlor Tech SAS', 'startup', '1-9', '97400', 'Saint-Denis'),
		title: 'Zarlor : reconnaître les compétences informelles par des badges numériques',
		typology: 'conduite_changement',
		sector: 'les entreprises de services réunionnaises',
		workers: 'les salariés peu qualifiés'
	},
	{
		holder: m('Jean-Marc Payet'),
		organisation: org(
			'Fondation réunionnaise pour le travail décent',
			'other',
			'1-9',
			'97410',
			'Saint-Pierre'
		),
		title: 'Conditions de travail dans la filière canne : une étude-action avec les salariés',
		typology: 'etude_action',
		sector: 'la filière canne à sucre',
		workers: 'les coupeurs de canne et les chauffeurs',
		coholder: f('Priscilla Grondin'),
		screening: {
			to: 'eligible',
			reason:
				'Fondation : type de structure non prévu par l’appel, examiné au cas par cas. Le projet associe les salariés agricoles et un laboratoire universitaire : éligible.'
		}
	},
	// Mayotte
	{
		holder: f('Zaïnaba Ahamada'),
		organisation: org(
			'Association mahoraise des jeunes entrepreneurs',
			'association',
			'1-9',
			'97600',
			'Mamoudzou'
		),
		title: 'Bureau mobile : le travail nomade outillé pour les jeunes entreprises',
		typology: 'experimentation_in_vivo',
		sector: 'les jeunes entreprises mahoraises',
		workers: 'les créateurs d’entreprise et leurs premiers salariés'
	}
];

/** Reasons the team gave to generic screening decisions. */
export const ELIGIBLE_REASONS = [
	'Dossier complet ; le projet combine innovation technologique et innovation sociale au service de la QVT.',
	'Structure et projet conformes à l’appel ; les salariés sont associés dès la conception.',
	'Éligible : projet entrant dans la typologie de l’appel, porteur identifié, dialogue social prévu.',
	'Critères d’éligibilité remplis ; l’Aract de la région confirme l’intérêt du projet.',
	'Conforme à l’appel : démarche participative décrite, stade du projet cohérent avec l’accompagnement.'
];

export const UNDER_REVIEW_REASONS = [
	'Projet retenu pour un examen approfondi par le comité de présélection.',
	'À instruire en présélection : fort potentiel de transfert à d’autres structures.',
	'Examen approfondi : demander des précisions sur le modèle économique.',
	'Projet prometteur ; vérifier la disponibilité des équipes pour l’expérimentation.',
	'À approfondir : articulation avec les autres projets de la même région.'
];

// ---------------------------------------------------------------------------------------------
// Fragments

/** Résumé, first sentence(s): the work problem. */
export const PROBLEMS: Record<Typology, readonly string[]> = {
	application_sensibilisation: [
		'Dans {sector}, les risques pour la santé au travail restent mal connus de celles et ceux qui les vivent : {workers} découvrent souvent les bonnes pratiques après l’accident ou l’arrêt de travail.',
		'Les messages de prévention diffusés dans {sector} prennent la forme d’affiches et de livrets que {workers} n’ont ni le temps ni l’envie de lire.',
		'Parler de qualité de vie au travail reste abstrait pour {workers} : les enquêtes annuelles arrivent trop tard et débouchent rarement sur des actions concrètes.',
		'L’hyperconnexion s’est installée sans bruit dans {sector} : courriels le soir, messageries le week-end, notifications pendant les congés. {Workers} en mesurent mal les effets sur leur santé.'
	],
	evaluation_charge_travail: [
		'Dans {sector}, la charge de travail n’est discutée qu’en termes d’effectifs : {workers} décrivent des journées fragmentées, des interruptions permanentes et une part de travail invisible que les plannings ignorent.',
		'Les indicateurs suivis dans {sector} mesurent l’activité prescrite, jamais le travail réel ni la charge ressentie par {workers}, ce qui nourrit incompréhensions et tensions entre les équipes et l’encadrement.',
		'Les charges de travail ont fortement augmenté dans {sector} depuis trois ans, sans que personne puisse dire précisément où, quand et pourquoi : {workers} en parlent à la pause, rarement en réunion.',
		'Réorganisations successives, outils numériques empilés, urgences quotidiennes : dans {sector}, {workers} expriment une surcharge que la direction peine à objectiver.'
	],
	etude_action: [
		'La signature d’un accord d’entreprise sur le numérique ne dit rien de ses effets réels : dans {sector}, personne ne sait si les clauses sur la déconnexion ou le télétravail changent le quotidien {ofWorkers}.',
		'Les organisations {ofSector} multiplient les chartes et les accords sur les usages numériques, mais aucune évaluation rigoureuse n’en mesure l’impact sur les conditions de travail {ofWorkers}.',
		'Les effets des outils collaboratifs sur le travail {ofWorkers} font l’objet d’opinions tranchées mais de très peu de données, en particulier dans {sector}.'
	],
	experimentation_in_vivo: [
		'Dans {sector}, l’organisation du travail a peu changé en vingt ans alors que les outils, les attentes des clients et celles {ofWorkers} ont profondément évolué.',
		'{Workers} demandent plus d’autonomie et de souplesse dans l’organisation de leurs journées ; l’encadrement craint une perte de coordination et de qualité de service.',
		'Les nouvelles méthodes de travail sont souvent décidées sur le papier puis imposées : dans {sector}, les essais précédents ont laissé un souvenir mitigé {toWorkers}.'
	],
	conduite_changement: [
		'Les projets de transformation numérique menés dans {sector} échouent moins sur la technique que sur l’appropriation : {workers} se sentent rarement associés aux choix qui bouleversent leur travail.',
		'L’arrivée de nouveaux outils numériques bouscule le métier {ofWorkers} : perte de repères, sentiment de déqualification, inquiétude sur l’emploi.',
		'Dans {sector}, les changements d’outils se succèdent à un rythme soutenu et les formations se résument souvent à une demi-journée de prise en main, sans place pour les questions du travail réel.'
	]
};

/** Résumé: what the project does. */
export const SOLUTIONS: Record<Typology, readonly string[]> = {
	application_sensibilisation: [
		'Le projet consiste à concevoir une application mobile courte et ludique : quelques minutes par semaine, des situations tirées du travail réel, des conseils validés par des préventeurs et la possibilité de signaler anonymement une difficulté.',
		'Nous proposons une application qui fait découvrir les enjeux de qualité de vie au travail par des mises en situation, des quiz et des témoignages vidéo de pairs, et qui oriente vers les bons interlocuteurs.',
		'L’outil donne à chacun, au bon moment, des repères simples sur sa santé au travail et propose à l’équipe un temps d’échange mensuel à partir des réponses agrégées.'
	],
	evaluation_charge_travail: [
		'Le projet outille une démarche participative d’évaluation de la charge de travail : chacun renseigne en moins de deux minutes sa charge ressentie et les imprévus de la journée, et les résultats agrégés alimentent un temps d’échange collectif chaque mois.',
		'Nous construisons avec {workers} une grille de lecture de la charge de travail prescrite, réelle et ressentie, puis un tableau de bord partagé qui permet de discuter des arbitrages en réunion d’équipe plutôt que dans les couloirs.',
		'L’outil rend visibles les charges de travail de chacun (interruptions, tâches imprévues, temps de déplacement) et aide l’équipe à ajuster collectivement les plannings, sous le regard des représentants du personnel.'
	],
	etude_action: [
		'Nous proposons un protocole d’étude-action de dix-huit mois associant {theOrg}, trois entreprises volontaires et une équipe de chercheurs universitaires : observations, entretiens, journaux de bord numériques et mesures avant et après la mise en œuvre des clauses de l’accord.',
		'Le projet construit avec des chercheurs une méthode d’évaluation reproductible : un questionnaire en ligne court, des traces d’usage anonymisées et des groupes d’analyse du travail réunissant salariés, managers et représentants du personnel.',
		'Il s’agit de concevoir un protocole d’étude-action qui suit, pendant un an, des équipes volontaires et confronte les données recueillies aux engagements de l’accord d’entreprise, pour en tirer des recommandations négociables.'
	],
	experimentation_in_vivo: [
		'Le projet organise une expérimentation in vivo de six mois avec deux équipes pilotes : des règles du jeu négociées, un outil numérique de coordination léger et des points d’étape où l’on décide ensemble de poursuivre, d’ajuster ou d’arrêter.',
		'Nous proposons de tester en conditions réelles une nouvelle organisation, conçue avec {workers} lors d’ateliers, soutenue par une application de planification partagée et évaluée chemin faisant avec l’encadrement et les représentants du personnel.',
		'Une expérimentation grandeur nature, limitée dans le temps et réversible, permettra de vérifier ce qui marche : autonomie des équipes dans l’organisation des plannings, outils de suivi partagés, temps de régulation collectifs.'
	],
	conduite_changement: [
		'Nous développons une boîte à outils de conduite du changement : cartographie des tâches transformées, ateliers de simulation du travail futur, parcours de formation entre pairs et baromètre d’appropriation.',
		'Le projet propose un accompagnement outillé des transformations numériques : avant le déploiement, des ateliers pour décrire le travail réel ; pendant, un espace d’expression des difficultés ; après, un bilan partagé des effets sur le travail.',
		'L’outil aide les équipes à anticiper les effets d’un nouveau logiciel sur leur travail, à formuler leurs besoins et à suivre sa mise en œuvre, avec des fiches pratiques pour l’encadrement.'
	]
};

/** Résumé: the people concerned. */
export const PEOPLE = [
	'Il concerne d’abord {workers}, puis l’encadrement de proximité et les représentants du personnel, associés dès la conception.',
	'{Workers} sont associés à chaque étape ; la direction et les représentants du personnel suivent le projet au sein d’un comité de pilotage.',
	'Les premiers bénéficiaires sont {workers} {ofOrg}, à {city} ; l’ambition est d’étendre la démarche à d’autres structures.'
];

/** Résumé: where the project stands (by stage). */
export const STAGE_SENTENCES: Record<'prototype' | 'accelerate' | 'finalise', readonly string[]> = {
	prototype: [
		'Nous souhaitons prototyper l’outil et le tester sur un premier site pilote au premier semestre 2017.',
		'Le projet en est au stade de l’idée travaillée : le Transformateur nous aiderait à construire et tester un premier prototype.'
	],
	accelerate: [
		'Un premier prototype a été testé avec une dizaine d’utilisateurs ; nous voulons accélérer pour le déployer sur plusieurs sites et consolider le modèle économique.',
		'Une version d’essai fonctionne depuis quelques mois ; l’enjeu est maintenant d’accélérer son déploiement sans perdre la dimension participative.'
	],
	finalise: [
		'L’outil est utilisé sur deux sites pilotes ; il reste à finaliser son évaluation et les conditions de sa diffusion à d’autres structures.',
		'Le projet est presque abouti : nous cherchons un appui pour finaliser la version diffusable, sa documentation et l’évaluation de ses effets sur le travail.'
	]
};

/** Résumé: where a study-action protocol stands (by stage). */
export const RESEARCH_STAGE_SENTENCES: Record<
	'prototype' | 'accelerate' | 'finalise',
	readonly string[]
> = {
	prototype: [
		'Le protocole reste à construire : nous souhaitons le formaliser avec les chercheurs et le tester sur une première équipe au premier semestre 2017.'
	],
	accelerate: [
		'Une première vague d’entretiens a été conduite ; nous voulons accélérer pour étendre le protocole à d’autres sites et stabiliser les outils de collecte.'
	],
	finalise: [
		'Le protocole a été éprouvé sur un premier terrain ; il reste à finaliser l’analyse et la restitution des résultats aux négociateurs.'
	]
};

export const TECH: Record<Typology, readonly string[]> = {
	application_sensibilisation: [
		'Application mobile hybride qui fonctionne hors connexion, conçue pour être utilisée en moins de trois minutes, avec des contenus courts (vidéos, quiz, fiches) mis à jour depuis une interface d’administration simple.',
		'Moteur de parcours adaptatif : les contenus proposés dépendent des réponses et du métier de chacun ; les résultats ne sont visibles qu’agrégés, à partir de cinq répondants.',
		'Des rappels viennent au bon moment, mais jamais en dehors des horaires de travail : l’outil applique lui-même le droit à la déconnexion.'
	],
	evaluation_charge_travail: [
		'Saisie en quelques secondes sur smartphone ou sur une borne partagée, agrégation anonyme des données et visualisation de la charge prescrite, réelle et ressentie sur une même frise.',
		'Un tableau de bord web met en regard les données de planification existantes et les signalements des équipes ; les données individuelles ne sont jamais accessibles à l’encadrement.',
		'Un algorithme simple et explicable repère les périodes de surcharge récurrentes et les propose comme sujets de discussion, plutôt qu’un score opaque.'
	],
	etude_action: [
		'Plateforme de collecte combinant questionnaires en ligne, journaux de bord sur smartphone et traces d’usage des outils collaboratifs, anonymisées à la source.',
		'Outils d’analyse libres et jeux de données documentés, pour que d’autres entreprises puissent reproduire le protocole.',
		'Mesure des usages numériques hors du temps de travail (envois de messages, connexions) croisée avec le ressenti déclaré, dans le respect des règles de la CNIL.'
	],
	experimentation_in_vivo: [
		'Application de planification partagée où les équipes organisent elles-mêmes leurs plannings dans des règles communes, avec un historique des arbitrages.',
		'Outils numériques légers (messagerie d’équipe, tableau de tâches, visioconférence) choisis et paramétrés par les équipes elles-mêmes au début de l’expérimentation.',
		'Capteurs et indicateurs simples (temps de déplacement, interruptions, température) pour objectiver les effets de l’expérimentation, sans aucune surveillance individuelle.'
	],
	conduite_changement: [
		'Plateforme web de simulation : les équipes décrivent leurs tâches actuelles, visualisent celles que le nouvel outil transforme et repèrent les points de vigilance.',
		'Modules de formation courts entre pairs, sous forme de vidéos réalisées par les salariés eux-mêmes, accessibles sur mobile.',
		'Baromètre d’appropriation en ligne, répété chaque mois, dont les résultats sont restitués aux équipes et discutés avec elles.'
	]
};

export const TECH_EXTRA = [
	'Le code sera publié sous licence libre pour faciliter sa reprise par d’autres structures.',
	'Les données sont hébergées en France et l’outil a été pensé dès l’origine pour respecter la loi Informatique et libertés.',
	'L’interface est accessible (contrastes, navigation au clavier) et utilisable sur des téléphones d’entrée de gamme.',
	'L’outil s’interface avec les logiciels de planification et de messagerie déjà en place, pour éviter toute double saisie.'
];

export const SOCIAL: Record<Typology, readonly string[]> = {
	application_sensibilisation: [
		'L’application est co-écrite avec {workers} : les situations proposées viennent de leurs récits et sont relues par un groupe de pairs.',
		'Elle ne remplace pas le dialogue : chaque campagne débouche sur un temps d’échange en équipe et, si besoin, sur une saisine des représentants du personnel.'
	],
	evaluation_charge_travail: [
		'La démarche repose sur l’expression directe des salariés sur leur travail et sur la discussion collective des arbitrages : la charge de travail devient un objet de dialogue, pas un indicateur de contrôle.',
		'Les représentants du personnel co-pilotent la démarche ; les règles d’usage des données sont écrites ensemble et inscrites dans un accord de méthode.',
		'Les managers de proximité sont formés à animer les échanges sur les charges de travail et disposent de marges de manœuvre réelles pour agir.'
	],
	etude_action: [
		'La recherche est conduite avec les salariés et non sur eux : les hypothèses sont discutées en groupe de travail paritaire et les résultats restitués à chaque étape.',
		'Le protocole nourrit le dialogue social : ses conclusions seront présentées aux négociateurs de l’accord lors de sa renégociation.'
	],
	experimentation_in_vivo: [
		'L’expérimentation est réversible et négociée : ses règles sont écrites avec les équipes et les représentants du personnel, et chacun peut demander à revenir à l’organisation antérieure.',
		'Les équipes pilotes disposent de temps de régulation réguliers pour ajuster l’organisation ; l’encadrement change de rôle, de la prescription au soutien.'
	],
	conduite_changement: [
		'Le changement est conduit avec les salariés et non pour eux : ils décrivent leur travail réel, testent les outils avant leur déploiement et peuvent en faire modifier le paramétrage.',
		'Une attention particulière est portée aux salariés les plus éloignés du numérique, accompagnés par des pairs référents formés.'
	]
};

export const SOCIAL_EXTRA = [
	'{Aract} accompagne la démarche et veille à la place du dialogue social.',
	'Une attention particulière est portée à l’égalité entre les femmes et les hommes et à la conciliation des temps de vie.',
	'Le projet valorise les compétences des salariés et ouvre des perspectives d’évolution professionnelle.',
	'La démarche sera documentée pour être transférée à d’autres structures du secteur.'
];

/** The holder's role, by organisation type and gender. */
export const ROLES: Record<OrganisationType, readonly { f: string; m: string }[]> = {
	startup: [
		{ f: 'cofondatrice et présidente', m: 'cofondateur et président' },
		{ f: 'directrice générale', m: 'directeur général' }
	],
	freelancer: [
		{ f: 'consultante indépendante', m: 'consultant indépendant' },
		{ f: 'ergonome indépendante', m: 'ergonome indépendant' }
	],
	company: [
		{ f: 'directrice des ressources humaines', m: 'directeur des ressources humaines' },
		{ f: 'responsable qualité de vie au travail', m: 'responsable qualité de vie au travail' },
		{ f: 'directrice générale', m: 'directeur général' }
	],
	professional_organisation: [
		{ f: 'secrétaire générale', m: 'secrétaire général' },
		{ f: 'chargée de mission conditions de travail', m: 'chargé de mission conditions de travail' }
	],
	association: [
		{ f: 'déléguée générale', m: 'délégué général' },
		{ f: 'coordinatrice', m: 'coordinateur' }
	],
	public_body: [
		{ f: 'cheffe de projet transformation', m: 'chef de projet transformation' },
		{ f: 'directrice adjointe', m: 'directeur adjoint' }
	],
	other: [{ f: 'coordinatrice bénévole', m: 'coordinateur bénévole' }]
};

/** Who else is in the team, by organisation type. */
export const TEAMS: Record<OrganisationType, readonly string[]> = {
	startup: [
		'L’équipe compte un développeur, une designer de services et une ergonome associée ; elle s’appuie sur un comité d’utilisateurs de {n} salariés.',
		'Deux associés aux profils complémentaires (développement logiciel, psychologie du travail) et {n} bêta-testeurs issus d’entreprises partenaires.'
	],
	freelancer: [
		'{Pronoun} travaille depuis plus de dix ans sur les conditions de travail ; le projet mobilise aussi un développeur indépendant et un réseau de consultants partenaires.',
		'{Pronoun} s’appuie sur un collectif de {n} indépendants (ergonomes, développeurs, graphistes) qui interviennent selon les besoins du projet.'
	],
	company: [
		'Un binôme associant la direction des ressources humaines et un représentant du personnel co-pilote le projet ; un chef de projet informatique et {n} salariés volontaires complètent l’équipe.',
		'Le comité de pilotage réunit la direction, le médecin du travail, deux élus du comité d’hygiène, de sécurité et des conditions de travail et {n} salariés volontaires.'
	],
	professional_organisation: [
		'Le projet est porté par la délégation générale, avec un groupe de travail de {n} entreprises adhérentes et les partenaires sociaux de la branche.',
		'Une chargée de mission à temps plein, un comité technique de {n} adhérents et l’appui du service juridique de l’organisation.'
	],
	association: [
		'Le projet est porté par le bureau de l’association et deux salariées permanentes, avec l’appui de {n} bénévoles et adhérents.',
		'L’équipe réunit une coordinatrice, un animateur numérique et {n} structures adhérentes volontaires pour l’expérimentation.'
	],
	public_body: [
		'Une cheffe de projet, le service de prévention, la direction des systèmes d’information et des représentants du personnel forment l’équipe projet.',
		'Le projet est suivi par la direction générale, porté par une équipe de {n} agents volontaires et appuyé par le conseiller de prévention.'
	],
	other: [
		'Le projet est porté par un noyau de {n} membres bénévoles, appuyé par des compétences extérieures en ergonomie et en développement web.'
	]
};

export const TEAM_EXTRA = [
	'L’équipe a déjà conduit ensemble un projet de prévention des risques psychosociaux.',
	'Un temps hebdomadaire est réservé au projet dans l’agenda de chacun.',
	'Les membres de l’équipe ont suivi une formation à l’analyse du travail.',
	''
];

/** Possible partners (with their article), besides the region's Aract. */
export const PARTNERS = [
	'la Carsat',
	'le service de santé au travail interentreprises',
	'une école d’ingénieurs du territoire',
	'la chambre de commerce et d’industrie',
	'deux entreprises pilotes du territoire',
	'un cabinet d’ergonomie',
	'le pôle de compétitivité numérique de la région',
	'un organisme paritaire collecteur agréé',
	'un fab lab associatif'
];

export const FUNDING = [
	'Un dépôt au FACT est envisagé après l’accompagnement.',
	'Une demande auprès du fonds régional d’innovation est en préparation.',
	'Le modèle économique repose sur des abonnements annuels des structures utilisatrices.',
	''
];

/** Research teams, by region (INSEE code): where a project's researchers come from. */
export const UNIVERSITIES: Record<string, string> = {
	'01': 'Université des Antilles',
	'02': 'Université des Antilles',
	'03': 'Université de Guyane',
	'04': 'Université de La Réunion',
	'06': 'Centre universitaire de formation et de recherche de Mayotte',
	'11': 'Conservatoire national des arts et métiers',
	'24': 'Université de Tours',
	'27': 'Université de Bourgogne',
	'28': 'Université de Caen Normandie',
	'32': 'Université de Lille',
	'44': 'Université de Lorraine',
	'52': 'Université de Nantes',
	'53': 'Université Rennes 2',
	'75': 'Université de Bordeaux',
	'76': 'Université Toulouse – Jean Jaurès',
	'84': 'Université Lumière Lyon 2',
	'93': 'Aix-Marseille Université',
	'94': 'Université de Corse'
};

export const RESEARCH_TEAMS = [
	'équipe de psychologie du travail',
	'laboratoire de sociologie du travail',
	'équipe de recherche en ergonomie',
	'laboratoire de sciences de gestion'
];
