import { defineMessages } from '../define.ts';

/** Referral links, attribution and regional opinions (avis régionaux); the partner's read-only view of applications. */
export default defineMessages({
	fr: {
		// Referral links (/candidater/<token>).
		'opinions.referral.unknown':
			'Ce lien d’invitation est inconnu. Vérifiez qu’il est complet, ou demandez un nouveau lien au partenaire qui vous a invité·e.',
		'opinions.referral.expired':
			'Ce lien d’invitation a expiré. Demandez-en un nouveau au partenaire qui vous a invité·e.',
		'opinions.referral.used':
			'Ce lien d’invitation a déjà servi à une autre personne. Vous pouvez candidater sans lui depuis la page de l’appel à projets.',
		'opinions.referral.closed':
			'L’appel à projets de cette invitation n’est pas ouvert : il n’est pas possible d’y candidater maintenant.',
		'opinions.referral.draftChanged':
			'Votre brouillon sur cet appel a changé entre-temps. Rouvrez le lien d’invitation pour réessayer.',
		'opinions.landing.title': 'Invitation à candidater',
		'opinions.landing.intro': '{partner} vous invite à candidater à l’appel à projets « {call} ».',
		'opinions.landing.closes': 'Clôture des candidatures : {date} (heure de Paris).',
		'opinions.landing.noClose': 'Aucune date de clôture n’est annoncée.',
		'opinions.landing.explain':
			'Votre candidature sera rattachée à {partner}, qui pourra la suivre et vous accompagner.',
		'opinions.landing.explainDraft':
			'Vous avez déjà un brouillon sur cet appel : il sera rattaché à {partner}, qui pourra le suivre et vous accompagner.',
		'opinions.landing.start': 'Commencer ma candidature',
		'opinions.landing.continue': 'Continuer ma candidature',
		'opinions.landing.kept':
			'Votre brouillon sur cet appel est déjà rattaché à {partner}, qui vous avait invité·e en premier : il le reste.',
		'opinions.landing.openDraft': 'Ouvrir mon brouillon',
		'opinions.landing.accountTitle': 'Votre compte',
		'opinions.landing.anonymous':
			'Pour commencer votre candidature, connectez-vous ; vous reviendrez ensuite sur cette page.',
		'opinions.landing.login': 'Me connecter pour candidater',
		'opinions.landing.noAccount': 'Pas encore de compte ?',
		'opinions.landing.signup': 'Créer mon compte',
		'opinions.landing.signupHint':
			'Le lien de confirmation de votre adresse e-mail vous ramènera ici pour commencer votre candidature.',
		'opinions.landing.loggedInAs': 'Connecté·e en tant que {email}.',
		'opinions.landing.yours': 'Vous avez déjà utilisé cette invitation de {partner}.',
		'opinions.landing.openApplication': 'Ouvrir ma candidature',
		'opinions.landing.expired':
			'Cette invitation de {partner} a expiré le {date}. Demandez-lui un nouveau lien.',
		'opinions.landing.closed':
			'L’appel à projets « {call} » n’est pas ouvert : il n’est pas possible d’y candidater maintenant.',
		'opinions.landing.mine': 'Mes candidatures',
		'opinions.landing.openCalls': 'Voir les appels à projets',
		'opinions.notice.referred':
			'Votre brouillon est créé. Il est rattaché au partenaire régional qui vous a invité·e.',
		'opinions.notice.referralAttributed':
			'Votre brouillon est désormais rattaché au partenaire régional qui vous a invité·e.',
		'opinions.notice.referralKept':
			'Votre brouillon reste rattaché au partenaire régional qui vous avait invité·e en premier.',
		'opinions.notice.referralAlready':
			'Vous aviez déjà utilisé cette invitation : voici votre candidature.',
		'opinions.notice.partner': 'Votre réponse est enregistrée.',
		'opinions.notice.saved': 'Votre avis régional est enregistré.',

		// Declared attribution (the holder's page).
		'opinions.attribution.unknownPartner':
			'Choisissez un partenaire régional de la liste, ou « Aucun ».',
		'opinions.attribution.referral':
			'Cette candidature a été commencée par l’invitation d’un partenaire régional : elle lui reste rattachée.',
		'opinions.attribution.closed':
			'Le partenaire qui vous a accompagné ne peut plus être changé à ce stade de la candidature.',
		'opinions.holder.title': 'Un partenaire régional vous a accompagné ?',
		'opinions.holder.intro':
			'Si une délégation régionale (Aract) vous a aidé à préparer ce projet, indiquez-la : elle pourra suivre votre candidature et vous accompagner.',
		'opinions.holder.partner': 'Partenaire régional',
		'opinions.holder.partnerHint': 'Choisissez « Aucun » si personne ne vous a accompagné.',
		'opinions.holder.none': 'Aucun',
		'opinions.holder.option': '{name} ({regions})',
		'opinions.holder.save': 'Enregistrer le partenaire',
		'opinions.holder.referral': 'Candidature accompagnée par {partner} (invitation)',
		'opinions.holder.declared': 'Candidature accompagnée par {partner}',

		// Regional opinions.
		'opinions.jury.title': 'Avis des partenaires régionaux',
		'opinions.jury.none': 'Aucun partenaire régional n’a donné d’avis sur cette candidature.',
		'opinions.recommendation.strong_support': 'Très favorable',
		'opinions.recommendation.support': 'Favorable',
		'opinions.recommendation.reservations': 'Réservé',
		'opinions.recommendation.against': 'Défavorable',
		'opinions.error.recommendation':
			'Choisissez une recommandation : très favorable, favorable, réservé ou défavorable.',
		'opinions.error.textLength': 'L’avis doit compter entre 20 et 5 000 caractères.',
		'opinions.error.partner': 'Choisissez l’un de vos partenaires qui suit cette candidature.',
		'opinions.error.choosePartner':
			'Vous êtes membre de plusieurs partenaires : choisissez au nom duquel vous donnez cet avis.',
		'opinions.error.partnersOnly':
			'Seuls les membres d’un partenaire régional qui suit cette candidature peuvent donner un avis régional.',
		'opinions.error.withdrawn':
			'Cette candidature a été retirée : son avis régional ne peut plus être modifié.',
		'opinions.error.juryReads': 'Indiquez si le jury peut lire les avis régionaux (oui ou non).',
		'opinions.form.title': 'Avis régional',
		'opinions.form.none': 'Pas encore d’avis régional de votre part.',
		'opinions.form.intro':
			'Votre avis est lu par l’équipe du programme et, si l’appel le prévoit, par le jury ; jamais par les porteur·ses. Un nouvel envoi remplace le précédent.',
		'opinions.form.partner': 'Au nom de',
		'opinions.form.partnerHint':
			'Vous êtes membre de plusieurs partenaires qui suivent cette candidature.',
		'opinions.form.as': 'Avis au nom de {partner}.',
		'opinions.form.recommendation': 'Recommandation',
		'opinions.form.text': 'Votre avis',
		'opinions.form.textHint': 'Entre 20 et 5 000 caractères.',
		'opinions.form.submit': 'Enregistrer l’avis',
		'opinions.form.withdrawn': 'Cette candidature a été retirée : plus d’avis régional possible.',
		'opinions.form.cannotWrite':
			'Vous lisez cette candidature au titre de votre région, sans partenaire régional à votre nom : vous ne pouvez pas donner d’avis.',
		'opinions.view.heading': '{partner} : {recommendation}',
		'opinions.view.by': 'Par {author}, le {date}',
		'opinions.view.on': 'Le {date}',
		'opinions.view.head': 'Candidature {reference}',
		'opinions.view.back': 'Retour aux candidatures de mes régions',
		'opinions.view.readOnly': 'Lecture seule : la candidature appartient à ses porteur·ses.',

		// The team's application page and the call's settings.
		'opinions.team.title': 'Sourcing et avis régionaux',
		'opinions.team.attribution': 'Partenaire régional',
		'opinions.team.referral': '{partner}, par son lien d’invitation',
		'opinions.team.declared': '{partner}, indiqué par les porteur·ses',
		'opinions.team.noPartner': 'Aucun partenaire régional',
		'opinions.team.opinions': 'Avis régionaux',
		'opinions.team.none': 'Aucun avis régional pour l’instant.',
		'opinions.team.juryReads': 'Le jury peut lire ces avis (réglage de l’appel).',
		'opinions.team.juryDoesNotRead': 'Le jury ne lit pas ces avis (réglage de l’appel).',
		'opinions.call.juryReads': 'Le jury peut lire les avis régionaux',
		'opinions.call.juryReadsHint':
			'Les avis des partenaires régionaux sur les candidatures de cet appel s’affichent alors pour les membres du jury.',

		// The partner's list of applications.
		'opinions.list.title': 'Candidatures de mes régions',
		'opinions.list.intro':
			'Les candidatures déposées dans vos régions et celles que vous avez orientées, en lecture seule. Les brouillons n’y figurent pas : leur avancement se suit depuis vos prospects.',
		'opinions.list.filters': 'Filtrer',
		'opinions.list.q': 'Rechercher',
		'opinions.list.qHint': 'Dans les titres, les réponses et le nom des structures.',
		'opinions.list.call': 'Appel à projets',
		'opinions.list.callAny': 'Tous les appels',
		'opinions.list.status': 'Statut',
		'opinions.list.statusAny': 'Tous les statuts',
		'opinions.list.region': 'Région',
		'opinions.list.regionAny': 'Toutes mes régions',
		'opinions.list.referred': 'Orientées par nous',
		'opinions.list.submit': 'Filtrer',
		'opinions.list.reset': 'Effacer les filtres',
		'opinions.list.results': 'Résultats',
		'opinions.list.caption': 'Candidatures ({n} sur cette page)',
		'opinions.list.captionZero': 'Aucune candidature',
		'opinions.list.empty': 'Aucune candidature déposée dans vos régions pour l’instant.',
		'opinions.list.emptyFiltered': 'Aucune candidature ne correspond à ces filtres.',
		'opinions.list.col.reference': 'Référence',
		'opinions.list.col.title': 'Projet',
		'opinions.list.col.organisation': 'Structure',
		'opinions.list.col.region': 'Région',
		'opinions.list.col.status': 'Statut',
		'opinions.list.col.attribution': 'Partenaire',
		'opinions.list.col.call': 'Appel',
		'opinions.list.untitled': 'Sans titre ({reference})',
		'opinions.list.noOrganisation': 'Structure non renseignée',
		'opinions.list.noRegion': 'Région inconnue',
		'opinions.list.attributionReferral': '{partner} (invitation)',
		'opinions.list.attributionDeclared': '{partner} (déclaré)',
		'opinions.list.ours': 'nous',
		'opinions.list.noAttribution': 'Aucun',
		'opinions.list.pagination': 'Pages de résultats',
		'opinions.list.first': 'Première page',
		'opinions.list.next': 'Page suivante',
		'opinions.list.error.invalid': 'Certains filtres ne sont pas valables et ont été ignorés :',
		'opinions.list.error.call': 'Cet appel à projets n’est pas l’un des vôtres.',
		'opinions.list.error.status': 'Ce statut n’existe pas.',
		'opinions.list.error.region': 'Cette région n’est pas l’une des vôtres.',
		'opinions.list.error.q': 'La recherche ne peut dépasser 200 caractères.'
	},
	en: {
		'opinions.referral.unknown':
			'This invitation link is unknown. Check that it is complete, or ask the partner who invited you for a new link.',
		'opinions.referral.expired':
			'This invitation link has expired. Ask the partner who invited you for a new one.',
		'opinions.referral.used':
			'This invitation link has already been used by someone else. You may apply without it from the call’s page.',
		'opinions.referral.closed':
			'The call for projects of this invitation is not open: it is not possible to apply now.',
		'opinions.referral.draftChanged':
			'Your draft for this call changed in the meantime. Open the invitation link again to retry.',
		'opinions.landing.title': 'Invitation to apply',
		'opinions.landing.intro': '{partner} invites you to apply to the call for projects “{call}”.',
		'opinions.landing.closes': 'Applications close on {date} (Paris time).',
		'opinions.landing.noClose': 'No closing date has been announced.',
		'opinions.landing.explain':
			'Your application will be attributed to {partner}, who will be able to follow and support it.',
		'opinions.landing.explainDraft':
			'You already have a draft for this call: it will be attributed to {partner}, who will be able to follow and support it.',
		'opinions.landing.start': 'Start my application',
		'opinions.landing.continue': 'Continue my application',
		'opinions.landing.kept':
			'Your draft for this call is already attributed to {partner}, who invited you first: it stays so.',
		'opinions.landing.openDraft': 'Open my draft',
		'opinions.landing.accountTitle': 'Your account',
		'opinions.landing.anonymous':
			'To start your application, log in; you will then come back to this page.',
		'opinions.landing.login': 'Log in to apply',
		'opinions.landing.noAccount': 'No account yet?',
		'opinions.landing.signup': 'Create my account',
		'opinions.landing.signupHint':
			'The link confirming your e-mail address will bring you back here to start your application.',
		'opinions.landing.loggedInAs': 'Logged in as {email}.',
		'opinions.landing.yours': 'You have already used this invitation from {partner}.',
		'opinions.landing.openApplication': 'Open my application',
		'opinions.landing.expired':
			'This invitation from {partner} expired on {date}. Ask them for a new link.',
		'opinions.landing.closed':
			'The call for projects “{call}” is not open: it is not possible to apply now.',
		'opinions.landing.mine': 'My applications',
		'opinions.landing.openCalls': 'See the calls for projects',
		'opinions.notice.referred':
			'Your draft has been created. It is attributed to the regional partner who invited you.',
		'opinions.notice.referralAttributed':
			'Your draft is now attributed to the regional partner who invited you.',
		'opinions.notice.referralKept':
			'Your draft stays attributed to the regional partner who invited you first.',
		'opinions.notice.referralAlready':
			'You had already used this invitation: here is your application.',
		'opinions.notice.partner': 'Your answer has been saved.',
		'opinions.notice.saved': 'Your regional opinion has been saved.',

		'opinions.attribution.unknownPartner': 'Choose a regional partner from the list, or “None”.',
		'opinions.attribution.referral':
			'This application was started from a regional partner’s invitation: it stays attributed to that partner.',
		'opinions.attribution.closed':
			'The partner who supported you can no longer be changed at this stage of the application.',
		'opinions.holder.title': 'Did a regional partner support you?',
		'opinions.holder.intro':
			'If a regional delegation (Aract) helped you prepare this project, say which: it will be able to follow your application and support you.',
		'opinions.holder.partner': 'Regional partner',
		'opinions.holder.partnerHint': 'Choose “None” if nobody supported you.',
		'opinions.holder.none': 'None',
		'opinions.holder.option': '{name} ({regions})',
		'opinions.holder.save': 'Save the partner',
		'opinions.holder.referral': 'Application supported by {partner} (invitation)',
		'opinions.holder.declared': 'Application supported by {partner}',

		'opinions.jury.title': 'Regional partners’ opinions',
		'opinions.jury.none': 'No regional partner has given an opinion on this application.',
		'opinions.recommendation.strong_support': 'Strongly in favour',
		'opinions.recommendation.support': 'In favour',
		'opinions.recommendation.reservations': 'With reservations',
		'opinions.recommendation.against': 'Against',
		'opinions.error.recommendation':
			'Choose a recommendation: strongly in favour, in favour, with reservations or against.',
		'opinions.error.textLength': 'The opinion must be between 20 and 5,000 characters long.',
		'opinions.error.partner': 'Choose one of your partners that follows this application.',
		'opinions.error.choosePartner':
			'You are a member of several partners: choose on whose behalf you give this opinion.',
		'opinions.error.partnersOnly':
			'Only members of a regional partner that follows this application may give a regional opinion.',
		'opinions.error.withdrawn':
			'This application has been withdrawn: its regional opinion can no longer be changed.',
		'opinions.error.juryReads': 'Say whether the jury may read the regional opinions (yes or no).',
		'opinions.form.title': 'Regional opinion',
		'opinions.form.none': 'No regional opinion from you yet.',
		'opinions.form.intro':
			'Your opinion is read by the programme team and, if the call allows it, by the jury; never by the holders. Sending it again replaces the previous one.',
		'opinions.form.partner': 'On behalf of',
		'opinions.form.partnerHint':
			'You are a member of several partners that follow this application.',
		'opinions.form.as': 'Opinion on behalf of {partner}.',
		'opinions.form.recommendation': 'Recommendation',
		'opinions.form.text': 'Your opinion',
		'opinions.form.textHint': 'Between 20 and 5,000 characters.',
		'opinions.form.submit': 'Save the opinion',
		'opinions.form.withdrawn': 'This application has been withdrawn: no more regional opinion.',
		'opinions.form.cannotWrite':
			'You read this application through your region, without a regional partner of yours: you may not give an opinion.',
		'opinions.view.heading': '{partner}: {recommendation}',
		'opinions.view.by': 'By {author}, on {date}',
		'opinions.view.on': 'On {date}',
		'opinions.view.head': 'Application {reference}',
		'opinions.view.back': 'Back to the applications of my regions',
		'opinions.view.readOnly': 'Read only: the application belongs to its holders.',

		'opinions.team.title': 'Sourcing and regional opinions',
		'opinions.team.attribution': 'Regional partner',
		'opinions.team.referral': '{partner}, through its invitation link',
		'opinions.team.declared': '{partner}, named by the holders',
		'opinions.team.noPartner': 'No regional partner',
		'opinions.team.opinions': 'Regional opinions',
		'opinions.team.none': 'No regional opinion yet.',
		'opinions.team.juryReads': 'The jury may read these opinions (a setting of the call).',
		'opinions.team.juryDoesNotRead':
			'The jury does not read these opinions (a setting of the call).',
		'opinions.call.juryReads': 'The jury may read the regional opinions',
		'opinions.call.juryReadsHint':
			'The regional partners’ opinions on this call’s applications are then shown to jury members.',

		'opinions.list.title': 'Applications of my regions',
		'opinions.list.intro':
			'The applications submitted in your regions and those you referred, read only. Drafts are not listed: follow their progress from your prospects.',
		'opinions.list.filters': 'Filter',
		'opinions.list.q': 'Search',
		'opinions.list.qHint': 'In titles, answers and organisation names.',
		'opinions.list.call': 'Call for projects',
		'opinions.list.callAny': 'All calls',
		'opinions.list.status': 'Status',
		'opinions.list.statusAny': 'All statuses',
		'opinions.list.region': 'Region',
		'opinions.list.regionAny': 'All my regions',
		'opinions.list.referred': 'Referred by us',
		'opinions.list.submit': 'Filter',
		'opinions.list.reset': 'Clear the filters',
		'opinions.list.results': 'Results',
		'opinions.list.caption': 'Applications ({n} on this page)',
		'opinions.list.captionZero': 'No application',
		'opinions.list.empty': 'No application submitted in your regions yet.',
		'opinions.list.emptyFiltered': 'No application matches these filters.',
		'opinions.list.col.reference': 'Reference',
		'opinions.list.col.title': 'Project',
		'opinions.list.col.organisation': 'Organisation',
		'opinions.list.col.region': 'Region',
		'opinions.list.col.status': 'Status',
		'opinions.list.col.attribution': 'Partner',
		'opinions.list.col.call': 'Call',
		'opinions.list.untitled': 'Untitled ({reference})',
		'opinions.list.noOrganisation': 'Organisation not given',
		'opinions.list.noRegion': 'Unknown region',
		'opinions.list.attributionReferral': '{partner} (invitation)',
		'opinions.list.attributionDeclared': '{partner} (declared)',
		'opinions.list.ours': 'us',
		'opinions.list.noAttribution': 'None',
		'opinions.list.pagination': 'Result pages',
		'opinions.list.first': 'First page',
		'opinions.list.next': 'Next page',
		'opinions.list.error.invalid': 'Some filters are not valid and were ignored:',
		'opinions.list.error.call': 'This call for projects is not one of yours.',
		'opinions.list.error.status': 'This status does not exist.',
		'opinions.list.error.region': 'This region is not one of yours.',
		'opinions.list.error.q': 'The search may not be longer than 200 characters.'
	}
});
