import { defineMessages } from '../define.ts';

/** The project holder's pages: applying to a call, the draft, the receipt. */
export default defineMessages({
	fr: {
		'holder.nav': 'Mes candidatures',
		'holder.apply.title': 'Candidater',
		'holder.apply.button': 'Candidater',
		'holder.apply.resume': 'Reprendre ma candidature',
		'holder.apply.intro':
			'Votre brouillon s’enregistre au fur et à mesure : vous pourrez le reprendre à tout moment avant la clôture.',
		'holder.apply.login':
			'Il faut être connecté·e : vous serez invité·e à vous connecter ou à créer un compte.',

		'holder.list.title': 'Mes candidatures',
		'holder.list.empty':
			'Vous n’avez encore aucune candidature. Les appels à projets ouverts sont présentés sur la page d’accueil.',
		'holder.list.caption': 'Vos candidatures, les plus récentes d’abord',
		'holder.list.call': 'Appel',
		'holder.list.reference': 'Numéro de dossier',
		'holder.list.status': 'Statut',
		'holder.list.updated': 'Dernier enregistrement',
		'holder.list.submitted': 'Déposée le',
		'holder.list.notSubmitted': 'non déposée',
		'holder.list.open': 'Ouvrir',
		'holder.list.openLabel': 'Ouvrir la candidature {reference}',

		'holder.edit.title': 'Candidature {reference}',
		'holder.edit.back': 'Retour à mes candidatures',
		'holder.edit.call': 'Appel : {call}',
		'holder.edit.status': 'Statut : {status}',
		'holder.edit.lastSaved': 'Dernier enregistrement : {date}',
		'holder.edit.intro':
			'Les champs marqués « obligatoire » doivent être remplis avant le dépôt. Enregistrez votre brouillon aussi souvent que vous le souhaitez.',
		'holder.edit.started':
			'Votre brouillon est créé. Enregistrez-le quand vous voulez : rien n’est perdu.',
		'holder.edit.saved': 'Le brouillon a été enregistré.',
		'holder.edit.withdrawn': 'Votre candidature a été retirée.',
		'holder.edit.conflictKept':
			'Votre saisie est conservée ci-dessous. Vérifiez-la, puis enregistrez à nouveau pour remplacer la version enregistrée par l’autre personne.',
		'holder.edit.save': 'Enregistrer le brouillon',
		'holder.edit.formLabel': 'Formulaire de candidature',

		'holder.org.title': 'Votre structure',
		'holder.org.choose': 'Choisissez…',
		'holder.org.siretHint':
			'14 chiffres ; obligatoire pour les start-up, les indépendant·es, les entreprises et les organisations professionnelles.',
		'holder.org.websiteHint': 'Par exemple : www.exemple.fr',
		'holder.org.region': 'Région : {region}',
		'holder.org.regionLater': 'La région sera déduite du code postal après l’enregistrement.',
		'holder.org.regionUnknown': 'Aucune région ne correspond à ce code postal.',

		'holder.q.maxLength': '{max} caractères au plus.',
		'holder.q.counter': '{count} caractères sur {max}.',
		'holder.q.min': 'Au moins {min}.',
		'holder.q.max': 'Au plus {max}.',
		'holder.q.bounds': 'Entre {min} et {max}.',
		'holder.q.yes': 'Oui',
		'holder.q.no': 'Non',
		'holder.q.condition': 'Question affichée si « {question} » vaut « {value} ».',
		'holder.q.hidden': '« {label} » : question affichée si « {question} » vaut « {value} ».',
		'holder.q.hiddenNoScript': 'Elle apparaîtra après l’enregistrement du brouillon.',
		'holder.q.files': 'Pièces jointes déjà ajoutées',
		'holder.q.noFiles': 'Aucune pièce jointe pour l’instant.',
		'holder.q.fileRules': 'Formats acceptés : {types}. Taille maximale : {max} par fichier.',
		'holder.q.fileInput': 'Fichier à joindre',
		'holder.q.fileHint':
			'Choisissez un fichier puis « Joindre » : le brouillon est enregistré en même temps.',
		'holder.q.attach': 'Joindre',
		'holder.q.attachTo': 'à « {label} »',
		'holder.q.remove': 'Retirer',
		'holder.q.removeFile': 'le fichier {name}',
		'holder.q.fileSize': '({size})',
		'holder.q.noAnswer': 'sans réponse',

		'holder.missing.title': 'Ce qu’il manque',
		'holder.missing.intro': 'Avant de déposer votre candidature, complétez :',
		'holder.missing.none': 'Rien ne manque : vous pouvez déposer votre candidature.',
		'holder.missing.organisation': 'le profil de votre structure (« Votre structure »)',
		'holder.missing.answer': '{label} (section « {section} »)',

		'holder.eligibility.title': 'Conditions de l’appel',
		'holder.eligibility.blocking': 'Bloquant : {text}',
		'holder.eligibility.review': 'À examiner par l’équipe : {text}',
		'holder.eligibility.none': 'Aucune remarque sur les conditions de l’appel pour l’instant.',

		'holder.autosave.saving': 'Enregistrement…',
		'holder.autosave.saved': 'Enregistré à {time}',
		'holder.autosave.savedExceptOrganisation':
			'Réponses enregistrées à {time}, mais pas encore « Votre structure » : {reason}',
		'holder.autosave.failed': 'Non enregistré : {reason}',
		'holder.autosave.conflict':
			'Non enregistré : quelqu’un a enregistré ce dossier entre-temps. L’enregistrement automatique est suspendu et votre saisie est conservée sur cette page. Cliquez sur « Enregistrer le brouillon » : rien ne sera remplacé sans que vous l’ayez confirmé.',
		'holder.autosave.network':
			'le serveur ne répond pas. Nouvel essai à votre prochaine modification.',
		'holder.autosave.session':
			'vous n’êtes plus connecté·e. Reconnectez-vous dans un autre onglet, puis modifiez un champ pour réessayer.',
		'holder.autosave.hint':
			'Votre brouillon s’enregistre aussi automatiquement pendant que vous écrivez (sauf les fichiers).',
		'holder.autosave.leave':
			'Des modifications ne sont pas encore enregistrées. Quitter la page quand même ?',

		'holder.files.attached': 'Le fichier a été joint et le brouillon enregistré.',
		'holder.files.removed': 'Le fichier a été retiré et le brouillon enregistré.',

		'holder.holders.title': 'Porteurs du projet',
		'holder.holders.owner': 'à l’origine de la candidature',
		'holder.holders.coholder': 'co-porteur·se',
		'holder.holders.member': '{name} ({email}), {role}',
		'holder.holders.memberNoName': '{email}, {role}',
		'holder.holders.you': '(vous)',
		'holder.holders.pendingTitle': 'Invitations en attente',
		'holder.holders.pending': '{email}, invitation valable jusqu’au {date}',
		'holder.holders.inviteTitle': 'Inviter un·e co-porteur·se',
		'holder.holders.inviteIntro':
			'La personne reçoit par e-mail un lien valable 14 jours. Elle se connecte (ou crée son compte) avec cette adresse, puis rejoint la candidature : elle pourra la compléter et la déposer avec vous.',
		'holder.holders.email': 'Adresse e-mail de la personne à inviter',
		'holder.holders.invite': 'Envoyer l’invitation',
		'holder.holders.ownerOnly':
			'Seule la personne à l’origine de la candidature peut inviter des co-porteur·ses.',
		'holder.holders.invited':
			'L’invitation a été envoyée. La personne apparaîtra parmi les porteurs du projet quand elle l’aura acceptée.',
		'holder.holders.joined':
			'Vous avez rejoint cette candidature : vous pouvez désormais la compléter avec les autres porteurs du projet.',

		'holder.invitation.title': 'Invitation à co-porter une candidature',
		'holder.invitation.intro':
			'Vous êtes invité·e à travailler sur la candidature {reference} « {title} » à l’appel « {call} ».',
		'holder.invitation.introUntitled':
			'Vous êtes invité·e à travailler sur la candidature {reference} à l’appel « {call} ».',
		'holder.invitation.explain':
			'En la rejoignant, vous pourrez la compléter, y joindre des pièces et la déposer avec les autres porteurs du projet.',
		'holder.invitation.join': 'Rejoindre la candidature',
		'holder.invitation.loggedInAs': 'Vous êtes connecté·e avec l’adresse {email}.',
		'holder.invitation.mine': 'Voir mes candidatures',

		'holder.submit.title': 'Déposer ma candidature',
		'holder.submit.intro':
			'Le dépôt enregistre d’abord vos dernières modifications. Une fois déposée, votre candidature ne peut plus être modifiée.',
		'holder.submit.button': 'Déposer ma candidature',

		'holder.view.submittedAt': 'Déposée le {date} (heure de Paris).',
		'holder.view.withdrawnAt': 'Retirée le {date} (heure de Paris).',
		'holder.view.receipt': 'Voir l’accusé de réception',
		'holder.view.answers': 'Vos réponses',

		'holder.withdraw.title': 'Retirer ma candidature',
		'holder.withdraw.intro':
			'Le retrait est définitif : la candidature ne pourra plus être modifiée ni déposée, et l’équipe du programme en sera informée.',
		'holder.withdraw.reason': 'Motif du retrait',
		'holder.withdraw.reasonHint': 'Obligatoire. Il est transmis à l’équipe du programme.',
		'holder.withdraw.button': 'Retirer définitivement ma candidature',

		'holder.receipt.title': 'Accusé de réception',
		'holder.receipt.intro': 'Votre candidature a bien été déposée.',
		'holder.receipt.reference': 'Numéro de dossier',
		'holder.receipt.call': 'Appel à projets',
		'holder.receipt.submittedAt': 'Date et heure du dépôt',
		'holder.receipt.paris': '{date} (heure de Paris)',
		'holder.receipt.organisation': 'Structure',
		'holder.receipt.status': 'Statut',
		'holder.receipt.email':
			'Un accusé de réception a aussi été envoyé par e-mail. Rappelez le numéro de dossier dans vos échanges avec l’équipe du programme.',
		'holder.receipt.print': 'Imprimer',
		'holder.receipt.printHint':
			'Utilisez la fonction d’impression de votre navigateur pour en garder une copie.',
		'holder.receipt.back': 'Retour à la candidature'
	},
	en: {
		'holder.nav': 'My applications',
		'holder.apply.title': 'Apply',
		'holder.apply.button': 'Apply',
		'holder.apply.resume': 'Resume my application',
		'holder.apply.intro':
			'Your draft is saved as you go: you can come back to it at any time before the deadline.',
		'holder.apply.login':
			'You need to be logged in: you will be asked to log in or to create an account.',

		'holder.list.title': 'My applications',
		'holder.list.empty':
			'You have no application yet. The open calls for projects are on the home page.',
		'holder.list.caption': 'Your applications, most recent first',
		'holder.list.call': 'Call',
		'holder.list.reference': 'Reference',
		'holder.list.status': 'Status',
		'holder.list.updated': 'Last saved',
		'holder.list.submitted': 'Submitted on',
		'holder.list.notSubmitted': 'not submitted',
		'holder.list.open': 'Open',
		'holder.list.openLabel': 'Open application {reference}',

		'holder.edit.title': 'Application {reference}',
		'holder.edit.back': 'Back to my applications',
		'holder.edit.call': 'Call: {call}',
		'holder.edit.status': 'Status: {status}',
		'holder.edit.lastSaved': 'Last saved: {date}',
		'holder.edit.intro':
			'Fields marked “required” must be filled in before submission. Save your draft as often as you like.',
		'holder.edit.started': 'Your draft is created. Save it whenever you like: nothing is lost.',
		'holder.edit.saved': 'The draft has been saved.',
		'holder.edit.withdrawn': 'Your application has been withdrawn.',
		'holder.edit.conflictKept':
			'What you typed is kept below. Check it, then save again to replace the version the other person saved.',
		'holder.edit.save': 'Save the draft',
		'holder.edit.formLabel': 'Application form',

		'holder.org.title': 'Your organisation',
		'holder.org.choose': 'Choose…',
		'holder.org.siretHint':
			'14 digits; required for start-ups, freelancers, companies and professional organisations.',
		'holder.org.websiteHint': 'For example: www.example.com',
		'holder.org.region': 'Region: {region}',
		'holder.org.regionLater': 'The region will be derived from the postal code once saved.',
		'holder.org.regionUnknown': 'No region matches this postal code.',

		'holder.q.maxLength': '{max} characters at most.',
		'holder.q.counter': '{count} characters out of {max}.',
		'holder.q.min': 'At least {min}.',
		'holder.q.max': 'At most {max}.',
		'holder.q.bounds': 'Between {min} and {max}.',
		'holder.q.yes': 'Yes',
		'holder.q.no': 'No',
		'holder.q.condition': 'Question shown if “{question}” is “{value}”.',
		'holder.q.hidden': '“{label}”: question shown if “{question}” is “{value}”.',
		'holder.q.hiddenNoScript': 'It will appear once the draft is saved.',
		'holder.q.files': 'Attachments already added',
		'holder.q.noFiles': 'No attachment yet.',
		'holder.q.fileRules': 'Accepted formats: {types}. Maximum size: {max} per file.',
		'holder.q.fileInput': 'File to attach',
		'holder.q.fileHint': 'Choose a file, then “Attach”: the draft is saved at the same time.',
		'holder.q.attach': 'Attach',
		'holder.q.attachTo': 'to “{label}”',
		'holder.q.remove': 'Remove',
		'holder.q.removeFile': 'the file {name}',
		'holder.q.fileSize': '({size})',
		'holder.q.noAnswer': 'no answer',

		'holder.missing.title': 'What is missing',
		'holder.missing.intro': 'Before submitting your application, fill in:',
		'holder.missing.none': 'Nothing is missing: you can submit your application.',
		'holder.missing.organisation': 'your organisation’s profile (“Your organisation”)',
		'holder.missing.answer': '{label} (section “{section}”)',

		'holder.eligibility.title': 'Conditions of the call',
		'holder.eligibility.blocking': 'Blocking: {text}',
		'holder.eligibility.review': 'To be reviewed by the team: {text}',
		'holder.eligibility.none': 'No remark on the conditions of the call so far.',

		'holder.autosave.saving': 'Saving…',
		'holder.autosave.saved': 'Saved at {time}',
		'holder.autosave.savedExceptOrganisation':
			'Answers saved at {time}, but not “Your organisation” yet: {reason}',
		'holder.autosave.failed': 'Not saved: {reason}',
		'holder.autosave.conflict':
			'Not saved: someone saved this application in the meantime. Automatic saving is paused and what you typed is kept on this page. Click “Save the draft”: nothing will be replaced until you confirm it.',
		'holder.autosave.network': 'the server does not answer. It will try again at your next change.',
		'holder.autosave.session':
			'you are no longer logged in. Log in again in another tab, then change a field to try again.',
		'holder.autosave.hint': 'Your draft is also saved automatically as you type (except files).',
		'holder.autosave.leave': 'Some changes are not saved yet. Leave the page anyway?',

		'holder.files.attached': 'The file has been attached and the draft saved.',
		'holder.files.removed': 'The file has been removed and the draft saved.',

		'holder.holders.title': 'Project holders',
		'holder.holders.owner': 'started the application',
		'holder.holders.coholder': 'co-holder',
		'holder.holders.member': '{name} ({email}), {role}',
		'holder.holders.memberNoName': '{email}, {role}',
		'holder.holders.you': '(you)',
		'holder.holders.pendingTitle': 'Pending invitations',
		'holder.holders.pending': '{email}, invitation valid until {date}',
		'holder.holders.inviteTitle': 'Invite a co-holder',
		'holder.holders.inviteIntro':
			'They receive by e-mail a link valid for 14 days. They log in (or create their account) with that address, then join the application: they can fill it in and submit it with you.',
		'holder.holders.email': 'E-mail address of the person to invite',
		'holder.holders.invite': 'Send the invitation',
		'holder.holders.ownerOnly':
			'Only the person who started the application can invite co-holders.',
		'holder.holders.invited':
			'The invitation has been sent. The person will appear among the project holders once they accept it.',
		'holder.holders.joined':
			'You have joined this application: you can now fill it in with the other project holders.',

		'holder.invitation.title': 'Invitation to co-hold an application',
		'holder.invitation.intro':
			'You are invited to work on application {reference} “{title}” to the call “{call}”.',
		'holder.invitation.introUntitled':
			'You are invited to work on application {reference} to the call “{call}”.',
		'holder.invitation.explain':
			'Once you join, you can fill it in, attach files and submit it with the other project holders.',
		'holder.invitation.join': 'Join the application',
		'holder.invitation.loggedInAs': 'You are logged in as {email}.',
		'holder.invitation.mine': 'See my applications',

		'holder.submit.title': 'Submit my application',
		'holder.submit.intro':
			'Submitting first saves your latest changes. Once submitted, your application can no longer be changed.',
		'holder.submit.button': 'Submit my application',

		'holder.view.submittedAt': 'Submitted on {date} (Paris time).',
		'holder.view.withdrawnAt': 'Withdrawn on {date} (Paris time).',
		'holder.view.receipt': 'See the receipt',
		'holder.view.answers': 'Your answers',

		'holder.withdraw.title': 'Withdraw my application',
		'holder.withdraw.intro':
			'Withdrawal is final: the application can no longer be changed or submitted, and the programme team will be told.',
		'holder.withdraw.reason': 'Reason for withdrawing',
		'holder.withdraw.reasonHint': 'Required. It is passed on to the programme team.',
		'holder.withdraw.button': 'Withdraw my application for good',

		'holder.receipt.title': 'Receipt',
		'holder.receipt.intro': 'Your application has been submitted.',
		'holder.receipt.reference': 'Reference',
		'holder.receipt.call': 'Call for projects',
		'holder.receipt.submittedAt': 'Date and time of submission',
		'holder.receipt.paris': '{date} (Paris time)',
		'holder.receipt.organisation': 'Organisation',
		'holder.receipt.status': 'Status',
		'holder.receipt.email':
			'A receipt has also been sent by e-mail. Quote the reference when writing to the programme team.',
		'holder.receipt.print': 'Print',
		'holder.receipt.printHint': 'Use your browser’s print function to keep a copy.',
		'holder.receipt.back': 'Back to the application'
	}
});
