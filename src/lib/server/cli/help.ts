/** The `transfo` help texts, in French. Asked-for help goes to stdout; usage errors to stderr. */
import { ROLES } from '../accounts/actor.ts';
import { SCOPES } from '../accounts/apiTokens.ts';
import { REGIONS } from '../../regions.ts';

const ENVIRONMENT = `Environnement (le même que celui du serveur) :
  DATA_DIR       dossier des données de la base embarquée (./data par défaut)
  DATABASE_URL   serveur PostgreSQL (postgres://…) ; remplace la base embarquée
  TRANSFO_DEBUG  1 pour afficher la pile d’appels des erreurs`;

export const GENERAL_HELP = `transfo — outil en ligne de commande de Transformateur

Usage : transfo <commande> [options]

Commandes :
  db migrate                 applique les migrations de la base
  db dump FICHIER            sauvegarde toutes les tables dans un fichier JSON
  db restore FICHIER         remplace le contenu de la base par celui d’une sauvegarde
  user create                crée un compte, ou donne un rôle à un compte existant
  user password              donne un mot de passe à un compte (lu sur l’entrée standard)
  token create               crée un jeton d’accès à l’API pour un compte
  demo seed                  ajoute le programme et les comptes de démonstration
  assign                     répartit les candidatures entre les membres du jury (sans base)
  calibrate                  corrige les notes des membres du jury sévères ou indulgents (sans base)
  synergies                  suggère des paires de projets similaires ou complémentaires (sans base)
  help [commande]            affiche l’aide (d’une commande)

Les résultats sont écrits en JSON sur la sortie standard ; les messages sur la sortie d’erreur.
Code de sortie : 0 si tout va bien, 1 en cas d’erreur, 2 si la commande est mal écrite.

${ENVIRONMENT}

Exemple :
  transfo user create --email claire@exemple.fr --role team --name "Claire Martin"
  transfo token create --email claire@exemple.fr --scopes programmes:read,programmes:write`;

const regionList = REGIONS.map((r) => `${r.code} ${r.name}`).join(', ');

export const COMMAND_HELP: Record<string, string> = {
	'db migrate': `Usage : transfo db migrate

Applique les migrations qui n’ont pas encore été appliquées (sans effet si la base est à jour).
Affiche {"migrated": true, "database": "pglite" | "postgres", "migration": "<dernière migration>"}.`,

	'db dump': `Usage : transfo db dump FICHIER

Écrit dans FICHIER (JSON, lisible par son seul propriétaire) le contenu de toutes les tables de
l’application, lu en un seul instantané cohérent. La sauvegarde se restaure sur la base embarquée
comme sur un serveur PostgreSQL. Elle contient les empreintes des mots de passe et des jetons :
gardez-la en lieu sûr.
Affiche le nombre de lignes par table.`,

	'db restore': `Usage : transfo db restore FICHIER [--force]

Remplace le contenu de toutes les tables de l’application par celui de la sauvegarde, en une seule
transaction : tout est restauré, ou rien ne change. Refuse un fichier qui n’est pas une sauvegarde
Transformateur, ou qui vient d’une version plus récente.

Options :
  --force    confirme le remplacement quand la base contient déjà des données

Arrêtez le serveur avant de restaurer. Affiche le nombre de lignes restaurées par table.`,

	'user create': `Usage : transfo user create --email ADRESSE --role RÔLE [options]

Crée le compte (adresse vérifiée, sans mot de passe : la personne le choisit avec « mot de passe
oublié » ou se connecte par lien magique), ou donne le rôle à un compte existant. Journalisé au nom
du « système ».

Options :
  --email ADRESSE         adresse e-mail du compte (obligatoire)
  --role RÔLE             ${ROLES.join(', ')} (obligatoire)
  --region CODE           code INSEE de la région, obligatoire pour regional_partner :
                          ${regionList}
  --programme SLUG|ID     le programme sur lequel vaut le rôle ; sans lui, le rôle vaut sur tous
                          les programmes (une équipe « plateforme » peut créer des programmes)
  --name NOM              nom affiché, à la création du compte

Affiche le compte : {"id", "email", "name", "roles": [...], "created": true|false}.`,

	'user password': `Usage : echo 'MOT DE PASSE' | transfo user password --email ADRESSE

Donne un mot de passe au compte (au moins 12 caractères), lu sur l’entrée standard pour qu’il
n’apparaisse ni dans l’historique ni dans la liste des processus. Utile pour le premier compte
d’une instance sans SMTP. L’adresse est tenue pour vérifiée ; les sessions ouvertes sont fermées.
Journalisé au nom du « système ».

Affiche le compte : {"id", "email"}.`,

	'token create': `Usage : transfo token create --email ADRESSE [--scopes P1,P2] [--name NOM]

Crée un jeton d’accès personnel (tfo_…) pour l’API REST, au nom du compte. Le jeton n’est affiché
qu’une fois.

Options :
  --email ADRESSE    le compte (obligatoire)
  --scopes LISTE     portées, séparées par des virgules, parmi :
                     ${SCOPES.join(', ')}
                     sans cette option, le jeton permet tout ce que les rôles du compte permettent
  --name NOM         nom du jeton, pour le reconnaître dans « Mon compte »

Affiche {"token": "tfo_…", "id", "name", "scopes": [...] | null, "userId", "email"}.`,

	'demo seed': `Usage : transfo demo seed

Ajoute le programme de démonstration, ses promotions et un compte par rôle (sans effet s’ils sont
déjà là). Affiche {"created": true|false}.`,

	assign: `Usage : transfo assign [--in FICHIER]

Répartit les candidatures entre les membres du jury : l’affectation optimale, calculée exactement
(flot de coût minimal). Lit un objet JSON dans FICHIER, ou sur l’entrée standard sans --in :

  {
    "applications": [{"id": "a1", "demand": 3}],
    "reviewers":    [{"id": "r1", "min": 0, "max": 12}],
    "affinities":   [["r1", "a1", 0.83]],
    "conflicts":    [["r2", "a1"]],
    "locks":        [["r3", "a1"]]
  }

demand : nombre de membres du jury voulus pour la candidature ; min (0 par défaut) et max : charge
d’un membre du jury ; affinities : [membre, candidature, affinité entre 0 et 1], seules ces paires
peuvent être affectées ; conflicts : paires jamais affectées ; locks : paires toujours gardées,
comptées dans les charges et les demandes (une paire verrouillée sans affinité compte 0).

Ordre des priorités : pourvoir le plus de places possible, puis atteindre les minimums, puis
maximiser la somme des affinités (prises au millionième). À égalité, le résultat ne dépend pas de
l’ordre des listes. Une entrée contradictoire (identifiant inconnu ou en double, affinité hors de
[0, 1], minimum au-dessus du maximum, paire verrouillée en conflit, plus de verrous que le maximum
ou la demande) est refusée (code 1).

Affiche {"assignments": [["r1", "a1"], …], "objective": <somme des affinités>,
"unfilled": [{"application", "missing"}], "loads": {"r1": 12, …},
"underloaded": [{"reviewer", "min", "load", "missing"}]} ; places manquantes et minimums non
atteints sont aussi signalés sur la sortie d’erreur (code 0 : c’est le mieux possible).`,

	calibrate: `Usage : transfo calibrate [--in FICHIER]

Corrige les notes des membres du jury sévères ou indulgents : ajuste note = moyenne + qualité de la
candidature + biais du membre + bruit, par moindres carrés régularisés (un membre qui a peu noté
est peu corrigé). Lit un objet JSON dans FICHIER, ou sur l’entrée standard sans --in :

  {"scores": [{"reviewer": "r1", "application": "a1", "score": 3.2}]}

Une note par paire (membre, candidature). Affiche, candidatures de la mieux à la moins bien notée :
{"applications": [{"id", "reviews", "raw_mean" (moyenne brute), "calibrated" (note corrigée),
"uncertainty" (son écart type), "disagreement" (écart type des notes corrigées, null avec une seule
note), "range" (note max − note min), "discuss" (désaccord d’au moins deux fois le bruit estimé)}],
"reviewers": [{"id", "reviews", "bias", "uncertainty", "raw_mean"}], "model": {…}}.`,

	synergies: `Usage : transfo synergies [--in FICHIER] [--limit N] [--min-score S] [--per-project K]

Suggère des paires de projets qui pourraient travailler ensemble (et les groupes qu’elles forment),
de deux sortes :
  similar        même problème ou même public (risque de doublon, occasion de mutualiser) :
                 similarité TF-IDF des textes en français (titre, résumé, texte) et thèmes communs ;
  complementary  ce que l’un offre répond à ce dont l’autre a besoin : chaque besoin comparé à
                 chaque offre de l’autre projet (mots racinisés pondérés par leur rareté).
Lit un objet JSON dans FICHIER, ou sur l’entrée standard sans --in :

  {"projects": [{"id": "p1", "title": "…", "summary": "…", "text": "…",
                 "tags": ["…"], "offers": ["…"], "needs": ["…"]}]}

id obligatoire et unique ; les autres champs sont facultatifs (textes, listes de textes).

Options :
  --limit N          au plus N paires en tout (toutes par défaut)
  --min-score S      score minimal, entre 0 et 1 (0,1 par défaut)
  --per-project K    paires de chaque sorte gardées par projet (5 par défaut) : une paire reste si
                     elle est parmi les K meilleures de l’un de ses deux projets

Affiche, de la meilleure à la moins bonne : {"pairs": [{"a", "b" (a avant b dans l’ordre des
identifiants), "kind": "similar" | "complementary", "score" (entre 0 et 1), "reasons": [phrases],
"covers" (complementary : [{"offer", "need", "from" (qui offre), "to" (qui a besoin)}])}],
"groups": [{"projects" (3 ou 4 identifiants dont chaque paire est parmi les paires affichées),
"score" (moyenne des scores de ses paires), "reasons": [une phrase par paire], "pairs": [{"a", "b",
"kind", "score"}]}]} ; un projet est dans 2 groupes au plus, un groupe de 4 remplace ses groupes de 3.
Une entrée inutilisable (fichier illisible, JSON invalide, identifiant manquant ou en double,
mauvais type) est refusée avec le code 2.`
};

export const COMMANDS = Object.keys(COMMAND_HELP);

/** The help of a command (`db dump`), of a group (`db`), or the general help. */
export function helpFor(words: string[]): string | null {
	if (!words.length) return GENERAL_HELP;
	const key = words.slice(0, 2).join(' ');
	if (COMMAND_HELP[key]) return COMMAND_HELP[key];
	const group = COMMANDS.filter((c) => c.startsWith(`${words[0]} `));
	if (words.length === 1 && group.length) return group.map((c) => COMMAND_HELP[c]).join('\n\n');
	return null;
}
