import { defineMessages } from '../define.ts';

/** Assigning the jury: preview, adjustments, application, notifications. */
export default defineMessages({
	fr: {
		'assignments.title': 'Affectation du jury',
		'assignments.callLink': 'Affectation du jury aux candidatures',

		'assignments.error.member': 'Choisissez un membre du jury de cet appel.',
		'assignments.error.application':
			'Choisissez une candidature de cet appel, recevable ou en évaluation.',
		'assignments.error.conflicted':
			'Ce membre du jury est en conflit d’intérêts avec cette candidature : il ne peut pas l’évaluer.',
		'assignments.error.alreadyAssigned': 'Ce membre du jury évalue déjà cette candidature.',
		'assignments.error.sameMember': 'Choisissez un autre membre du jury que celui qui l’évalue.',
		'assignments.error.maxLoad':
			'Ce membre du jury a déjà atteint son nombre maximal d’évaluations.',
		'assignments.error.started':
			'L’évaluation de cette candidature a commencé : l’affectation ne peut plus être retirée.',
		'assignments.error.changed':
			'L’affectation calculée a changé depuis l’aperçu : prévisualisez-la de nouveau avant de l’appliquer.',
		'assignments.error.fingerprint': 'L’empreinte de l’aperçu est invalide.',
		'assignments.error.locked': 'Indiquez si l’affectation est verrouillée (vrai ou faux).',

		'assignments.admin.head': 'Affectation du jury — {title}',
		'assignments.admin.back': 'Retour à l’appel « {title} »',
		'assignments.admin.intro':
			'Chaque candidature recevable ou en évaluation reçoit {count} évaluations. Le calcul maximise l’affinité totale (souhaits des jurés, expertise, proximité des textes) en respectant les charges minimales et maximales et les conflits d’intérêts. Les affectations verrouillées et celles dont l’évaluation a commencé sont toujours gardées.',
		'assignments.admin.applied':
			'Affectation appliquée : {added} ajoutée(s), {removed} retirée(s), {notified} membre(s) du jury prévenu(s) par courriel.',
		'assignments.admin.lockedNotice': 'Affectation verrouillée.',
		'assignments.admin.unlockedNotice': 'Affectation déverrouillée.',
		'assignments.admin.removedNotice': 'Affectation retirée.',
		'assignments.admin.swappedNotice':
			'L’évaluation a changé de main : les deux membres du jury sont prévenus par courriel.',
		'assignments.admin.swapLabel': 'Confier l’évaluation de {reference} par {member} à',
		'assignments.admin.swap': 'Remplacer',
		'assignments.admin.addedNotice': 'Affectation ajoutée.',
		'assignments.admin.currentHead': 'Affectation actuelle',
		'assignments.admin.appsCaption': 'Évaluateurs et évaluatrices de chaque candidature',
		'assignments.admin.application': 'Candidature',
		'assignments.admin.reviewers': 'Membres du jury affectés',
		'assignments.admin.count': 'Nombre',
		'assignments.admin.none': 'Aucune candidature recevable ou en évaluation pour cet appel.',
		'assignments.admin.nobody': 'Personne',
		'assignments.admin.affinity': 'affinité {value}',
		'assignments.admin.lockedMark': 'verrouillée',
		'assignments.admin.startedMark': 'évaluation commencée',
		'assignments.admin.manualMark': 'à la main',
		'assignments.admin.lock': 'Verrouiller',
		'assignments.admin.unlock': 'Déverrouiller',
		'assignments.admin.remove': 'Retirer',
		'assignments.admin.lockLabel': 'Verrouiller l’affectation de {member} à {reference}',
		'assignments.admin.unlockLabel': 'Déverrouiller l’affectation de {member} à {reference}',
		'assignments.admin.removeLabel': 'Retirer l’affectation de {member} à {reference}',
		'assignments.admin.loadsCaption': 'Charge de chaque membre du jury',
		'assignments.admin.member': 'Membre du jury',
		'assignments.admin.load': 'Charge',
		'assignments.admin.loadAfter': 'Charge après',
		'assignments.admin.loadNow': 'Charge actuelle',
		'assignments.admin.min': 'Minimum',
		'assignments.admin.max': 'Maximum',
		'assignments.admin.changes': 'Changements',
		'assignments.admin.changesValue': '+{added} / −{removed}',
		'assignments.admin.underloaded': 'sous le minimum',
		'assignments.admin.noMembers': 'Aucun membre du jury n’a encore accepté son invitation.',
		'assignments.admin.previewButton': 'Prévisualiser une affectation',
		'assignments.admin.previewHead': 'Aperçu de l’affectation calculée',
		'assignments.admin.previewSummary':
			'{filled} évaluations affectées sur {demand} ; affinité totale {objective} ; {added} affectation(s) ajoutée(s), {removed} retirée(s).',
		'assignments.admin.previewAppsCaption':
			'Affectation proposée : membres du jury de chaque candidature, avec l’affinité et ses raisons',
		'assignments.admin.total': 'Affinité totale',
		'assignments.admin.new': 'nouvelle',
		'assignments.admin.worstHead': 'Candidatures les moins bien servies',
		'assignments.admin.worstCaption': 'Les plus faibles affinités totales',
		'assignments.admin.unfilledHead': 'Candidatures sans assez d’évaluateurs',
		'assignments.admin.unfilledCaption': 'Évaluations manquantes par candidature',
		'assignments.admin.missing': 'Manquantes',
		'assignments.admin.allFilled': 'Chaque candidature reçoit toutes ses évaluations.',
		'assignments.admin.conflictedKept':
			'Attention : {count} affectation(s) gardée(s) (verrouillée ou commencée) sont désormais en conflit d’intérêts ; retirez-les à la main.',
		'assignments.admin.previewLoadsCaption': 'Charge de chaque membre du jury après l’affectation',
		'assignments.admin.apply': 'Appliquer cette affectation',
		'assignments.admin.applyHint':
			'Les membres du jury dont l’affectation change sont prévenus par courriel.',
		'assignments.admin.addHead': 'Ajouter une affectation à la main',
		'assignments.admin.choose': '— Choisir —',
		'assignments.admin.lockNew': 'Verrouiller cette affectation',
		'assignments.admin.add': 'Ajouter',

		'assignments.reason.bid.eager': 'souhait : très envie',
		'assignments.reason.bid.willing': 'souhait : volontiers',
		'assignments.reason.bid.rather_not': 'souhait : plutôt pas',
		'assignments.reason.theme': 'thème : {label}',
		'assignments.reason.typology': 'type de projet : {label}',
		'assignments.reason.text': 'mots en commun : {terms}',
		'assignments.reason.none': 'aucune raison particulière',

		'email.assignment_changed.subject': 'Vos évaluations : {call}',
		'email.assignment_changed.body':
			'Votre affectation pour l’appel « {call} » a changé : vous avez désormais {count} candidature(s) à évaluer.',
		'email.assignment_changed.action': 'Voir mes évaluations'
	},
	en: {
		'assignments.title': 'Jury assignment',
		'assignments.callLink': 'Assigning the jury to the applications',

		'assignments.error.member': 'Choose a jury member of this call.',
		'assignments.error.sameMember': 'Choose another jury member than the one reviewing it.',
		'assignments.error.application':
			'Choose an application of this call, eligible or under review.',
		'assignments.error.conflicted':
			'This jury member has a conflict of interest with this application: they cannot review it.',
		'assignments.error.alreadyAssigned': 'This jury member already reviews this application.',
		'assignments.error.maxLoad': 'This jury member has already reached their maximum of reviews.',
		'assignments.error.started':
			'The review of this application has started: the assignment can no longer be removed.',
		'assignments.error.changed':
			'The computed assignment has changed since the preview: preview it again before applying it.',
		'assignments.error.fingerprint': 'The preview’s fingerprint is invalid.',
		'assignments.error.locked': 'Say whether the assignment is locked (true or false).',

		'assignments.admin.head': 'Jury assignment — {title}',
		'assignments.admin.back': 'Back to the call “{title}”',
		'assignments.admin.intro':
			'Each eligible or under-review application gets {count} reviews. The computation maximises the total affinity (jurors’ wishes, expertise, closeness of the texts) within the minimum and maximum loads and the conflicts of interest. Locked assignments and those whose review has started are always kept.',
		'assignments.admin.applied':
			'Assignment applied: {added} added, {removed} removed, {notified} jury member(s) notified by e-mail.',
		'assignments.admin.lockedNotice': 'Assignment locked.',
		'assignments.admin.unlockedNotice': 'Assignment unlocked.',
		'assignments.admin.removedNotice': 'Assignment removed.',
		'assignments.admin.swappedNotice':
			'The review changed hands: both jury members are told by e-mail.',
		'assignments.admin.swapLabel': 'Hand the review of {reference} by {member} to',
		'assignments.admin.swap': 'Replace',
		'assignments.admin.addedNotice': 'Assignment added.',
		'assignments.admin.currentHead': 'Current assignment',
		'assignments.admin.appsCaption': 'Reviewers of each application',
		'assignments.admin.application': 'Application',
		'assignments.admin.reviewers': 'Assigned jury members',
		'assignments.admin.count': 'Count',
		'assignments.admin.none': 'No eligible or under-review application in this call.',
		'assignments.admin.nobody': 'Nobody',
		'assignments.admin.affinity': 'affinity {value}',
		'assignments.admin.lockedMark': 'locked',
		'assignments.admin.startedMark': 'review started',
		'assignments.admin.manualMark': 'by hand',
		'assignments.admin.lock': 'Lock',
		'assignments.admin.unlock': 'Unlock',
		'assignments.admin.remove': 'Remove',
		'assignments.admin.lockLabel': 'Lock the assignment of {member} to {reference}',
		'assignments.admin.unlockLabel': 'Unlock the assignment of {member} to {reference}',
		'assignments.admin.removeLabel': 'Remove the assignment of {member} to {reference}',
		'assignments.admin.loadsCaption': 'Load of each jury member',
		'assignments.admin.member': 'Jury member',
		'assignments.admin.load': 'Load',
		'assignments.admin.loadAfter': 'Load after',
		'assignments.admin.loadNow': 'Current load',
		'assignments.admin.min': 'Minimum',
		'assignments.admin.max': 'Maximum',
		'assignments.admin.changes': 'Changes',
		'assignments.admin.changesValue': '+{added} / −{removed}',
		'assignments.admin.underloaded': 'below the minimum',
		'assignments.admin.noMembers': 'No jury member has accepted their invitation yet.',
		'assignments.admin.previewButton': 'Preview an assignment',
		'assignments.admin.previewHead': 'Preview of the computed assignment',
		'assignments.admin.previewSummary':
			'{filled} reviews assigned out of {demand}; total affinity {objective}; {added} assignment(s) added, {removed} removed.',
		'assignments.admin.previewAppsCaption':
			'Proposed assignment: jury members of each application, with the affinity and its reasons',
		'assignments.admin.total': 'Total affinity',
		'assignments.admin.new': 'new',
		'assignments.admin.worstHead': 'Worst-served applications',
		'assignments.admin.worstCaption': 'The lowest total affinities',
		'assignments.admin.unfilledHead': 'Applications without enough reviewers',
		'assignments.admin.unfilledCaption': 'Missing reviews per application',
		'assignments.admin.missing': 'Missing',
		'assignments.admin.allFilled': 'Every application gets all its reviews.',
		'assignments.admin.conflictedKept':
			'Warning: {count} kept assignment(s) (locked or started) are now in conflict of interest; remove them by hand.',
		'assignments.admin.previewLoadsCaption': 'Load of each jury member after the assignment',
		'assignments.admin.apply': 'Apply this assignment',
		'assignments.admin.applyHint': 'Jury members whose assignment changes are notified by e-mail.',
		'assignments.admin.addHead': 'Add an assignment by hand',
		'assignments.admin.choose': '— Choose —',
		'assignments.admin.lockNew': 'Lock this assignment',
		'assignments.admin.add': 'Add',

		'assignments.reason.bid.eager': 'wish: very keen',
		'assignments.reason.bid.willing': 'wish: willing',
		'assignments.reason.bid.rather_not': 'wish: rather not',
		'assignments.reason.theme': 'theme: {label}',
		'assignments.reason.typology': 'kind of project: {label}',
		'assignments.reason.text': 'shared words: {terms}',
		'assignments.reason.none': 'no particular reason',

		'email.assignment_changed.subject': 'Your reviews: {call}',
		'email.assignment_changed.body':
			'Your assignment for the call “{call}” has changed: you now have {count} application(s) to review.',
		'email.assignment_changed.action': 'See my reviews'
	}
});
