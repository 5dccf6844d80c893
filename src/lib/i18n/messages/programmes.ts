import { defineMessages } from '../define.ts';

export default defineMessages({
	fr: {
		// Home
		'home.intro':
			'Transformateur accompagne des projets qui combinent innovation technologique et innovation sociale au bénéfice de la qualité de vie et des conditions de travail : appel à projets, sélection, feuille de route, appui d’experts.',
		'home.openCalls.title': 'Appels à projets ouverts',
		'home.openCalls.empty':
			'Aucun appel à projets n’est ouvert en ce moment. Les prochains seront annoncés sur la page de chaque programme.',
		'home.openCalls.closes': 'Candidatures jusqu’au {date}',
		'home.openCalls.noClose': 'Date de clôture à venir',
		'home.openCalls.programme': 'Programme {name}',
		'home.programmes.title': 'Les programmes',
		'home.programmes.empty': 'Aucun programme n’est encore publié.',
		'home.programmes.more': 'Découvrir le programme {name}',

		// Public programme page
		'programme.logoAlt': 'Logo de {name}',
		'programme.operators': 'Porté par',
		'programme.about': 'Présentation',
		'programme.noDescription': 'La présentation de ce programme sera bientôt publiée.',
		'programme.cycles': 'Promotions et calendriers',
		'programme.noCycles': 'Aucune promotion n’est encore annoncée.',
		'programme.currentPhase': 'Phase actuelle : {phase}',
		'programme.callOpen': 'L’appel à projets est ouvert : candidatures jusqu’au {date}.',
		'programme.callOpenNoDate': 'L’appel à projets est ouvert.',
		'programme.calendarCaption': 'Calendrier — {name}',
		'programme.noCalendar': 'Le calendrier de cette promotion n’est pas encore publié.',
		'calendar.phase': 'Phase',
		'calendar.start': 'Début',
		'calendar.end': 'Fin',
		'calendar.status': 'Statut',
		'calendar.status.past': 'passée',
		'calendar.status.current': 'en cours',
		'calendar.status.upcoming': 'à venir',
		'calendar.untilNext': 'jusqu’à la phase suivante',
		'calendar.noEnd': 'non fixée',
		'calendar.currentMarker': 'phase actuelle',
		'calendar.timezone': 'Heures de Paris.',

		// Back office: list
		'admin.programmes.title': 'Programmes',
		'admin.programmes.intro': 'Les programmes dont vous faites partie de l’équipe.',
		'admin.programmes.introPlatform':
			'Tous les programmes de la plateforme : vous faites partie de l’équipe de la plateforme.',
		'admin.programmes.create': 'Créer un programme',
		'admin.programmes.empty': 'Aucun programme pour l’instant.',
		'admin.programmes.caption': 'Programmes',
		'admin.programmes.name': 'Programme',
		'admin.programmes.operators': 'Opérateurs',
		'admin.programmes.address': 'Page publique',

		// Back office: programme form
		'programmes.field.name': 'Nom du programme',
		'programmes.field.slug': 'Adresse de la page publique',
		'programmes.field.slugHintNew':
			'Lettres minuscules sans accents, chiffres et tirets ; elle apparaîtra après /programmes/. Laissez vide pour la dériver du nom.',
		'programmes.field.slugHintEdit':
			'Lettres minuscules sans accents, chiffres et tirets. La changer rend les anciens liens inopérants.',
		'programmes.field.operators': 'Opérateurs',
		'programmes.field.operatorsHint':
			'Les organismes qui portent le programme, par exemple « Anact et Fing ».',
		'programmes.field.description': 'Description',
		'programmes.field.descriptionHint':
			'Affichée sur la page publique. Séparez les paragraphes par une ligne vide.',
		'programmes.field.logo': 'Logo',
		'programmes.field.logoHint':
			'Image PNG, JPEG ou WebP de 1 Mo au plus (le SVG n’est pas accepté).',
		'programmes.field.logoReplaceHint':
			'Choisissez un fichier pour remplacer le logo actuel. Image PNG, JPEG ou WebP de 1 Mo au plus (le SVG n’est pas accepté).',
		'programmes.field.removeLogo': 'Supprimer le logo',
		'programmes.logo.current': 'Logo actuel :',
		'programmes.logo.none': 'Aucun logo pour l’instant.',
		'programmes.new.title': 'Créer un programme',
		'programmes.new.submit': 'Créer le programme',
		'programmes.edit.details': 'Informations du programme',
		'programmes.edit.submit': 'Enregistrer les modifications',
		'programmes.edit.cycles': 'Promotions',
		'programmes.edit.newCycle': 'Nouvelle promotion',
		'programmes.edit.noCycles': 'Aucune promotion pour l’instant.',
		'programmes.edit.publicPage': 'Voir la page publique',
		'programmes.edit.cyclesCaption': 'Promotions du programme',
		'programmes.edit.cycleName': 'Promotion',
		'programmes.edit.cyclePhase': 'Phase actuelle',
		'programmes.notice.created': 'Le programme a été créé.',
		'programmes.notice.saved': 'Les modifications du programme ont été enregistrées.',
		'programmes.notice.cycleCreated': 'La promotion a été créée.',
		'programmes.notice.cycleSaved': 'Les modifications de la promotion ont été enregistrées.',
		'programmes.backToList': 'Retour aux programmes',
		'programmes.backToProgramme': 'Retour au programme {name}',
		'programmes.errorSummary': 'Le formulaire contient des erreurs',
		'programmes.errorItem': '{label} : {message}',

		// Back office: cycle form
		'cycles.new.title': 'Nouvelle promotion',
		'cycles.new.submit': 'Créer la promotion',
		'cycles.edit.title': 'Modifier la promotion {name}',
		'cycles.edit.submit': 'Enregistrer la promotion',
		'cycles.field.name': 'Nom de la promotion',
		'cycles.field.nameHint': 'Par exemple « Promotion 1 — 2016-2017 ».',
		'cycles.field.description': 'Description',
		'cycles.field.descriptionHint': 'Facultative. Séparez les paragraphes par une ligne vide.',
		'cycles.calendar.title': 'Calendrier',
		'cycles.calendar.hint':
			'Dates et heures de Paris. Laissez les deux champs d’une phase vides si elle n’est pas prévue. Sans date de fin, une phase dure jusqu’au début de la suivante.',
		'cycles.calendar.start': 'Début',
		'cycles.calendar.end': 'Fin',
		'cycles.calendar.fieldLabel': '{phase} — {which}',

		// Errors
		'programmes.error.invalid': 'Le formulaire contient des erreurs.',
		'programmes.error.nameRequired': 'Indiquez un nom.',
		'programmes.error.nameLength': 'Le nom doit compter entre 2 et 200 caractères.',
		'programmes.error.slugFormat':
			'L’adresse ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets (80 caractères au plus).',
		'programmes.error.slugEmpty':
			'Impossible de dériver une adresse de ce nom : indiquez-en une (lettres minuscules, chiffres et tirets).',
		'programmes.error.slugTaken':
			'Cette adresse est déjà celle d’un autre programme. Choisissez-en une autre.',
		'programmes.error.operatorsLength': 'Les opérateurs tiennent en 500 caractères au plus.',
		'programmes.error.descriptionLength': 'La description tient en 10 000 caractères au plus.',
		'programmes.error.dateRequired':
			'Indiquez la date de début, ou videz aussi la date de fin si la phase n’est pas prévue.',
		'programmes.error.dateFormat':
			'Date invalide : indiquez une date et une heure (AAAA-MM-JJ HH:MM, heure de Paris).',
		'programmes.error.phaseKind': 'Phase inconnue.',
		'programmes.error.phases': 'Le calendrier doit être une liste de phases.',
		'programmes.error.duplicatePhase': 'Cette phase figure deux fois dans le calendrier.',
		'programmes.error.endBeforeStart': 'La fin doit être postérieure au début.',
		'programmes.error.startsBefore.call_open':
			'Cette phase ne peut pas commencer avant l’ouverture de l’appel à projets.',
		'programmes.error.startsBefore.call_closed':
			'Cette phase ne peut pas commencer avant la clôture de l’appel à projets.',
		'programmes.error.startsBefore.shortlisting':
			'Cette phase ne peut pas commencer avant la présélection.',
		'programmes.error.startsBefore.selection_session':
			'Cette phase ne peut pas commencer avant la session de sélection.',
		'programmes.error.startsBefore.final_selection':
			'Cette phase ne peut pas commencer avant la sélection finale.',
		'programmes.error.startsBefore.roadmap_session':
			'Cette phase ne peut pas commencer avant la session feuille de route.',
		'programmes.error.startsBefore.support_phase':
			'Cette phase ne peut pas commencer avant l’accompagnement.',
		'programmes.error.calendar': 'Le calendrier contient des erreurs.',
		'programmes.error.cycleNameTaken': 'Ce programme a déjà une promotion de ce nom.',
		'programmes.error.cursor': 'Curseur de pagination inconnu.',
		'programmes.error.logoEmpty': 'Le fichier du logo est vide.',
		'programmes.error.logoTooLarge': 'Le logo dépasse 1 Mo : réduisez-le puis recommencez.',
		'programmes.error.logoType':
			'Ce fichier n’est pas une image PNG, JPEG ou WebP (le SVG n’est pas accepté).',
		'programmes.error.forbiddenCreate': 'Seule l’équipe de la plateforme peut créer un programme.',
		'programmes.error.forbiddenManage': 'Seule l’équipe de ce programme peut le modifier.'
	},
	en: {
		'home.intro':
			'Transformateur supports projects that combine technological and social innovation for quality of working life and working conditions: call for projects, selection, roadmap, expert support.',
		'home.openCalls.title': 'Open calls for projects',
		'home.openCalls.empty':
			'No call for projects is open at the moment. The next ones will be announced on each programme’s page.',
		'home.openCalls.closes': 'Applications until {date}',
		'home.openCalls.noClose': 'Closing date to be announced',
		'home.openCalls.programme': 'Programme {name}',
		'home.programmes.title': 'Programmes',
		'home.programmes.empty': 'No programme has been published yet.',
		'home.programmes.more': 'Discover the {name} programme',

		'programme.logoAlt': '{name} logo',
		'programme.operators': 'Run by',
		'programme.about': 'About',
		'programme.noDescription': 'The presentation of this programme will be published soon.',
		'programme.cycles': 'Intakes and calendars',
		'programme.noCycles': 'No intake has been announced yet.',
		'programme.currentPhase': 'Current phase: {phase}',
		'programme.callOpen': 'The call for projects is open: applications until {date}.',
		'programme.callOpenNoDate': 'The call for projects is open.',
		'programme.calendarCaption': 'Calendar — {name}',
		'programme.noCalendar': 'The calendar of this intake has not been published yet.',
		'calendar.phase': 'Phase',
		'calendar.start': 'Start',
		'calendar.end': 'End',
		'calendar.status': 'Status',
		'calendar.status.past': 'past',
		'calendar.status.current': 'in progress',
		'calendar.status.upcoming': 'upcoming',
		'calendar.untilNext': 'until the next phase',
		'calendar.noEnd': 'not set',
		'calendar.currentMarker': 'current phase',
		'calendar.timezone': 'Paris time.',

		'admin.programmes.title': 'Programmes',
		'admin.programmes.intro': 'The programmes whose team you belong to.',
		'admin.programmes.introPlatform':
			'Every programme of the platform: you belong to the platform team.',
		'admin.programmes.create': 'Create a programme',
		'admin.programmes.empty': 'No programme yet.',
		'admin.programmes.caption': 'Programmes',
		'admin.programmes.name': 'Programme',
		'admin.programmes.operators': 'Operators',
		'admin.programmes.address': 'Public page',

		'programmes.field.name': 'Programme name',
		'programmes.field.slug': 'Address of the public page',
		'programmes.field.slugHintNew':
			'Lowercase letters without accents, digits and dashes; it will appear after /programmes/. Leave empty to derive it from the name.',
		'programmes.field.slugHintEdit':
			'Lowercase letters without accents, digits and dashes. Changing it breaks existing links.',
		'programmes.field.operators': 'Operators',
		'programmes.field.operatorsHint':
			'The organisations running the programme, for example “Anact and Fing”.',
		'programmes.field.description': 'Description',
		'programmes.field.descriptionHint':
			'Shown on the public page. Separate paragraphs with an empty line.',
		'programmes.field.logo': 'Logo',
		'programmes.field.logoHint': 'PNG, JPEG or WebP image of 1 MB at most (SVG is not accepted).',
		'programmes.field.logoReplaceHint':
			'Choose a file to replace the current logo. PNG, JPEG or WebP image of 1 MB at most (SVG is not accepted).',
		'programmes.field.removeLogo': 'Remove the logo',
		'programmes.logo.current': 'Current logo:',
		'programmes.logo.none': 'No logo yet.',
		'programmes.new.title': 'Create a programme',
		'programmes.new.submit': 'Create the programme',
		'programmes.edit.details': 'Programme details',
		'programmes.edit.submit': 'Save changes',
		'programmes.edit.cycles': 'Intakes',
		'programmes.edit.newCycle': 'New intake',
		'programmes.edit.noCycles': 'No intake yet.',
		'programmes.edit.publicPage': 'See the public page',
		'programmes.edit.cyclesCaption': 'Intakes of the programme',
		'programmes.edit.cycleName': 'Intake',
		'programmes.edit.cyclePhase': 'Current phase',
		'programmes.notice.created': 'The programme has been created.',
		'programmes.notice.saved': 'The programme’s changes have been saved.',
		'programmes.notice.cycleCreated': 'The intake has been created.',
		'programmes.notice.cycleSaved': 'The intake’s changes have been saved.',
		'programmes.backToList': 'Back to programmes',
		'programmes.backToProgramme': 'Back to the {name} programme',
		'programmes.errorSummary': 'The form has errors',
		'programmes.errorItem': '{label}: {message}',

		'cycles.new.title': 'New intake',
		'cycles.new.submit': 'Create the intake',
		'cycles.edit.title': 'Edit the {name} intake',
		'cycles.edit.submit': 'Save the intake',
		'cycles.field.name': 'Intake name',
		'cycles.field.nameHint': 'For example “Promotion 1 — 2016-2017”.',
		'cycles.field.description': 'Description',
		'cycles.field.descriptionHint': 'Optional. Separate paragraphs with an empty line.',
		'cycles.calendar.title': 'Calendar',
		'cycles.calendar.hint':
			'Paris dates and times. Leave both fields of a phase empty when it is not planned. Without an end date, a phase lasts until the next one starts.',
		'cycles.calendar.start': 'Start',
		'cycles.calendar.end': 'End',
		'cycles.calendar.fieldLabel': '{phase} — {which}',

		'programmes.error.invalid': 'The form has errors.',
		'programmes.error.nameRequired': 'Enter a name.',
		'programmes.error.nameLength': 'The name must be 2 to 200 characters long.',
		'programmes.error.slugFormat':
			'The address may only contain lowercase letters without accents, digits and dashes (80 characters at most).',
		'programmes.error.slugEmpty':
			'No address can be derived from this name: enter one (lowercase letters, digits and dashes).',
		'programmes.error.slugTaken':
			'This address already belongs to another programme. Choose another one.',
		'programmes.error.operatorsLength': 'Operators must fit in 500 characters.',
		'programmes.error.descriptionLength': 'The description must fit in 10,000 characters.',
		'programmes.error.dateRequired':
			'Enter the start date, or also clear the end date if the phase is not planned.',
		'programmes.error.dateFormat':
			'Invalid date: enter a date and a time (YYYY-MM-DD HH:MM, Paris time).',
		'programmes.error.phaseKind': 'Unknown phase.',
		'programmes.error.phases': 'The calendar must be a list of phases.',
		'programmes.error.duplicatePhase': 'This phase appears twice in the calendar.',
		'programmes.error.endBeforeStart': 'The end must come after the start.',
		'programmes.error.startsBefore.call_open':
			'This phase cannot start before the call for projects opens.',
		'programmes.error.startsBefore.call_closed':
			'This phase cannot start before the call for projects closes.',
		'programmes.error.startsBefore.shortlisting': 'This phase cannot start before shortlisting.',
		'programmes.error.startsBefore.selection_session':
			'This phase cannot start before the selection session.',
		'programmes.error.startsBefore.final_selection':
			'This phase cannot start before the final selection.',
		'programmes.error.startsBefore.roadmap_session':
			'This phase cannot start before the roadmap session.',
		'programmes.error.startsBefore.support_phase':
			'This phase cannot start before the support phase.',
		'programmes.error.calendar': 'The calendar has errors.',
		'programmes.error.cycleNameTaken': 'This programme already has an intake with this name.',
		'programmes.error.cursor': 'Unknown pagination cursor.',
		'programmes.error.logoEmpty': 'The logo file is empty.',
		'programmes.error.logoTooLarge': 'The logo exceeds 1 MB: make it smaller and try again.',
		'programmes.error.logoType':
			'This file is not a PNG, JPEG or WebP image (SVG is not accepted).',
		'programmes.error.forbiddenCreate': 'Only the platform team can create a programme.',
		'programmes.error.forbiddenManage': 'Only this programme’s team can change it.'
	}
});

/** The message key naming a phase, or the state of a cycle outside its phases. */
export function phaseMessageKey(phase: string): 'phase.none' | 'phase.over' | `phase.${PhaseName}` {
	if (phase === 'not_started') return 'phase.none';
	if (phase === 'over') return 'phase.over';
	return `phase.${phase as PhaseName}`;
}
type PhaseName =
	| 'call_open'
	| 'call_closed'
	| 'shortlisting'
	| 'selection_session'
	| 'final_selection'
	| 'roadmap_session'
	| 'support_phase'
	| 'closing';
