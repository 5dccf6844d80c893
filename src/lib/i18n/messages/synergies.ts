import { defineMessages } from '../define.ts';

/** Synergies between projects: suggestions, dismissal, cooperation, merger. */
export default defineMessages({
	fr: {
		'synergies.title': 'Synergies entre projets',
		'synergies.head': 'Synergies entre les projets présélectionnés — {title}',
		'synergies.back': 'Retour à l’appel « {title} »',
		'synergies.intro':
			'La plateforme rapproche les projets présélectionnés deux à deux : projets semblables (même problème ou même public : risque de doublon, occasion de partager) ou complémentaires (ce que l’un offre couvre ce dont l’autre a besoin, d’après les canevas). Écartez une suggestion, liez deux projets par une coopération, ou fusionnez-les : un projet continue avec les deux équipes.',
		'synergies.open': 'Synergies entre projets présélectionnés',
		'synergies.projects': '{count} projet(s) présélectionné(s), dont {withCanvas} avec un canevas.',
		'synergies.noCanvas':
			'Sans canevas, un projet n’a ni offres ni besoins : seules les ressemblances de ses réponses comptent.',
		'synergies.none': 'Aucune suggestion pour l’instant.',
		'synergies.tooFew':
			'Il faut au moins deux projets présélectionnés pour chercher des synergies.',
		'synergies.suggestions': 'Suggestions',
		'synergies.kind.similar': 'Projets semblables',
		'synergies.kind.complementary': 'Projets complémentaires',
		'synergies.score': 'Score : {score}',
		'synergies.reasons': 'Pourquoi',
		'synergies.pair': '{a} et {b}',
		'synergies.decide': 'Décider pour {a} et {b}',
		'synergies.decision': 'Décision',
		'synergies.decision.dismissed': 'Écarter la suggestion',
		'synergies.decision.cooperation': 'Coopération : les deux projets continuent, liés',
		'synergies.decision.merger': 'Fusion : un projet continue avec les deux équipes',
		'synergies.continuing': 'En cas de fusion, le projet qui continue',
		'synergies.note': 'Motif',
		'synergies.noteHint':
			'Obligatoire pour une fusion : les porteur·ses des deux projets le reçoivent par courriel.',
		'synergies.submit': 'Enregistrer la décision',
		'synergies.groups': 'Groupes de projets',
		'synergies.groupsIntro':
			'Des groupes de trois ou quatre projets dont chaque paire a été suggérée : ils pourraient travailler ensemble. Le score est la moyenne de ceux de leurs paires. Les décisions se prennent paire par paire, ci-dessus ; une paire écartée retire les groupes qui la contiennent.',
		'synergies.groupsNone':
			'Aucun groupe pour l’instant : il faut trois projets dont chaque paire est suggérée.',
		'synergies.group': 'Groupe {number} : {references}',
		'synergies.groupProjects': 'Projets',
		'synergies.decided': 'Décisions prises',
		'synergies.decidedCaption': 'Les suggestions traitées, de la plus récente à la plus ancienne',
		'synergies.col.pair': 'Projets',
		'synergies.col.decision': 'Décision',
		'synergies.col.note': 'Motif',
		'synergies.col.by': 'Par',
		'synergies.col.action': 'Action',
		'synergies.link.dismissed': 'Écartée',
		'synergies.link.cooperation': 'Coopération',
		'synergies.link.merger': 'Fusion : {continuing} continue',
		'synergies.undo': 'Annuler',
		'synergies.undoLabel': 'Annuler la décision sur {a} et {b}',
		'synergies.notice.decided': 'Décision enregistrée.',
		'synergies.notice.merged':
			'Fusion enregistrée : les porteur·ses des deux projets sont prévenu·es par courriel.',
		'synergies.notice.undone': 'Décision annulée : la suggestion revient dans la liste.',
		'synergies.error.project': 'Choisissez deux projets présélectionnés de cet appel.',
		'synergies.error.samePair': 'Choisissez deux projets différents.',
		'synergies.error.kind': 'Le genre de la suggestion est inconnu.',
		'synergies.error.decision': 'Choisissez une décision : écarter, coopération ou fusion.',
		'synergies.error.continuing': 'Pour une fusion, choisissez lequel des deux projets continue.',
		'synergies.error.note': 'Le motif doit être un texte.',
		'synergies.error.noteLength': 'Le motif ne peut pas dépasser 2 000 caractères.',
		'synergies.error.mergerNote':
			'Expliquez la fusion : ce motif est envoyé aux porteur·ses des deux projets.',
		'synergies.error.alreadyDecided': 'Une décision a déjà été prise pour ces deux projets.',
		'synergies.error.notShortlisted':
			'Seuls deux projets encore présélectionnés (ni retenus, ni écartés, ni déjà fusionnés) peuvent fusionner.',
		'synergies.error.mergerFinal':
			'Une fusion ne s’annule pas ici : elle a changé les projets et prévenu leurs équipes.',
		'synergies.merged.into': 'Ce projet a fusionné avec {reference} « {title} », qui continue.',
		'synergies.merged.from': 'Projets fusionnés dans celui-ci',
		'synergies.merged.fromItem':
			'{reference} « {title} » (ses réponses, son historique et ses pièces restent consultables)',
		'email.synergy_merger.subject': 'Fusion de projets : {continuing}',
		'email.synergy_merger.body':
			'L’équipe du programme a décidé de réunir deux projets présélectionnés de l’appel « {call} » : {merged} rejoint {continuing}, qui continue avec les deux équipes. Les porteur·ses du projet qui rejoint deviennent co-porteur·ses du projet qui continue ; les réponses, l’historique et les pièces de chacun restent consultables.',
		'email.synergy_merger.action': 'Voir le projet qui continue'
	},
	en: {
		'synergies.title': 'Synergies between projects',
		'synergies.head': 'Synergies between the shortlisted projects — {title}',
		'synergies.back': 'Back to the call “{title}”',
		'synergies.intro':
			'The platform pairs the shortlisted projects: similar projects (same problem or same audience: a risk of duplicates, a chance to share) or complementary ones (what one offers covers what the other needs, from the canvases). Dismiss a suggestion, link two projects in a cooperation, or merge them: one project continues with both teams.',
		'synergies.open': 'Synergies between shortlisted projects',
		'synergies.projects': '{count} shortlisted project(s), {withCanvas} with a canvas.',
		'synergies.noCanvas':
			'Without a canvas, a project has neither offers nor needs: only the likeness of its answers counts.',
		'synergies.none': 'No suggestion for now.',
		'synergies.tooFew': 'At least two shortlisted projects are needed to look for synergies.',
		'synergies.suggestions': 'Suggestions',
		'synergies.kind.similar': 'Similar projects',
		'synergies.kind.complementary': 'Complementary projects',
		'synergies.score': 'Score: {score}',
		'synergies.reasons': 'Why',
		'synergies.pair': '{a} and {b}',
		'synergies.decide': 'Decide for {a} and {b}',
		'synergies.decision': 'Decision',
		'synergies.decision.dismissed': 'Dismiss the suggestion',
		'synergies.decision.cooperation': 'Cooperation: both projects go on, linked',
		'synergies.decision.merger': 'Merger: one project continues with both teams',
		'synergies.continuing': 'For a merger, the project that continues',
		'synergies.note': 'Reason',
		'synergies.noteHint': 'Required for a merger: the holders of both projects get it by e-mail.',
		'synergies.submit': 'Save the decision',
		'synergies.groups': 'Groups of projects',
		'synergies.groupsIntro':
			'Groups of three or four projects each pair of which was suggested: they could work together. The score is the mean of their pairs’ scores. Decisions are taken pair by pair, above; a dismissed pair removes the groups that contain it.',
		'synergies.groupsNone':
			'No group for now: it takes three projects each pair of which is suggested.',
		'synergies.group': 'Group {number}: {references}',
		'synergies.groupProjects': 'Projects',
		'synergies.decided': 'Decisions taken',
		'synergies.decidedCaption': 'The suggestions dealt with, newest first',
		'synergies.col.pair': 'Projects',
		'synergies.col.decision': 'Decision',
		'synergies.col.note': 'Reason',
		'synergies.col.by': 'By',
		'synergies.col.action': 'Action',
		'synergies.link.dismissed': 'Dismissed',
		'synergies.link.cooperation': 'Cooperation',
		'synergies.link.merger': 'Merger: {continuing} continues',
		'synergies.undo': 'Undo',
		'synergies.undoLabel': 'Undo the decision on {a} and {b}',
		'synergies.notice.decided': 'Decision saved.',
		'synergies.notice.merged': 'Merger saved: the holders of both projects are told by e-mail.',
		'synergies.notice.undone': 'Decision undone: the suggestion is back in the list.',
		'synergies.error.project': 'Choose two shortlisted projects of this call.',
		'synergies.error.samePair': 'Choose two different projects.',
		'synergies.error.kind': 'Unknown kind of suggestion.',
		'synergies.error.decision': 'Choose a decision: dismiss, cooperation or merger.',
		'synergies.error.continuing': 'For a merger, choose which of the two projects continues.',
		'synergies.error.note': 'The reason must be text.',
		'synergies.error.noteLength': 'The reason cannot exceed 2,000 characters.',
		'synergies.error.mergerNote':
			'Explain the merger: this reason is sent to the holders of both projects.',
		'synergies.error.alreadyDecided': 'A decision has already been taken for these two projects.',
		'synergies.error.notShortlisted':
			'Only two projects still shortlisted (neither retained, nor turned down, nor already merged) can merge.',
		'synergies.error.mergerFinal':
			'A merger is not undone here: it changed the projects and told their teams.',
		'synergies.merged.into': 'This project merged with {reference} “{title}”, which continues.',
		'synergies.merged.from': 'Projects merged into this one',
		'synergies.merged.fromItem':
			'{reference} “{title}” (its answers, history and files stay readable)',
		'email.synergy_merger.subject': 'Projects merged: {continuing}',
		'email.synergy_merger.body':
			'The programme team decided to bring together two shortlisted projects of the call “{call}”: {merged} joins {continuing}, which continues with both teams. The holders of the joining project become co-holders of the continuing one; each project’s answers, history and files stay readable.',
		'email.synergy_merger.action': 'See the continuing project'
	}
});
