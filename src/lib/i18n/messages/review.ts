import { defineMessages } from '../define.ts';

/** The programme team's page of one application: what it says, its history, the decisions. */
export default defineMessages({
	fr: {
		'review.head': 'Candidature {reference} — {call}',
		'review.title': 'Candidature {reference}',
		'review.untitled': 'Projet sans titre',
		'review.breadcrumb.label': 'Fil d’Ariane',
		'review.breadcrumb.programmes': 'Programmes',
		'review.breadcrumb.calls': 'Appels à projets',
		'review.breadcrumb.pipeline': 'Candidatures',
		'review.back': 'Retour à la liste des candidatures',

		'review.facts.reference': 'Référence',
		'review.facts.status': 'Statut',
		'review.facts.call': 'Appel à projets',
		'review.facts.submittedAt': 'Déposée le',
		'review.facts.notSubmitted': 'pas encore déposée',
		'review.facts.withdrawnAt': 'Retirée le',
		'review.facts.formVersion': 'Formulaire',
		'review.facts.formVersionValue': 'version {number}',
		'review.facts.extension': 'Dépôt prolongé jusqu’au',
		'review.paris': '{date} (heure de Paris)',

		'review.flags.title': 'Points à examiner',
		'review.flags.intro':
			'Au dépôt, ces règles d’éligibilité « à examiner » n’étaient pas remplies (textes tels que les porteur·ses les ont lus) :',
		'review.flags.item': 'À examiner : {text}',
		'review.flags.none':
			'Aucun point à examiner : les règles d’éligibilité étaient remplies au dépôt.',
		'review.flags.draftIntro':
			'La candidature n’est pas encore déposée. D’après ses réponses actuelles, les règles d’éligibilité donneraient :',
		'review.flags.draftBlocking': 'Bloquant : {text}',
		'review.flags.draftNone':
			'La candidature n’est pas encore déposée ; d’après ses réponses actuelles, aucune règle d’éligibilité n’est en défaut.',

		'review.org.title': 'Structure',
		'review.org.missing': 'Le profil de la structure n’est pas encore renseigné.',
		'review.org.region': 'Région',
		'review.org.regionUnknown': 'non déterminée à partir du code postal',
		'review.org.noSiret': 'aucun',
		'review.org.noWebsite': 'aucun',

		'review.members.title': 'Porteur·ses du projet',
		'review.members.owner': 'porteur·se principal·e',
		'review.members.coholder': 'co-porteur·se',
		'review.members.item': '{name} ({role})',

		'review.answers.title': 'Réponses',
		'review.answers.intro':
			'Réponses données au formulaire en version {number}, celle à laquelle la candidature a répondu.',
		'review.answer.none': 'Pas de réponse',
		'review.answer.yes': 'Oui',
		'review.answer.no': 'Non',
		'review.answer.notApplicable':
			'Sans objet : question posée seulement si « {question} » vaut « {value} ».',
		'review.answer.noFile': 'Aucun fichier joint',

		'review.attachments.title': 'Pièces jointes',
		'review.attachments.caption': 'Pièces jointes de la candidature',
		'review.attachments.none': 'Aucune pièce jointe.',
		'review.attachments.col.file': 'Fichier (téléchargement)',
		'review.attachments.col.question': 'Question',
		'review.attachments.col.type': 'Type',
		'review.attachments.col.size': 'Taille',
		'review.attachments.col.added': 'Ajoutée le',
		'review.attachments.download': 'Télécharger {name}',
		'review.size.bytes': '{n} octets',
		'review.size.kb': '{n} ko',
		'review.size.mb': '{n} Mo',

		'review.history.title': 'Historique',
		'review.history.caption': 'Historique de la candidature, du plus ancien au plus récent',
		'review.history.col.date': 'Date (heure de Paris)',
		'review.history.col.event': 'Événement',
		'review.history.col.by': 'Par',
		'review.history.col.reason': 'Motif',
		'review.history.created': 'Brouillon créé',
		'review.history.submitted': 'Candidature déposée',
		'review.history.transition': 'Statut : {from} → {to}',
		'review.history.extension': 'Dépôt prolongé jusqu’au {date} (heure de Paris)',
		'review.history.noReason': 'aucun motif',
		'review.history.unknown': 'inconnu·e',

		'review.actions.title': 'Décision',
		'review.actions.intro':
			'Chaque changement de statut est enregistré dans l’historique, avec son motif et votre nom.',
		'review.actions.none':
			'Aucun changement de statut n’est possible depuis le statut « {status} ».',
		'review.action.eligible': 'Déclarer éligible',
		'review.action.ineligible': 'Déclarer inéligible',
		'review.action.under_review': 'Passer en instruction',
		'review.action.other': 'Passer au statut « {status} »',
		'review.reason.label': 'Motif',
		'review.reason.notify':
			'Obligatoire. Les porteur·ses du projet recevront ce motif par e-mail, avec le nouveau statut.',
		'review.reason.internal':
			'Obligatoire. Ce motif reste interne à l’équipe : les porteur·ses ne sont pas prévenu·es.',
		'review.notice.eligible': 'Candidature déclarée éligible.',
		'review.notice.ineligible': 'Candidature déclarée inéligible.',
		'review.notice.under_review': 'Candidature passée en instruction.',
		'review.notice.extension': 'Prolongation accordée.',
		'review.error.conflict':
			'Le statut de cette candidature a changé entre-temps : elle est maintenant « {status} ». Rien n’a été modifié ; vérifiez l’historique avant de décider à nouveau.',

		'review.extension.title': 'Prolonger le dépôt',
		'review.extension.intro':
			'Cette candidature est encore un brouillon. Vous pouvez permettre à ses porteur·ses de la déposer après la clôture de l’appel, jusqu’à la date et l’heure de votre choix.',
		'review.extension.closes': 'L’appel ferme le {date} (heure de Paris).',
		'review.extension.noClose': 'L’appel n’a pas de date de clôture.',
		'review.extension.current':
			'Prolongation en cours : jusqu’au {date} (heure de Paris). Une nouvelle prolongation la remplace.',
		'review.extension.until': 'Dépôt possible jusqu’au',
		'review.extension.untilHint': 'Date et heure de Paris, par exemple 15/06/2026 18:00.',
		'review.extension.reason': 'Motif',
		'review.extension.reasonHint':
			'Facultatif, conservé dans l’historique. Les porteur·ses ne sont pas prévenu·es par e-mail : dites-le-leur.',
		'review.extension.submit': 'Accorder la prolongation',
		'review.extension.error.until':
			'Saisissez une date et une heure valides, par exemple 15/06/2026 18:00.'
	},
	en: {
		'review.head': 'Application {reference} — {call}',
		'review.title': 'Application {reference}',
		'review.untitled': 'Untitled project',
		'review.breadcrumb.label': 'Breadcrumb',
		'review.breadcrumb.programmes': 'Programmes',
		'review.breadcrumb.calls': 'Calls for projects',
		'review.breadcrumb.pipeline': 'Applications',
		'review.back': 'Back to the list of applications',

		'review.facts.reference': 'Reference',
		'review.facts.status': 'Status',
		'review.facts.call': 'Call for projects',
		'review.facts.submittedAt': 'Submitted on',
		'review.facts.notSubmitted': 'not submitted yet',
		'review.facts.withdrawnAt': 'Withdrawn on',
		'review.facts.formVersion': 'Form',
		'review.facts.formVersionValue': 'version {number}',
		'review.facts.extension': 'Submission extended until',
		'review.paris': '{date} (Paris time)',

		'review.flags.title': 'Points to review',
		'review.flags.intro':
			'At submission, these eligibility rules "to review" were not met (as the holders read them):',
		'review.flags.item': 'To review: {text}',
		'review.flags.none': 'Nothing to review: the eligibility rules were met at submission.',
		'review.flags.draftIntro':
			'The application has not been submitted yet. From its current answers, the eligibility rules would give:',
		'review.flags.draftBlocking': 'Blocking: {text}',
		'review.flags.draftNone':
			'The application has not been submitted yet; from its current answers, no eligibility rule fails.',

		'review.org.title': 'Organisation',
		'review.org.missing': 'The organisation profile has not been filled in yet.',
		'review.org.region': 'Region',
		'review.org.regionUnknown': 'not determined from the postal code',
		'review.org.noSiret': 'none',
		'review.org.noWebsite': 'none',

		'review.members.title': 'Project holders',
		'review.members.owner': 'main holder',
		'review.members.coholder': 'co-holder',
		'review.members.item': '{name} ({role})',

		'review.answers.title': 'Answers',
		'review.answers.intro':
			'Answers given to version {number} of the form, the one the application answered.',
		'review.answer.none': 'No answer',
		'review.answer.yes': 'Yes',
		'review.answer.no': 'No',
		'review.answer.notApplicable': 'Not applicable: asked only if "{question}" is "{value}".',
		'review.answer.noFile': 'No file attached',

		'review.attachments.title': 'Attachments',
		'review.attachments.caption': 'Attachments of the application',
		'review.attachments.none': 'No attachments.',
		'review.attachments.col.file': 'File (download)',
		'review.attachments.col.question': 'Question',
		'review.attachments.col.type': 'Type',
		'review.attachments.col.size': 'Size',
		'review.attachments.col.added': 'Added on',
		'review.attachments.download': 'Download {name}',
		'review.size.bytes': '{n} bytes',
		'review.size.kb': '{n} kB',
		'review.size.mb': '{n} MB',

		'review.history.title': 'History',
		'review.history.caption': 'History of the application, oldest first',
		'review.history.col.date': 'Date (Paris time)',
		'review.history.col.event': 'Event',
		'review.history.col.by': 'By',
		'review.history.col.reason': 'Reason',
		'review.history.created': 'Draft created',
		'review.history.submitted': 'Application submitted',
		'review.history.transition': 'Status: {from} → {to}',
		'review.history.extension': 'Submission extended until {date} (Paris time)',
		'review.history.noReason': 'no reason',
		'review.history.unknown': 'unknown',

		'review.actions.title': 'Decision',
		'review.actions.intro':
			'Every status change is recorded in the history, with its reason and your name.',
		'review.actions.none': 'No status change is possible from the status "{status}".',
		'review.action.eligible': 'Declare eligible',
		'review.action.ineligible': 'Declare ineligible',
		'review.action.under_review': 'Move to review',
		'review.action.other': 'Move to the status "{status}"',
		'review.reason.label': 'Reason',
		'review.reason.notify':
			'Required. The project holders will receive this reason by e-mail, with the new status.',
		'review.reason.internal':
			'Required. This reason stays within the team: the holders are not told.',
		'review.notice.eligible': 'Application declared eligible.',
		'review.notice.ineligible': 'Application declared ineligible.',
		'review.notice.under_review': 'Application moved to review.',
		'review.notice.extension': 'Extension granted.',
		'review.error.conflict':
			'The status of this application changed in the meantime: it is now "{status}". Nothing was changed; check the history before deciding again.',

		'review.extension.title': 'Extend the deadline',
		'review.extension.intro':
			'This application is still a draft. You can let its holders submit it after the call closes, until the date and time of your choice.',
		'review.extension.closes': 'The call closes on {date} (Paris time).',
		'review.extension.noClose': 'The call has no closing date.',
		'review.extension.current':
			'Current extension: until {date} (Paris time). A new extension replaces it.',
		'review.extension.until': 'Submission possible until',
		'review.extension.untilHint': 'Date and time in Paris, for example 15/06/2026 18:00.',
		'review.extension.reason': 'Reason',
		'review.extension.reasonHint':
			'Optional, kept in the history. The holders are not told by e-mail: let them know.',
		'review.extension.submit': 'Grant the extension',
		'review.extension.error.until': 'Enter a valid date and time, for example 15/06/2026 18:00.'
	}
});
