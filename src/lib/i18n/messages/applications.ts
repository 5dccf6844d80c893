/**
 * Messages of applications and application forms: form definition checks, answer validation,
 * SIRET, organisations, eligibility, application statuses.
 */
import { defineMessages } from '../define.ts';

export default defineMessages({
	fr: {
		// Form definition checks
		'formCheck.duplicateSectionKey': 'Une autre section porte déjà cet identifiant.',
		'formCheck.duplicateQuestionKey':
			'Une autre question du formulaire porte déjà cet identifiant.',
		'formCheck.reservedQuestionKey':
			'Cet identifiant est réservé par la page de candidature (par exemple « action », « submit » ou « revision ») : choisissez-en un autre.',
		'formCheck.tooFewOptions': 'Une question à choix demande au moins deux options.',
		'formCheck.duplicateOptionValue': 'Deux options de cette question ont la même valeur.',
		'formCheck.optionsNotAllowed': 'Seules les questions à choix ont des options.',
		'formCheck.boundsNotAllowed': 'Seules les questions numériques ont un minimum et un maximum.',
		'formCheck.minAboveMax': 'Le minimum doit être inférieur ou égal au maximum.',
		'formCheck.maxLengthNotAllowed':
			'Seules les questions à réponse écrite ont une longueur maximale.',
		'formCheck.acceptNotAllowed': 'Seules les questions de type fichier acceptent des formats.',
		'formCheck.maxBytesNotAllowed': 'Seules les questions de type fichier ont une taille maximale.',
		'formCheck.unknownFileType':
			'Format de fichier non pris en charge (formats possibles : PDF, PNG, JPEG, WebP, ODT, DOCX, XLSX, ODS, PPTX, ODP, CSV, texte).',
		'formCheck.showIfSelf': 'Une question ne peut pas dépendre d’elle-même.',
		'formCheck.showIfUnknown': 'La question dont celle-ci dépend n’existe pas.',
		'formCheck.showIfNotEarlier':
			'Une question ne peut dépendre que d’une question placée avant elle dans le formulaire.',
		'formCheck.showIfKindNotAllowed':
			'Une question ne peut pas dépendre d’une date ou d’un fichier.',
		'formCheck.showIfValueMismatch':
			'La valeur attendue ne peut pas être une réponse à la question dont celle-ci dépend.',
		// Answers
		'formAnswer.notAnObject':
			'Les réponses doivent être un objet dont chaque clé est une question.',
		'formAnswer.notText': 'Cette réponse doit être un texte.',
		'formAnswer.tooLong': 'Ce texte compte {length} caractères ; {max} au plus sont acceptés.',
		'formAnswer.notAChoice': 'Choisissez une des options proposées.',
		'formAnswer.unknownOption': 'Cette réponse ne fait pas partie des options proposées.',
		'formAnswer.notAList': 'Cette réponse doit être une liste d’options.',
		'formAnswer.notANumber': 'Saisissez un nombre, par exemple 12 ou 3,5.',
		'formAnswer.belowMin': 'Saisissez un nombre supérieur ou égal à {min}.',
		'formAnswer.aboveMax': 'Saisissez un nombre inférieur ou égal à {max}.',
		'formAnswer.invalidDate': 'Saisissez une date valide, par exemple 31/12/2026.',
		'formAnswer.notYesNo': 'Répondez par oui ou par non.',
		'formAnswer.invalidFile': 'Ce fichier joint est introuvable ; déposez-le à nouveau.',
		'formAnswer.tooManyFiles': 'Vous pouvez joindre au plus {max} fichiers à cette question.',

		// SIREN, SIRET
		'siret.error.required': 'Saisissez le numéro SIRET de la structure.',
		'siret.error.format':
			'Le numéro SIRET ne contient que des chiffres (les espaces et les points sont acceptés).',
		'siret.error.length':
			'Un numéro SIRET compte 14 chiffres : les 9 du SIREN puis les 5 de l’établissement.',
		'siret.error.checkDigit':
			'Ce numéro SIRET n’existe pas : un chiffre est probablement mal recopié. Vérifiez-le sur votre extrait Kbis ou sur annuaire-entreprises.data.gouv.fr.',
		'siren.error.length': 'Un numéro SIREN compte 9 chiffres.',
		'siren.error.checkDigit':
			'Ce numéro SIREN n’existe pas : un chiffre est probablement mal recopié.',

		// Organisation
		'organisation.field.legalName': 'Raison sociale',
		'organisation.field.type': 'Type de structure',
		'organisation.field.siret': 'Numéro SIRET',
		'organisation.field.siretHint':
			'14 chiffres. Facultatif pour les associations, les organismes publics et les autres structures qui n’en ont pas.',
		'organisation.field.headcountBand': 'Effectif salarié',
		'organisation.field.postalCode': 'Code postal du siège',
		'organisation.field.postalCodeHint': 'Il sert à déterminer votre région.',
		'organisation.field.website': 'Site web',
		'organisation.type.startup': 'start-up',
		'organisation.type.freelancer': 'travailleur·se indépendant·e',
		'organisation.type.company': 'entreprise',
		'organisation.type.professional_organisation': 'organisation professionnelle',
		'organisation.type.association': 'association',
		'organisation.type.public_body': 'organisme public',
		'organisation.type.other': 'autre',
		'organisation.headcount.0': 'aucun·e salarié·e',
		'organisation.headcount.1-9': '1 à 9 salarié·es',
		'organisation.headcount.10-49': '10 à 49 salarié·es',
		'organisation.headcount.50-249': '50 à 249 salarié·es',
		'organisation.headcount.250-299': '250 à 299 salarié·es',
		'organisation.headcount.300-999': '300 à 999 salarié·es',
		'organisation.headcount.1000+': '1 000 salarié·es ou plus',
		'organisation.error.legalName': 'Saisissez la raison sociale (2 à 200 caractères).',
		'organisation.error.type': 'Choisissez le type de structure.',
		'organisation.error.headcountBand': 'Choisissez la tranche d’effectif.',
		'organisation.error.postalCode': 'Saisissez un code postal à 5 chiffres, par exemple 29200.',
		'organisation.error.postalCodeUnknown': 'Ce code postal n’existe pas en France.',
		'organisation.error.website':
			'Saisissez l’adresse du site, par exemple www.exemple.fr ou https://exemple.fr.',
		'organisation.error.siretRequired':
			'Le numéro SIRET est obligatoire pour ce type de structure.',

		// Eligibility rules (configuration)
		'eligibility.error.id': 'Identifiant de règle invalide (lettres minuscules, chiffres, - et _).',
		'eligibility.error.severity': 'Une règle est soit bloquante, soit à examiner.',
		'eligibility.error.message': 'Le message en français ne peut pas être vide.',
		'eligibility.error.allowed': 'Choisissez au moins une valeur acceptée.',
		'eligibility.error.region': 'Région inconnue.',
		'eligibility.error.question': 'Identifiant de question invalide.',
		'eligibility.error.kind': 'Type de règle inconnu.',
		'eligibility.error.rules': 'Les règles d’éligibilité doivent être une liste.',
		'eligibility.error.duplicateId': 'Deux règles portent le même identifiant.',
		'eligibility.check.unknownQuestion':
			'Cette règle porte sur une question absente du formulaire.',
		'eligibility.check.valueMismatch':
			'La valeur attendue ne peut pas être une réponse à cette question.',

		// Eligibility findings (default messages)
		'eligibility.organisationMissing':
			'Renseignez d’abord votre structure : l’éligibilité en dépend.',
		'eligibility.applicantType.blocking.startup':
			'Les start-up ne peuvent pas candidater à cet appel.',
		'eligibility.applicantType.blocking.freelancer':
			'Les travailleur·ses indépendant·es ne peuvent pas candidater à cet appel.',
		'eligibility.applicantType.blocking.company':
			'Les entreprises ne peuvent pas candidater à cet appel.',
		'eligibility.applicantType.blocking.professional_organisation':
			'Les organisations professionnelles ne peuvent pas candidater à cet appel.',
		'eligibility.applicantType.blocking.association':
			'Les associations ne peuvent pas candidater à cet appel.',
		'eligibility.applicantType.blocking.public_body':
			'Les organismes publics ne peuvent pas candidater à cet appel.',
		'eligibility.applicantType.blocking.other':
			'Seuls certains types de structures peuvent candidater à cet appel, et le vôtre n’en fait pas partie.',
		'eligibility.applicantType.review.startup':
			'Les start-up ne sont pas prévues par cet appel : l’équipe du programme examinera votre candidature.',
		'eligibility.applicantType.review.freelancer':
			'Les travailleur·ses indépendant·es ne sont pas prévu·es par cet appel : l’équipe du programme examinera votre candidature.',
		'eligibility.applicantType.review.company':
			'Les entreprises ne sont pas prévues par cet appel : l’équipe du programme examinera votre candidature.',
		'eligibility.applicantType.review.professional_organisation':
			'Les organisations professionnelles ne sont pas prévues par cet appel : l’équipe du programme examinera votre candidature.',
		'eligibility.applicantType.review.association':
			'Les associations ne sont pas prévues par cet appel : l’équipe du programme examinera votre candidature.',
		'eligibility.applicantType.review.public_body':
			'Les organismes publics ne sont pas prévus par cet appel : l’équipe du programme examinera votre candidature.',
		'eligibility.applicantType.review.other':
			'Votre type de structure n’est pas l’un de ceux prévus par cet appel : l’équipe du programme examinera votre candidature.',
		'eligibility.headcountBand.blocking':
			'Cet appel n’est pas ouvert aux structures dont l’effectif est de {band}.',
		'eligibility.headcountBand.review':
			'Votre effectif ({band}) n’est pas l’un de ceux prévus par cet appel : l’équipe du programme examinera votre candidature.',
		'eligibility.region.blocking':
			'Cet appel n’est pas ouvert aux structures de la région {region}.',
		'eligibility.region.review':
			'Votre région ({region}) n’est pas l’une de celles prévues par cet appel : l’équipe du programme examinera votre candidature.',
		'eligibility.regionUnknown.blocking':
			'Cet appel est réservé à certaines régions, et votre région n’a pas pu être déterminée à partir de votre code postal.',
		'eligibility.regionUnknown.review':
			'Votre région n’a pas pu être déterminée à partir de votre code postal : l’équipe du programme la vérifiera.',
		'eligibility.requiredAnswer.blocking':
			'Pour candidater à cet appel, répondez à la question « {question} ».',
		'eligibility.requiredAnswer.review':
			'Vous n’avez pas répondu à la question « {question} » : l’équipe du programme examinera ce point.',
		'eligibility.requiredAnswerValue.blocking':
			'Pour candidater à cet appel, la réponse à la question « {question} » doit être « {value} ».',
		'eligibility.requiredAnswerValue.review':
			'La réponse attendue à la question « {question} » est « {value} » : l’équipe du programme examinera ce point.',

		// Application statuses
		'applicationStatus.draft': 'brouillon',
		'applicationStatus.submitted': 'déposée',
		'applicationStatus.eligible': 'éligible',
		'applicationStatus.ineligible': 'non éligible',
		'applicationStatus.under_review': 'en cours d’examen',
		'applicationStatus.shortlisted': 'présélectionnée',
		'applicationStatus.waitlisted': 'sur liste d’attente',
		'applicationStatus.not_shortlisted': 'non présélectionnée',
		'applicationStatus.retained': 'retenue',
		'applicationStatus.not_retained': 'non retenue',
		'applicationStatus.merged': 'fusionnée',
		'applicationStatus.withdrawn': 'retirée',
		'applicationStatus.error.unknown': 'Statut de candidature inconnu.',
		'applicationStatus.error.same': 'La candidature a déjà ce statut.',
		'applicationStatus.error.notAllowed':
			'La candidature ne peut pas passer directement de son statut actuel à celui-ci.',
		'applicationStatus.error.teamOnly':
			'Seule l’équipe du programme peut donner ce statut à une candidature.',
		'applicationStatus.error.holderOnly':
			'Seul·es les porteur·ses du projet peuvent donner ce statut à leur candidature.',
		'applicationStatus.error.reasonRequired': 'Indiquez le motif de ce changement de statut.',
		'applicationStatus.error.reasonLength': 'Le motif ne peut pas dépasser 2 000 caractères.',
		// Applications (use cases)
		'applications.noReason': 'aucun motif donné',
		'applications.error.invalid':
			'Certaines informations ne sont pas valides : corrigez les champs signalés.',
		'applications.error.title': 'Le titre du projet compte au plus 200 caractères.',
		'applications.error.organisation':
			'Le profil de la structure doit être un objet (raison sociale, type, SIRET, effectif, code postal, site web).',
		'applications.error.revision': 'La révision doit être un nombre entier positif ou nul.',
		'applications.error.extension':
			'Saisissez la date et l’heure jusqu’auxquelles le dépôt reste possible.',
		'applications.error.extensionPast': 'La prolongation doit se terminer dans le futur.',
		'applications.error.inviteEmail':
			'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
		'applications.error.callFilter': 'L’appel doit être désigné par son identifiant (UUID).',
		'applications.error.statusFilter': 'Statut de candidature inconnu.',
		'applications.error.regionFilter':
			'La région doit être désignée par son code INSEE à deux chiffres (par exemple 11).',
		'applications.error.typeFilter': 'Type de structure inconnu.',
		'applications.error.query': 'La recherche compte au plus 200 caractères.',
		'applications.error.cursor':
			'Ce curseur de pagination n’est plus valable : reprenez depuis la première page.',
		'applications.error.forbidden':
			'Ce jeton ne permet pas de modifier les candidatures (portée applications:write).',
		'applications.error.holdersOnly':
			'Seul·es les porteur·ses du projet peuvent modifier cette candidature.',
		'applications.error.ownerOnly':
			'Seule la personne qui a créé la candidature peut inviter des co-porteur·ses.',
		'applications.error.teamOnly': 'Seule l’équipe du programme peut instruire cette candidature.',
		'applications.error.callNotOpen':
			'Cet appel à projets n’est pas ouvert aux candidatures en ce moment.',
		'applications.error.staleRevision':
			'Quelqu’un a enregistré ce dossier entre-temps : vos modifications n’ont pas été enregistrées. Comparez avec la dernière version avant d’enregistrer à nouveau.',
		'applications.error.notDraft':
			'Cette candidature a déjà été déposée ou retirée : elle ne peut plus être modifiée.',
		'applications.error.mergeThroughSynergies':
			'Une fusion se décide depuis les synergies des projets présélectionnés : elle désigne le projet qui continue.',
		'applications.error.statusChanged':
			'Le statut de cette candidature a changé entre-temps : rechargez la page.',
		'applications.error.deadlinePassed':
			'La date limite de dépôt de cet appel est passée : la candidature ne peut plus être déposée. Contactez l’équipe du programme si vous pensez qu’il s’agit d’une erreur.',
		'applications.error.incomplete':
			'La candidature est incomplète : complétez les champs signalés avant de la déposer.',
		'applications.error.answerRequired': 'Cette question est obligatoire.',
		'applications.error.organisationMissing':
			'Décrivez votre structure (raison sociale, type, effectif, code postal) avant de déposer.',
		'applications.error.ineligible': 'Cette candidature ne remplit pas les conditions de l’appel.',
		'applications.error.final': 'Cette candidature a été retirée : elle ne peut plus changer.',
		'applications.error.alreadyMember': 'Cette personne porte déjà cette candidature.',
		'applications.error.invitationInvalid':
			'Ce lien d’invitation n’est pas valable : il a expiré ou a déjà servi. Demandez une nouvelle invitation.',
		'applications.error.invitationOtherEmail':
			'Cette invitation a été envoyée à une autre adresse : connectez-vous avec l’adresse invitée.',
		// Attachments
		'applications.error.notFileQuestion':
			'Cette question n’existe pas dans le formulaire ou n’attend pas de fichier.',
		'applications.error.tooManyFiles': 'Cette question a déjà son nombre maximal de fichiers.',
		'applications.error.fileMissing': 'Choisissez un fichier à joindre.',
		'applications.error.multipartExpected':
			'Le corps doit être en multipart/form-data, avec les champs « question » et « file ».',
		'applications.error.multipartInvalid':
			'Le corps multipart/form-data est illisible ou dépasse la taille acceptée par le serveur.'
	},
	en: {
		'formCheck.duplicateSectionKey': 'Another section already has this identifier.',
		'formCheck.duplicateQuestionKey': 'Another question of the form already has this identifier.',
		'formCheck.reservedQuestionKey':
			'This identifier is reserved by the application page (for instance “action”, “submit” or “revision”): choose another one.',
		'formCheck.tooFewOptions': 'A choice question needs at least two options.',
		'formCheck.duplicateOptionValue': 'Two options of this question have the same value.',
		'formCheck.optionsNotAllowed': 'Only choice questions have options.',
		'formCheck.boundsNotAllowed': 'Only number questions have a minimum and a maximum.',
		'formCheck.minAboveMax': 'The minimum must be less than or equal to the maximum.',
		'formCheck.maxLengthNotAllowed': 'Only written-answer questions have a maximum length.',
		'formCheck.acceptNotAllowed': 'Only file questions accept file formats.',
		'formCheck.maxBytesNotAllowed': 'Only file questions have a maximum size.',
		'formCheck.unknownFileType':
			'File format not supported (possible formats: PDF, PNG, JPEG, WebP, ODT, DOCX, XLSX, ODS, PPTX, ODP, CSV, plain text).',
		'formCheck.showIfSelf': 'A question cannot depend on itself.',
		'formCheck.showIfUnknown': 'The question this one depends on does not exist.',
		'formCheck.showIfNotEarlier':
			'A question can only depend on a question placed before it in the form.',
		'formCheck.showIfKindNotAllowed': 'A question cannot depend on a date or a file.',
		'formCheck.showIfValueMismatch':
			'The expected value cannot be an answer to the question this one depends on.',
		'formAnswer.notAnObject': 'Answers must be an object whose keys are questions.',
		'formAnswer.notText': 'This answer must be a text.',
		'formAnswer.tooLong': 'This text has {length} characters; at most {max} are accepted.',
		'formAnswer.notAChoice': 'Choose one of the options.',
		'formAnswer.unknownOption': 'This answer is not one of the options.',
		'formAnswer.notAList': 'This answer must be a list of options.',
		'formAnswer.notANumber': 'Enter a number, for example 12 or 3.5.',
		'formAnswer.belowMin': 'Enter a number greater than or equal to {min}.',
		'formAnswer.aboveMax': 'Enter a number less than or equal to {max}.',
		'formAnswer.invalidDate': 'Enter a valid date, for example 2026-12-31.',
		'formAnswer.notYesNo': 'Answer yes or no.',
		'formAnswer.invalidFile': 'This attached file cannot be found; upload it again.',
		'formAnswer.tooManyFiles': 'You can attach at most {max} files to this question.',

		'siret.error.required': 'Enter the organisation’s SIRET number.',
		'siret.error.format': 'A SIRET number has digits only (spaces and dots are accepted).',
		'siret.error.length':
			'A SIRET number has 14 digits: the 9 of the SIREN, then the 5 of the establishment.',
		'siret.error.checkDigit':
			'This SIRET number does not exist: a digit was probably mistyped. Check it on your Kbis extract or on annuaire-entreprises.data.gouv.fr.',
		'siren.error.length': 'A SIREN number has 9 digits.',
		'siren.error.checkDigit': 'This SIREN number does not exist: a digit was probably mistyped.',

		'organisation.field.legalName': 'Legal name',
		'organisation.field.type': 'Type of organisation',
		'organisation.field.siret': 'SIRET number',
		'organisation.field.siretHint':
			'14 digits. Optional for associations, public bodies and other organisations that have none.',
		'organisation.field.headcountBand': 'Number of employees',
		'organisation.field.postalCode': 'Postal code of the head office',
		'organisation.field.postalCodeHint': 'It tells us your region.',
		'organisation.field.website': 'Website',
		'organisation.type.startup': 'start-up',
		'organisation.type.freelancer': 'freelancer',
		'organisation.type.company': 'company',
		'organisation.type.professional_organisation': 'professional organisation',
		'organisation.type.association': 'association',
		'organisation.type.public_body': 'public body',
		'organisation.type.other': 'other',
		'organisation.headcount.0': 'no employees',
		'organisation.headcount.1-9': '1 to 9 employees',
		'organisation.headcount.10-49': '10 to 49 employees',
		'organisation.headcount.50-249': '50 to 249 employees',
		'organisation.headcount.250-299': '250 to 299 employees',
		'organisation.headcount.300-999': '300 to 999 employees',
		'organisation.headcount.1000+': '1,000 employees or more',
		'organisation.error.legalName': 'Enter the legal name (2 to 200 characters).',
		'organisation.error.type': 'Choose the type of organisation.',
		'organisation.error.headcountBand': 'Choose the number of employees.',
		'organisation.error.postalCode': 'Enter a 5-digit postal code, for example 29200.',
		'organisation.error.postalCodeUnknown': 'This postal code does not exist in France.',
		'organisation.error.website':
			'Enter the website’s address, for example www.example.fr or https://example.fr.',
		'organisation.error.siretRequired':
			'The SIRET number is required for this type of organisation.',

		'eligibility.error.id': 'Invalid rule identifier (lowercase letters, digits, - and _).',
		'eligibility.error.severity': 'A rule is either blocking or to review.',
		'eligibility.error.message': 'The French message cannot be empty.',
		'eligibility.error.allowed': 'Choose at least one accepted value.',
		'eligibility.error.region': 'Unknown region.',
		'eligibility.error.question': 'Invalid question identifier.',
		'eligibility.error.kind': 'Unknown type of rule.',
		'eligibility.error.rules': 'Eligibility rules must be a list.',
		'eligibility.error.duplicateId': 'Two rules have the same identifier.',
		'eligibility.check.unknownQuestion': 'This rule is about a question that is not in the form.',
		'eligibility.check.valueMismatch': 'The expected value cannot be an answer to this question.',

		'eligibility.organisationMissing':
			'First fill in your organisation: eligibility depends on it.',
		'eligibility.applicantType.blocking.startup': 'Start-ups cannot apply to this call.',
		'eligibility.applicantType.blocking.freelancer': 'Freelancers cannot apply to this call.',
		'eligibility.applicantType.blocking.company': 'Companies cannot apply to this call.',
		'eligibility.applicantType.blocking.professional_organisation':
			'Professional organisations cannot apply to this call.',
		'eligibility.applicantType.blocking.association': 'Associations cannot apply to this call.',
		'eligibility.applicantType.blocking.public_body': 'Public bodies cannot apply to this call.',
		'eligibility.applicantType.blocking.other':
			'Only some types of organisation can apply to this call, and yours is not one of them.',
		'eligibility.applicantType.review.startup':
			'This call does not plan for start-ups: the programme team will look at your application.',
		'eligibility.applicantType.review.freelancer':
			'This call does not plan for freelancers: the programme team will look at your application.',
		'eligibility.applicantType.review.company':
			'This call does not plan for companies: the programme team will look at your application.',
		'eligibility.applicantType.review.professional_organisation':
			'This call does not plan for professional organisations: the programme team will look at your application.',
		'eligibility.applicantType.review.association':
			'This call does not plan for associations: the programme team will look at your application.',
		'eligibility.applicantType.review.public_body':
			'This call does not plan for public bodies: the programme team will look at your application.',
		'eligibility.applicantType.review.other':
			'Your type of organisation is not one this call plans for: the programme team will look at your application.',
		'eligibility.headcountBand.blocking': 'This call is not open to organisations with {band}.',
		'eligibility.headcountBand.review':
			'Your headcount ({band}) is not one this call plans for: the programme team will look at your application.',
		'eligibility.region.blocking': 'This call is not open to organisations in the region {region}.',
		'eligibility.region.review':
			'Your region ({region}) is not one this call plans for: the programme team will look at your application.',
		'eligibility.regionUnknown.blocking':
			'This call is for some regions only, and your region could not be found from your postal code.',
		'eligibility.regionUnknown.review':
			'Your region could not be found from your postal code: the programme team will check it.',
		'eligibility.requiredAnswer.blocking':
			'To apply to this call, answer the question “{question}”.',
		'eligibility.requiredAnswer.review':
			'You have not answered the question “{question}”: the programme team will look at this.',
		'eligibility.requiredAnswerValue.blocking':
			'To apply to this call, the answer to the question “{question}” must be “{value}”.',
		'eligibility.requiredAnswerValue.review':
			'The expected answer to the question “{question}” is “{value}”: the programme team will look at this.',

		'applicationStatus.draft': 'draft',
		'applicationStatus.submitted': 'submitted',
		'applicationStatus.eligible': 'eligible',
		'applicationStatus.ineligible': 'ineligible',
		'applicationStatus.under_review': 'under review',
		'applicationStatus.shortlisted': 'shortlisted',
		'applicationStatus.waitlisted': 'on the waiting list',
		'applicationStatus.not_shortlisted': 'not shortlisted',
		'applicationStatus.retained': 'retained',
		'applicationStatus.not_retained': 'not retained',
		'applicationStatus.merged': 'merged',
		'applicationStatus.withdrawn': 'withdrawn',
		'applicationStatus.error.unknown': 'Unknown application status.',
		'applicationStatus.error.same': 'The application already has this status.',
		'applicationStatus.error.notAllowed':
			'The application cannot go directly from its current status to this one.',
		'applicationStatus.error.teamOnly':
			'Only the programme team can give an application this status.',
		'applicationStatus.error.holderOnly':
			'Only the project’s holders can give their application this status.',
		'applicationStatus.error.reasonRequired': 'Give the reason for this change of status.',
		'applicationStatus.error.reasonLength': 'The reason cannot be longer than 2,000 characters.',
		// Applications (use cases)
		'applications.noReason': 'no reason given',
		'applications.error.invalid': 'Some information is not valid: correct the fields shown.',
		'applications.error.title': 'The project title is at most 200 characters long.',
		'applications.error.organisation':
			'The organisation profile must be an object (legal name, type, SIRET, headcount, postal code, website).',
		'applications.error.revision': 'The revision must be a whole number, zero or more.',
		'applications.error.extension':
			'Enter the date and time until which submission remains possible.',
		'applications.error.extensionPast': 'The extension must end in the future.',
		'applications.error.inviteEmail': 'Enter a valid e-mail address, for example name@example.org.',
		'applications.error.callFilter': 'The call must be given by its id (UUID).',
		'applications.error.statusFilter': 'Unknown application status.',
		'applications.error.regionFilter':
			'The region must be given by its two-digit INSEE code (for example 11).',
		'applications.error.typeFilter': 'Unknown type of organisation.',
		'applications.error.query': 'The search is at most 200 characters long.',
		'applications.error.cursor':
			'This pagination cursor is no longer valid: start again from the first page.',
		'applications.error.forbidden':
			'This token does not allow changing applications (scope applications:write).',
		'applications.error.holdersOnly': 'Only the project’s holders can change this application.',
		'applications.error.ownerOnly':
			'Only the person who created the application can invite co-holders.',
		'applications.error.teamOnly': 'Only the programme team can screen this application.',
		'applications.error.callNotOpen':
			'This call for projects is not open to applications at the moment.',
		'applications.error.staleRevision':
			'Someone saved this application in the meantime: your changes were not saved. Compare with the latest version before saving again.',
		'applications.error.notDraft':
			'This application has already been submitted or withdrawn: it can no longer be changed.',
		'applications.error.mergeThroughSynergies':
			'A merger is decided from the synergies of the shortlisted projects: it names the project that continues.',
		'applications.error.statusChanged':
			'The status of this application changed in the meantime: reload the page.',
		'applications.error.deadlinePassed':
			'The deadline of this call has passed: the application can no longer be submitted. Contact the programme team if you think this is a mistake.',
		'applications.error.incomplete':
			'The application is incomplete: fill in the fields shown before submitting it.',
		'applications.error.answerRequired': 'This question is required.',
		'applications.error.organisationMissing':
			'Describe your organisation (legal name, type, headcount, postal code) before submitting.',
		'applications.error.ineligible': 'This application does not meet the conditions of the call.',
		'applications.error.final': 'This application was withdrawn: it can no longer change.',
		'applications.error.alreadyMember': 'This person already holds this application.',
		'applications.error.invitationInvalid':
			'This invitation link is not valid: it has expired or was already used. Ask for a new invitation.',
		'applications.error.invitationOtherEmail':
			'This invitation was sent to another address: log in with the invited address.',
		// Attachments
		'applications.error.notFileQuestion':
			'This question does not exist in the form or does not expect a file.',
		'applications.error.tooManyFiles': 'This question already has its maximum number of files.',
		'applications.error.fileMissing': 'Choose a file to attach.',
		'applications.error.multipartExpected':
			'The body must be multipart/form-data, with the fields “question” and “file”.',
		'applications.error.multipartInvalid':
			'The multipart/form-data body cannot be read or exceeds the size the server accepts.'
	}
});
