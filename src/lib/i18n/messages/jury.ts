import { defineMessages } from '../define.ts';

/** The jury of a call: evaluation grid, review settings, jury members and their invitations. */
export default defineMessages({
	fr: {
		'jury.error.forbidden': 'Vous ne pouvez pas modifier le travail du jury avec ce jeton.',
		'jury.error.reviewsStarted':
			'Des évaluations ont commencé : la grille et les réglages de l’évaluation ne peuvent plus être modifiés.',
		'jury.nav': 'Jury',
		'jury.callLink': 'Jury et grille d’évaluation',

		'jury.admin.title': 'Jury et grille d’évaluation',
		'jury.admin.back': 'Retour à l’appel',
		'jury.admin.frozen':
			'Des évaluations ont commencé : la grille et les réglages ne peuvent plus être modifiés.',
		'jury.notice.settingsSaved': 'Les réglages de l’évaluation sont enregistrés.',
		'jury.notice.gridSaved': 'La grille d’évaluation est enregistrée.',
		'jury.notice.invited': 'Invitation(s) envoyée(s).',
		'jury.notice.updated': 'Le membre du jury est modifié.',
		'jury.notice.removed': 'Le membre est retiré du jury.',
		'jury.notice.resent': 'L’invitation est renvoyée avec un nouveau lien.',
		'jury.notice.rowAdded':
			'Un critère vide est ajouté en fin de grille : remplissez-le puis enregistrez.',

		'jury.settings.title': 'Réglages de l’évaluation',
		'jury.settings.reviewsPerApplication': 'Évaluations par candidature',
		'jury.settings.reviewsPerApplicationHint':
			'Nombre de membres du jury qui évaluent chaque candidature (1 à 10).',
		'jury.settings.blindReview': 'Évaluation anonyme',
		'jury.settings.blindReviewHint':
			'Le jury ne voit ni la structure ni les porteur·ses des candidatures.',
		'jury.settings.reviewsHiddenUntilSubmitted': 'Évaluations des autres masquées avant l’envoi',
		'jury.settings.reviewsHiddenUntilSubmittedHint':
			'Chaque membre ne lit les évaluations des autres qu’après avoir envoyé la sienne.',
		'jury.settings.reviewDeadline': 'Date limite des évaluations',
		'jury.settings.reviewDeadlineHint': 'Heure de Paris. Laissez vide s’il n’y en a pas.',
		'jury.settings.shortlistTarget': 'Objectif de présélection',
		'jury.settings.shortlistTargetHint':
			'Nombre de candidatures à présélectionner (une douzaine en général).',
		'jury.settings.save': 'Enregistrer les réglages',
		'jury.settings.error.reviewsPerApplication':
			'Indiquez un nombre entier d’évaluations par candidature, de 1 à 10.',
		'jury.settings.error.shortlistTarget':
			'Indiquez un objectif de présélection entier, de 1 à 500.',
		'jury.settings.error.deadline':
			'Indiquez la date limite au format JJ/MM/AAAA HH:MM (ou laissez vide).',
		'jury.settings.error.boolean': 'Répondez par oui ou non.',

		'jury.grid.title': 'Grille d’évaluation',
		'jury.grid.intro':
			'Chaque critère a un poids (seuls les rapports comptent), une échelle de notes et un texte d’aide pour le jury. La note globale d’une évaluation est la moyenne pondérée des critères notés.',
		'jury.grid.empty': 'Aucune grille n’est encore définie pour cet appel.',
		'jury.grid.useDefault': 'Utiliser la grille par défaut',
		'jury.grid.useDefaultHint':
			'Six critères usuels : impact QVT attendu, démarche participative et dialogue social, innovation technologique, innovation sociale, faisabilité et viabilité économique, transférabilité et diffusion ; échelle de 1 à 4 et « non concerné ».',
		'jury.grid.legend': 'Critère {n} : {label}',
		'jury.grid.newCriterion': 'nouveau critère',
		'jury.grid.key': 'Identifiant : {key}',
		'jury.grid.newKey': 'Identifiant créé à partir du libellé à l’enregistrement.',
		'jury.grid.labelFr': 'Libellé en français',
		'jury.grid.labelEn': 'Libellé en anglais',
		'jury.grid.guidanceFr': 'Aide pour le jury, en français',
		'jury.grid.guidanceEn': 'Aide pour le jury, en anglais',
		'jury.grid.weight': 'Poids',
		'jury.grid.scaleMin': 'Note minimale',
		'jury.grid.scaleMax': 'Note maximale',
		'jury.grid.allowNotApplicable': 'Réponse « non concerné » possible',
		'jury.grid.commentRequired': 'Commentaire obligatoire',
		'jury.grid.up': 'Monter',
		'jury.grid.down': 'Descendre',
		'jury.grid.remove': 'Supprimer',
		'jury.grid.theCriterion': 'le critère {n}',
		'jury.grid.add': 'Ajouter un critère',
		'jury.grid.save': 'Enregistrer la grille',
		'jury.grid.fieldError': '{field} (critère {n})',
		'jury.grid.error.count': 'La grille compte de 1 à 12 critères.',
		'jury.grid.error.key':
			'L’identifiant ne contient que des minuscules sans accent, des chiffres et des tirets (40 caractères au plus).',
		'jury.grid.error.keyDuplicate': 'Deux critères ont le même identifiant.',
		'jury.grid.error.labelFr': 'Indiquez le libellé en français (120 caractères au plus).',
		'jury.grid.error.labelEn': 'Le libellé en anglais compte 120 caractères au plus.',
		'jury.grid.error.guidance': 'Le texte d’aide compte 2 000 caractères au plus.',
		'jury.grid.error.weight': 'Le poids est un nombre strictement positif (100 au plus).',
		'jury.grid.error.scaleNumber': 'Les bornes de l’échelle sont des nombres entiers de 0 à 100.',
		'jury.grid.error.scaleOrder': 'La note maximale doit être supérieure à la note minimale.',

		'jury.members.title': 'Membres du jury',
		'jury.members.caption': 'Membres du jury de l’appel',
		'jury.members.empty': 'Personne n’est encore invité dans ce jury.',
		'jury.members.count': '{active} membre(s) actif(s), dont {accepted} ayant accepté.',
		'jury.members.email': 'Adresse e-mail',
		'jury.members.name': 'Nom',
		'jury.members.state': 'État',
		'jury.members.expertise': 'Expertise',
		'jury.members.loads': 'Évaluations',
		'jury.members.actions': 'Actions',
		'jury.members.loadRange': '{min} à {max}',
		'jury.members.noExpertise': 'Aucune',
		'jury.members.edit': 'Modifier {email}',
		'jury.members.editSave': 'Enregistrer',
		'jury.members.remove': 'Retirer',
		'jury.members.resend': 'Renvoyer l’invitation',
		'jury.state.invited': 'Invitée',
		'jury.state.accepted': 'A accepté',
		'jury.state.removed': 'Retirée',

		'jury.invite.title': 'Inviter des membres',
		'jury.invite.emails': 'Adresses e-mail',
		'jury.invite.emailsHint':
			'Une ou plusieurs adresses, séparées par des virgules ou des retours à la ligne. Chaque personne reçoit un lien personnel.',
		'jury.invite.submit': 'Inviter',
		'jury.member.themes': 'Thèmes QVCT',
		'jury.member.typology': 'Typologie de projet',
		'jury.member.skills': 'Autres compétences',
		'jury.member.skillsHint':
			'Séparées par des virgules ou des retours à la ligne (ex. : ergonomie, droit du travail).',
		'jury.member.minReviews': 'Minimum d’évaluations',
		'jury.member.maxReviews': 'Maximum d’évaluations',
		'jury.member.error.emails': 'Indiquez de 1 à 50 adresses e-mail.',
		'jury.member.error.emailInvalid': 'Une des adresses e-mail n’est pas valide.',
		'jury.member.error.alreadyMember': 'Une de ces adresses fait déjà partie du jury de cet appel.',
		'jury.member.error.expertise': 'Une expertise n’est pas valide.',
		'jury.member.error.unknownTerm':
			'Une expertise ne correspond à aucun thème ni à aucune typologie du programme.',
		'jury.member.error.minReviews': 'Le minimum est un nombre entier de 0 à 200.',
		'jury.member.error.maxReviews': 'Le maximum est un nombre entier de 1 à 200.',
		'jury.member.error.loadOrder': 'Le minimum ne peut pas dépasser le maximum.',
		'jury.member.error.notPending':
			'Cette invitation a déjà été acceptée ou le membre a été retiré.',
		'jury.member.error.removed': 'Ce membre a été retiré du jury : il ne peut plus être modifié.',

		'jury.invitation.title': 'Invitation au jury',
		'jury.invitation.intro':
			'Vous êtes invité·e à rejoindre le jury de l’appel « {call} » ({programme}).',
		'jury.invitation.sentTo':
			'L’invitation a été envoyée à {email}. Vous pouvez l’accepter avec le compte de votre choix : son adresse n’a pas à être la même.',
		'jury.invitation.loggedInAs': 'Vous êtes connecté·e en tant que {email}.',
		'jury.invitation.accept': 'Rejoindre le jury',
		'jury.invitation.invalid':
			'Ce lien d’invitation n’est pas valide : il a déjà servi, a été remplacé par un nouvel envoi, ou n’existe pas. Demandez à l’équipe du programme de vous inviter à nouveau.',
		'jury.invitation.alreadyMember': 'Vous faites déjà partie du jury de cet appel.',
		'jury.invitation.expired':
			'Ce lien d’invitation a expiré (il est valable 30 jours). Demandez à l’équipe du programme de vous l’envoyer à nouveau.',
		'jury.invitation.mine': 'Voir mes jurys',

		'jury.home.title': 'Mes jurys',
		'jury.home.intro': 'Les appels à projets dont vous êtes membre du jury.',
		'jury.home.empty':
			'Vous ne faites partie d’aucun jury pour l’instant. Quand l’équipe d’un programme vous invite, le lien reçu par e-mail vous ajoute ici.',
		'jury.home.caption': 'Appels dont vous êtes membre du jury',
		'jury.home.call': 'Appel',
		'jury.home.programme': 'Programme',
		'jury.home.dates': 'Dates de l’appel',
		'jury.home.deadline': 'Date limite des évaluations',
		'jury.home.members': 'Membres du jury',
		'jury.home.noDeadline': 'Non fixée',
		'jury.home.datesRange': 'du {from} au {to}',
		'jury.home.joined': 'Vous avez rejoint le jury.',
		'jury.home.actions': 'À faire',
		'jury.home.bids': 'Dire quelles candidatures de « {title} » vous souhaitez évaluer',

		'email.jury_invitation.subject': 'Invitation au jury : {call}',
		'email.jury_invitation.body':
			'{inviter} vous invite à rejoindre le jury de l’appel « {call} » ({programme}). Ouvrez ce lien personnel, connectez-vous (ou créez votre compte, avec l’adresse de votre choix) et acceptez l’invitation. Ce lien est valable 30 jours.',
		'email.jury_invitation.action': 'Rejoindre le jury'
	},
	en: {
		'jury.error.forbidden': 'You may not change the jury’s work with this token.',
		'jury.error.reviewsStarted':
			'Reviews have started: the grid and review settings can no longer be changed.',
		'jury.nav': 'Jury',
		'jury.callLink': 'Jury and evaluation grid',

		'jury.admin.title': 'Jury and evaluation grid',
		'jury.admin.back': 'Back to the call',
		'jury.admin.frozen': 'Reviews have started: the grid and settings can no longer be changed.',
		'jury.notice.settingsSaved': 'The review settings are saved.',
		'jury.notice.gridSaved': 'The evaluation grid is saved.',
		'jury.notice.invited': 'Invitation(s) sent.',
		'jury.notice.updated': 'The jury member is updated.',
		'jury.notice.removed': 'The member is removed from the jury.',
		'jury.notice.resent': 'The invitation is sent again with a new link.',
		'jury.notice.rowAdded':
			'An empty criterion is added at the end of the grid: fill it in, then save.',

		'jury.settings.title': 'Review settings',
		'jury.settings.reviewsPerApplication': 'Reviews per application',
		'jury.settings.reviewsPerApplicationHint':
			'How many jury members review each application (1 to 10).',
		'jury.settings.blindReview': 'Blind review',
		'jury.settings.blindReviewHint':
			'The jury sees neither the organisation nor the holders of applications.',
		'jury.settings.reviewsHiddenUntilSubmitted':
			'Others’ reviews hidden until one’s own is submitted',
		'jury.settings.reviewsHiddenUntilSubmittedHint':
			'Each member reads the others’ reviews only after submitting their own.',
		'jury.settings.reviewDeadline': 'Review deadline',
		'jury.settings.reviewDeadlineHint': 'Paris time. Leave empty if there is none.',
		'jury.settings.shortlistTarget': 'Shortlist target',
		'jury.settings.shortlistTargetHint':
			'How many applications to shortlist (usually about a dozen).',
		'jury.settings.save': 'Save the settings',
		'jury.settings.error.reviewsPerApplication':
			'Enter a whole number of reviews per application, 1 to 10.',
		'jury.settings.error.shortlistTarget': 'Enter a whole shortlist target, 1 to 500.',
		'jury.settings.error.deadline': 'Enter the deadline as DD/MM/YYYY HH:MM (or leave it empty).',
		'jury.settings.error.boolean': 'Answer yes or no.',

		'jury.grid.title': 'Evaluation grid',
		'jury.grid.intro':
			'Each criterion has a weight (only ratios matter), a scale and guidance for the jury. A review’s overall score is the weighted mean of the scored criteria.',
		'jury.grid.empty': 'No grid is set for this call yet.',
		'jury.grid.useDefault': 'Use the default grid',
		'jury.grid.useDefaultHint':
			'Six usual criteria: expected QVT impact, participatory approach and social dialogue, technological innovation, social innovation, feasibility and economic viability, transferability and dissemination; scale 1 to 4 and “not applicable”.',
		'jury.grid.legend': 'Criterion {n}: {label}',
		'jury.grid.newCriterion': 'new criterion',
		'jury.grid.key': 'Identifier: {key}',
		'jury.grid.newKey': 'Identifier made from the label when saved.',
		'jury.grid.labelFr': 'Label in French',
		'jury.grid.labelEn': 'Label in English',
		'jury.grid.guidanceFr': 'Guidance for the jury, in French',
		'jury.grid.guidanceEn': 'Guidance for the jury, in English',
		'jury.grid.weight': 'Weight',
		'jury.grid.scaleMin': 'Lowest score',
		'jury.grid.scaleMax': 'Highest score',
		'jury.grid.allowNotApplicable': '“Not applicable” allowed',
		'jury.grid.commentRequired': 'Comment required',
		'jury.grid.up': 'Move up',
		'jury.grid.down': 'Move down',
		'jury.grid.remove': 'Remove',
		'jury.grid.theCriterion': 'criterion {n}',
		'jury.grid.add': 'Add a criterion',
		'jury.grid.save': 'Save the grid',
		'jury.grid.fieldError': '{field} (criterion {n})',
		'jury.grid.error.count': 'The grid has 1 to 12 criteria.',
		'jury.grid.error.key':
			'The identifier holds only unaccented lowercase letters, digits and dashes (at most 40 characters).',
		'jury.grid.error.keyDuplicate': 'Two criteria have the same identifier.',
		'jury.grid.error.labelFr': 'Enter the French label (at most 120 characters).',
		'jury.grid.error.labelEn': 'The English label has at most 120 characters.',
		'jury.grid.error.guidance': 'The guidance has at most 2,000 characters.',
		'jury.grid.error.weight': 'The weight is a number above zero (at most 100).',
		'jury.grid.error.scaleNumber': 'The scale’s bounds are whole numbers from 0 to 100.',
		'jury.grid.error.scaleOrder': 'The highest score must be above the lowest.',

		'jury.members.title': 'Jury members',
		'jury.members.caption': 'Members of the call’s jury',
		'jury.members.empty': 'Nobody is invited to this jury yet.',
		'jury.members.count': '{active} active member(s), {accepted} of whom accepted.',
		'jury.members.email': 'E-mail address',
		'jury.members.name': 'Name',
		'jury.members.state': 'State',
		'jury.members.expertise': 'Expertise',
		'jury.members.loads': 'Reviews',
		'jury.members.actions': 'Actions',
		'jury.members.loadRange': '{min} to {max}',
		'jury.members.noExpertise': 'None',
		'jury.members.edit': 'Edit {email}',
		'jury.members.editSave': 'Save',
		'jury.members.remove': 'Remove',
		'jury.members.resend': 'Send the invitation again',
		'jury.state.invited': 'Invited',
		'jury.state.accepted': 'Accepted',
		'jury.state.removed': 'Removed',

		'jury.invite.title': 'Invite members',
		'jury.invite.emails': 'E-mail addresses',
		'jury.invite.emailsHint':
			'One or several addresses, separated by commas or new lines. Each person gets a personal link.',
		'jury.invite.submit': 'Invite',
		'jury.member.themes': 'QVCT themes',
		'jury.member.typology': 'Project typology',
		'jury.member.skills': 'Other skills',
		'jury.member.skillsHint': 'Separated by commas or new lines (e.g. ergonomics, labour law).',
		'jury.member.minReviews': 'Minimum reviews',
		'jury.member.maxReviews': 'Maximum reviews',
		'jury.member.error.emails': 'Enter 1 to 50 e-mail addresses.',
		'jury.member.error.emailInvalid': 'One of the e-mail addresses is not valid.',
		'jury.member.error.alreadyMember': 'One of these addresses is already on this call’s jury.',
		'jury.member.error.expertise': 'An expertise tag is not valid.',
		'jury.member.error.unknownTerm':
			'An expertise matches none of the programme’s themes or typology.',
		'jury.member.error.minReviews': 'The minimum is a whole number from 0 to 200.',
		'jury.member.error.maxReviews': 'The maximum is a whole number from 1 to 200.',
		'jury.member.error.loadOrder': 'The minimum cannot exceed the maximum.',
		'jury.member.error.notPending':
			'This invitation was already accepted, or the member was removed.',
		'jury.member.error.removed':
			'This member was removed from the jury and can no longer be changed.',

		'jury.invitation.title': 'Jury invitation',
		'jury.invitation.intro': 'You are invited to join the jury of the call “{call}” ({programme}).',
		'jury.invitation.sentTo':
			'The invitation was sent to {email}. You may accept it with the account of your choice: its address need not be the same.',
		'jury.invitation.loggedInAs': 'You are logged in as {email}.',
		'jury.invitation.accept': 'Join the jury',
		'jury.invitation.invalid':
			'This invitation link is not valid: it was already used, replaced by a newer one, or does not exist. Ask the programme team to invite you again.',
		'jury.invitation.alreadyMember': 'You are already on this call’s jury.',
		'jury.invitation.expired':
			'This invitation link has expired (it works for 30 days). Ask the programme team to send it again.',
		'jury.invitation.mine': 'See my juries',

		'jury.home.title': 'My juries',
		'jury.home.intro': 'The calls for projects whose jury you sit on.',
		'jury.home.empty':
			'You are on no jury yet. When a programme team invites you, the link you receive by e-mail adds you here.',
		'jury.home.caption': 'Calls whose jury you sit on',
		'jury.home.call': 'Call',
		'jury.home.programme': 'Programme',
		'jury.home.dates': 'Call dates',
		'jury.home.deadline': 'Review deadline',
		'jury.home.members': 'Jury members',
		'jury.home.noDeadline': 'Not set',
		'jury.home.datesRange': 'from {from} to {to}',
		'jury.home.joined': 'You have joined the jury.',
		'jury.home.actions': 'To do',
		'jury.home.bids': 'Say which applications of “{title}” you wish to review',

		'email.jury_invitation.subject': 'Jury invitation: {call}',
		'email.jury_invitation.body':
			'{inviter} invites you to join the jury of the call “{call}” ({programme}). Open this personal link, log in (or create your account, with the address of your choice) and accept the invitation. This link works for 30 days.',
		'email.jury_invitation.action': 'Join the jury'
	}
});
