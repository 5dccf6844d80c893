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
		'email.role_granted.action': 'Ouvrir Transformateur'
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
		'email.role_granted.action': 'Open Transformateur'
	}
});
