import { defineMessages } from '../define.ts';

export default defineMessages({
	fr: {
		'email.greeting': 'Bonjour {name},',
		'email.greetingAnonymous': 'Bonjour,',
		'email.footer':
			'Transformateur — cet e-mail vous a été envoyé automatiquement. Si vous n’êtes pas à l’origine de cette demande, ignorez-le.',
		'email.verify_email.subject': 'Confirmez votre adresse e-mail',
		'email.verify_email.body':
			'Pour activer votre compte Transformateur, confirmez votre adresse e-mail. Ce lien est valable 24 heures.',
		'email.verify_email.action': 'Confirmer mon adresse',
		'email.magic_link.subject': 'Votre lien de connexion',
		'email.magic_link.body':
			'Voici votre lien de connexion à Transformateur. Il est valable 15 minutes et ne sert qu’une fois.',
		'email.magic_link.action': 'Me connecter',
		'email.reset_password.subject': 'Réinitialisation de votre mot de passe',
		'email.reset_password.body':
			'Une réinitialisation du mot de passe de votre compte a été demandée. Ce lien est valable une heure et ne sert qu’une fois.',
		'email.reset_password.action': 'Choisir un nouveau mot de passe',
		'email.account_exists.subject': 'Vous avez déjà un compte',
		'email.account_exists.body':
			'Quelqu’un (vous, sans doute) a voulu créer un compte avec cette adresse, mais elle en a déjà un. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié : {resetUrl}',
		'email.account_exists.action': 'Me connecter',
		'email.role_granted.subject': 'Nouveau rôle : {role} — {programme}',
		'email.role_granted.body':
			'Vous avez désormais le rôle « {role} » dans le programme {programme}.',
		'email.role_granted.action': 'Ouvrir Transformateur',
		'email.application_receipt.subject': 'Candidature déposée : {reference}',
		'email.application_receipt.body':
			'Votre candidature « {title} » à l’appel « {call} » a bien été déposée le {submittedAt} (heure de Paris).\n\nSon numéro de dossier est {reference} : rappelez-le dans vos échanges avec l’équipe du programme.',
		'email.application_receipt.action': 'Voir ma candidature',
		'email.application_status_changed.subject': 'Candidature {reference} : {status}',
		'email.application_status_changed.body':
			'Le statut de votre candidature « {title} » ({reference}) à l’appel « {call} » est désormais : {status}.\n\nMotif : {reason}',
		'email.application_status_changed.action': 'Voir ma candidature',
		'email.coholder_invitation.subject': 'Invitation à co-porter une candidature',
		'email.coholder_invitation.body':
			'{inviter} vous invite à travailler avec elle ou lui sur la candidature « {title} » à l’appel « {call} ». Connectez-vous (ou créez votre compte) avec cette adresse, puis ouvrez ce lien ; il est valable 14 jours.',
		'email.coholder_invitation.action': 'Rejoindre la candidature'
	},
	en: {
		'email.greeting': 'Hello {name},',
		'email.greetingAnonymous': 'Hello,',
		'email.footer':
			'Transformateur — this e-mail was sent automatically. If you did not ask for it, ignore it.',
		'email.verify_email.subject': 'Confirm your e-mail address',
		'email.verify_email.body':
			'To activate your Transformateur account, confirm your e-mail address. This link is valid for 24 hours.',
		'email.verify_email.action': 'Confirm my address',
		'email.magic_link.subject': 'Your login link',
		'email.magic_link.body':
			'Here is your login link to Transformateur. It is valid for 15 minutes and works only once.',
		'email.magic_link.action': 'Log me in',
		'email.reset_password.subject': 'Resetting your password',
		'email.reset_password.body':
			'A password reset was requested for your account. This link is valid for one hour and works only once.',
		'email.reset_password.action': 'Choose a new password',
		'email.account_exists.subject': 'You already have an account',
		'email.account_exists.body':
			'Someone (probably you) tried to create an account with this address, but it already has one. Log in, or reset your password if you forgot it: {resetUrl}',
		'email.account_exists.action': 'Log in',
		'email.role_granted.subject': 'New role: {role} — {programme}',
		'email.role_granted.body': 'You now hold the role “{role}” in the programme {programme}.',
		'email.role_granted.action': 'Open Transformateur',
		'email.application_receipt.subject': 'Application submitted: {reference}',
		'email.application_receipt.body':
			'Your application “{title}” to the call “{call}” was submitted on {submittedAt} (Paris time).\n\nIts reference is {reference}: quote it when you write to the programme team.',
		'email.application_receipt.action': 'See my application',
		'email.application_status_changed.subject': 'Application {reference}: {status}',
		'email.application_status_changed.body':
			'The status of your application “{title}” ({reference}) to the call “{call}” is now: {status}.\n\nReason: {reason}',
		'email.application_status_changed.action': 'See my application',
		'email.coholder_invitation.subject': 'Invitation to co-hold an application',
		'email.coholder_invitation.body':
			'{inviter} invites you to work with them on the application “{title}” to the call “{call}”. Log in (or sign up) with this address, then open this link; it is valid for 14 days.',
		'email.coholder_invitation.action': 'Join the application'
	}
});
