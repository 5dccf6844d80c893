import { defineMessages } from '../define.ts';

/** The shortlist decisions, the jury's discussion and the notification of every applicant. */
export default defineMessages({
	fr: {
		'decisions.title': 'Décisions de présélection',
		'decisions.intro':
			'Décidez pour chaque candidature en cours d’examen, avec un motif. Les porteur·ses ne sont pas prévenu·es de chaque décision : informez toutes les candidatures en une fois quand tout est décidé.',
		'decisions.target': '{count} présélectionnées sur un objectif de {target}',
		'decisions.ranking': 'Voir le classement',
		'decisions.table.caption': 'Candidatures en cours d’examen ou décidées',
		'decisions.table.reference': 'Référence',
		'decisions.table.title': 'Projet',
		'decisions.table.status': 'Statut',
		'decisions.table.notified': 'Informée',
		'decisions.table.decide': 'Décision',
		'decisions.notifiedYes': 'oui',
		'decisions.notifiedNo': 'non',
		'decisions.empty': 'Aucune candidature en cours d’examen ou décidée.',
		'decisions.decision': 'Décision',
		'decisions.reason': 'Motif (communiqué aux porteur·ses)',
		'decisions.submit': 'Enregistrer la décision',
		'decisions.locked': 'Décision communiquée : elle ne change plus.',
		'decisions.notice.decided': 'Décision enregistrée.',
		'decisions.notice.notified': '{count} e-mails envoyés aux porteur·ses.',
		'decisions.notify.title': 'Informer toutes les candidatures',
		'decisions.notify.start': 'Informer toutes les candidatures…',
		'decisions.notify.preview':
			'Seront informées : {shortlisted} présélectionnées, {waitlisted} sur liste d’attente, {not_shortlisted} non présélectionnées. Déjà informées : {already}.',
		'decisions.notify.explain':
			'Chaque porteur·se reçoit un e-mail dans sa langue avec la décision, son motif et les commentaires des évaluateur·rices destinés à la candidature (jamais les commentaires privés ni les noms).',
		'decisions.notify.confirm': 'Confirmer l’envoi',
		'decisions.notify.cancel': 'Annuler',
		'decisions.error.decision': 'Choisissez une décision.',
		'decisions.error.dryRun': '« dryRun » doit être un booléen.',
		'decisions.error.undecided':
			'Des candidatures sont encore en cours d’examen : décidez pour chacune avant d’informer.',
		'decisions.error.undecidedCount':
			'{count} candidatures sont encore en cours d’examen : décidez pour chacune avant d’informer.',
		'decisions.error.nothingToNotify': 'Toutes les décisions ont déjà été communiquées.',
		'decisions.error.alreadyNotified':
			'Cette décision a déjà été communiquée aux porteur·ses : elle ne peut plus être revue.',
		'decisions.email.commentsIntro': 'Les commentaires des évaluateur·rices :',
		'decisions.email.comment': '« {comment} »',
		'decisions.email.noComments':
			'Les évaluateur·rices n’ont pas laissé de commentaire à votre intention.',
		'decisions.discussion.title': 'Discussion du jury',
		'decisions.discussion.intro':
			'Visible par l’équipe du programme et les membres du jury qui ont soumis leur évaluation de cette candidature.',
		'decisions.discussion.empty': 'Aucun message pour l’instant.',
		'decisions.discussion.back': 'Retour à l’évaluation',
		'decisions.discussion.open': 'Discussion du jury sur cette candidature',
		'decisions.link': 'Décisions de présélection',
		'decisions.discussion.body': 'Votre message',
		'decisions.discussion.post': 'Publier',
		'decisions.discussion.posted': 'Message publié.',
		'decisions.discussion.error.body': 'Écrivez un message.',
		'decisions.discussion.error.length': 'Le message ne peut pas dépasser 5 000 caractères.',
		'email.shortlist_decision.subject': 'Décision sur votre candidature {reference}',
		'email.shortlist_decision.body':
			'Votre candidature « {title} » ({reference}) à l’appel « {call} » a été examinée par le jury. Décision : {decision}.\n\nMotif : {reason}\n\n{comments}',
		'email.shortlist_decision.action': 'Voir la candidature'
	},
	en: {
		'decisions.title': 'Shortlist decisions',
		'decisions.intro':
			'Decide on each application under review, with a reason. Holders are not told of each decision: inform every application at once when everything is decided.',
		'decisions.target': '{count} shortlisted out of a target of {target}',
		'decisions.ranking': 'See the ranking',
		'decisions.table.caption': 'Applications under review or decided',
		'decisions.table.reference': 'Reference',
		'decisions.table.title': 'Project',
		'decisions.table.status': 'Status',
		'decisions.table.notified': 'Informed',
		'decisions.table.decide': 'Decision',
		'decisions.notifiedYes': 'yes',
		'decisions.notifiedNo': 'no',
		'decisions.empty': 'No application under review or decided.',
		'decisions.decision': 'Decision',
		'decisions.reason': 'Reason (sent to the holders)',
		'decisions.submit': 'Save the decision',
		'decisions.locked': 'Decision sent: it no longer changes.',
		'decisions.notice.decided': 'Decision saved.',
		'decisions.notice.notified': '{count} e-mails sent to the holders.',
		'decisions.notify.title': 'Inform every application',
		'decisions.notify.start': 'Inform every application…',
		'decisions.notify.preview':
			'To be informed: {shortlisted} shortlisted, {waitlisted} on the waiting list, {not_shortlisted} not shortlisted. Already informed: {already}.',
		'decisions.notify.explain':
			'Each holder receives an e-mail in their language with the decision, its reason and the reviewers’ comments to the applicant (never the private comments nor the names).',
		'decisions.notify.confirm': 'Confirm sending',
		'decisions.notify.cancel': 'Cancel',
		'decisions.error.decision': 'Choose a decision.',
		'decisions.error.dryRun': '“dryRun” must be a boolean.',
		'decisions.error.undecided':
			'Some applications are still under review: decide on each before informing.',
		'decisions.error.undecidedCount':
			'{count} applications are still under review: decide on each before informing.',
		'decisions.error.nothingToNotify': 'Every decision has already been sent.',
		'decisions.error.alreadyNotified':
			'This decision has already been sent to the holders: it can no longer be reconsidered.',
		'decisions.email.commentsIntro': 'The reviewers’ comments:',
		'decisions.email.comment': '“{comment}”',
		'decisions.email.noComments': 'The reviewers left no comment for you.',
		'decisions.discussion.title': 'Jury discussion',
		'decisions.discussion.intro':
			'Visible to the programme team and to the jury members who submitted their review of this application.',
		'decisions.discussion.empty': 'No message yet.',
		'decisions.discussion.back': 'Back to the review',
		'decisions.discussion.open': 'Jury discussion of this application',
		'decisions.link': 'Shortlist decisions',
		'decisions.discussion.body': 'Your message',
		'decisions.discussion.post': 'Post',
		'decisions.discussion.posted': 'Message posted.',
		'decisions.discussion.error.body': 'Write a message.',
		'decisions.discussion.error.length': 'The message cannot be longer than 5,000 characters.',
		'email.shortlist_decision.subject': 'Decision on your application {reference}',
		'email.shortlist_decision.body':
			'Your application “{title}” ({reference}) to the call “{call}” was reviewed by the jury. Decision: {decision}.\n\nReason: {reason}\n\n{comments}',
		'email.shortlist_decision.action': 'See the application'
	}
});
