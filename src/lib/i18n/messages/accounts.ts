import { defineMessages } from '../define.ts';

export default defineMessages({
	fr: {
		'accounts.validation.emailRequired': 'Saisissez votre adresse e-mail.',
		'accounts.validation.emailInvalid':
			'Saisissez une adresse e-mail valide, au format nom@exemple.fr.',
		'accounts.validation.passwordRequired': 'Saisissez le mot de passe.',
		'accounts.validation.passwordTooShort': 'Le mot de passe doit compter au moins 12 caractères.',
		'accounts.validation.passwordTooLong': 'Le mot de passe doit compter au plus 200 caractères.',
		'accounts.validation.passwordConfirmationRequired': 'Saisissez à nouveau le mot de passe.',
		'accounts.validation.passwordsDiffer': 'Les deux mots de passe ne sont pas identiques.',
		'accounts.validation.nameRequired': 'Saisissez votre nom.',
		'accounts.validation.nameTooLong': 'Le nom doit compter au plus 200 caractères.',
		'accounts.validation.localeInvalid': 'Choisissez le français ou l’anglais.',
		'accounts.validation.consentRequired':
			'Cochez la case pour accepter le traitement de vos données personnelles.',
		'accounts.validation.scopeInvalid': 'Une des portées choisies n’existe pas.',
		'accounts.validation.tokenNameRequired': 'Donnez un nom au jeton.',
		'accounts.validation.tokenNameTooLong': 'Le nom du jeton doit compter au plus 100 caractères.',
		'accounts.validation.idInvalid': 'Élément introuvable.',

		'accounts.login.failed': 'Adresse e-mail ou mot de passe incorrect.',
		'accounts.login.unverified':
			'Votre adresse e-mail n’est pas encore confirmée. Nous venons de vous envoyer un nouveau lien de confirmation : ouvrez-le, puis connectez-vous.',
		'accounts.link.invalid': 'Ce lien n’est plus valable : il a expiré ou a déjà servi.',
		'accounts.password.wrongCurrent': 'Le mot de passe actuel est incorrect.',

		'accounts.field.email': 'Adresse e-mail',
		'accounts.field.emailHint': 'Format attendu : nom@exemple.fr',
		'accounts.field.password': 'Mot de passe',
		'accounts.field.newPasswordHint':
			'Entre 12 et 200 caractères. Une phrase facile à retenir fait un bon mot de passe.',
		'accounts.field.name': 'Prénom et nom',
		'accounts.inboxTitle': 'Vérifiez votre boîte de réception',
		'accounts.spamHint':
			'Le message peut mettre quelques minutes à arriver. Pensez à regarder dans les courriers indésirables.',

		'accounts.signup.title': 'Créer un compte',
		'accounts.signup.intro':
			'Un compte vous permet de candidater aux appels à projets et de suivre votre projet.',
		'accounts.signup.consent':
			'J’accepte que mes données personnelles soient traitées pour gérer mon compte, comme le décrit la notice sur les données personnelles.',
		'accounts.signup.consentLink': 'Lire la notice sur les données personnelles',
		'accounts.signup.submit': 'Créer mon compte',
		'accounts.signup.haveAccount': 'Vous avez déjà un compte ?',
		'accounts.signup.sent':
			'Nous avons envoyé un e-mail à l’adresse indiquée. Suivez ses instructions pour continuer : le lien de confirmation est valable 24 heures.',
		'accounts.signup.notReceived': 'Rien reçu ?',
		'accounts.signup.resendLink': 'Recevoir un nouveau lien de confirmation',

		'accounts.login.title': 'Se connecter',
		'accounts.login.submit': 'Se connecter',
		'accounts.login.forgot': 'Mot de passe oublié ?',
		'accounts.login.magicLink': 'Recevoir un lien de connexion par e-mail',
		'accounts.login.noAccount': 'Pas encore de compte ?',
		'accounts.login.signupLink': 'Créer un compte',
		'accounts.login.alreadyIn': 'Vous êtes déjà connecté·e en tant que {email}.',
		'accounts.login.otherWays': 'Autres façons de se connecter',

		'accounts.demo.title': 'Comptes de démonstration',
		'accounts.demo.intro':
			'Cette instance est en mode démonstration : chaque compte ci-dessous s’ouvre avec le mot de passe « {password} ».',
		'accounts.demo.caption': 'Comptes de démonstration, un par rôle',
		'accounts.demo.person': 'Personne',
		'accounts.demo.email': 'Adresse e-mail',
		'accounts.demo.role': 'Rôle',
		'accounts.demo.password': 'Mot de passe',
		'accounts.demo.action': 'Action',
		'accounts.demo.loginAs': 'Se connecter',
		'accounts.demo.loginAsLabel': 'Se connecter en tant que {name} ({role})',

		'accounts.magic.title': 'Recevoir un lien de connexion',
		'accounts.magic.intro':
			'Saisissez l’adresse e-mail de votre compte : nous vous enverrons un lien qui vous connecte sans mot de passe. Il est valable 15 minutes et ne sert qu’une fois.',
		'accounts.magic.submit': 'Recevoir le lien',
		'accounts.magic.sent':
			'Si un compte existe à cette adresse, un lien de connexion vient d’y être envoyé. Il est valable 15 minutes.',
		'accounts.magic.landingTitle': 'Connexion par lien',
		'accounts.magic.landingIntro':
			'Pour ouvrir votre session, confirmez en cliquant sur le bouton.',
		'accounts.magic.confirm': 'Me connecter',
		'accounts.magic.again': 'Demander un nouveau lien de connexion',

		'accounts.verify.title': 'Confirmer votre adresse e-mail',
		'accounts.verify.intro':
			'Vous n’avez pas reçu le lien de confirmation, ou il a expiré ? Saisissez votre adresse : nous vous en enverrons un nouveau.',
		'accounts.verify.invalidHelp': 'Demandez un nouveau lien ci-dessous.',
		'accounts.verify.alreadyDone':
			'Votre adresse e-mail est déjà confirmée : vous pouvez vous connecter.',
		'accounts.verify.resendTitle': 'Recevoir un nouveau lien',
		'accounts.verify.resend': 'Renvoyer le lien',
		'accounts.verify.sent':
			'Si cette adresse a un compte à confirmer, un nouveau lien vient d’y être envoyé. Il est valable 24 heures.',

		'accounts.forgot.title': 'Mot de passe oublié',
		'accounts.forgot.intro':
			'Saisissez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe. Il est valable une heure.',
		'accounts.forgot.submit': 'Recevoir le lien',
		'accounts.forgot.sent':
			'Si un compte existe à cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable une heure.',

		'accounts.reset.title': 'Choisir un nouveau mot de passe',
		'accounts.reset.intro':
			'Une fois le mot de passe enregistré, toutes les sessions ouvertes sur votre compte seront fermées et vous serez connecté·e ici.',
		'accounts.reset.password': 'Nouveau mot de passe',
		'accounts.reset.confirmation': 'Confirmez le nouveau mot de passe',
		'accounts.reset.submit': 'Enregistrer le mot de passe',
		'accounts.reset.again': 'Demander un nouveau lien',

		'accounts.logout.title': 'Se déconnecter',
		'accounts.logout.intro': 'Fermer votre session sur cet appareil ?',
		'accounts.logout.submit': 'Me déconnecter',
		'accounts.logout.notLoggedIn': 'Vous n’êtes pas connecté·e.',

		'accounts.account.title': 'Mon compte',
		'accounts.roles.title': 'Mes rôles',
		'accounts.roles.allProgrammes': 'tous les programmes',
		'accounts.roles.none':
			'Vous n’avez pas encore de rôle dans un programme. Vous pouvez candidater aux appels ouverts ; l’équipe d’un programme peut aussi vous attribuer un rôle.',
		'accounts.account.sections': 'Sur cette page',
		'accounts.profile.title': 'Profil',
		'accounts.profile.email': 'Adresse e-mail',
		'accounts.profile.emailHint': 'Pour changer d’adresse e-mail, écrivez à l’équipe du programme.',
		'accounts.profile.locale': 'Langue préférée',
		'accounts.profile.localeHint': 'Langue des pages et des e-mails que vous recevez.',
		'accounts.profile.submit': 'Enregistrer le profil',
		'accounts.locale.fr': 'Français',
		'accounts.locale.en': 'English',

		'accounts.password.title': 'Mot de passe',
		'accounts.password.current': 'Mot de passe actuel',
		'accounts.password.new': 'Nouveau mot de passe',
		'accounts.password.noneYet':
			'Votre compte n’a pas encore de mot de passe : vous vous connectez par lien. Vous pouvez en choisir un.',
		'accounts.password.othersClosed': 'Vos autres sessions seront fermées.',
		'accounts.password.submit': 'Changer le mot de passe',

		'accounts.sessions.title': 'Sessions ouvertes',
		'accounts.sessions.intro':
			'Les appareils sur lesquels vous êtes connecté·e. Si vous n’en reconnaissez pas un, révoquez sa session et changez votre mot de passe.',
		'accounts.sessions.caption': 'Vos sessions ouvertes',
		'accounts.sessions.device': 'Navigateur',
		'accounts.sessions.address': 'Adresse IP',
		'accounts.sessions.created': 'Ouverte le',
		'accounts.sessions.lastSeen': 'Dernière activité',
		'accounts.sessions.actions': 'Action',
		'accounts.sessions.current': 'Cette session',
		'accounts.sessions.unknownDevice': 'Navigateur inconnu',
		'accounts.sessions.deviceOn': '{browser} sur {system}',
		'accounts.sessions.unknownAddress': 'inconnue',
		'accounts.sessions.revoke': 'Révoquer',
		'accounts.sessions.revokeLabel': 'Révoquer la session {device} ouverte le {date}',
		'accounts.sessions.revokeOthers': 'Déconnecter toutes les autres sessions',

		'accounts.tokens.title': 'Jetons d’accès personnels',
		'accounts.tokens.intro':
			'Un jeton permet à un logiciel d’utiliser l’API de Transformateur en votre nom. Gardez-le secret, comme un mot de passe.',
		'accounts.tokens.none': 'Vous n’avez aucun jeton.',
		'accounts.tokens.caption': 'Vos jetons d’accès personnels',
		'accounts.tokens.name': 'Nom',
		'accounts.tokens.scopes': 'Portées',
		'accounts.tokens.created': 'Créé le',
		'accounts.tokens.lastUsed': 'Dernière utilisation',
		'accounts.tokens.expires': 'Expire le',
		'accounts.tokens.never': 'Jamais',
		'accounts.tokens.actions': 'Action',
		'accounts.tokens.allScopes': 'Tout ce que vos rôles permettent',
		'accounts.tokens.revoke': 'Révoquer',
		'accounts.tokens.revokeLabel': 'Révoquer le jeton « {name} »',
		'accounts.tokens.createTitle': 'Créer un jeton',
		'accounts.tokens.nameLabel': 'Nom du jeton',
		'accounts.tokens.nameHint': 'Pour vous rappeler son usage, par exemple « Tableau de suivi ».',
		'accounts.tokens.scopesLegend': 'Portées',
		'accounts.tokens.scopesHint':
			'Aucune case cochée : le jeton peut faire tout ce que vos rôles permettent.',
		'accounts.tokens.submit': 'Créer le jeton',
		'accounts.tokens.createdNotice':
			'Jeton « {name} » créé. Copiez-le maintenant : il ne sera plus jamais affiché.',
		'accounts.tokens.createdLabel': 'Votre nouveau jeton',
		'accounts.scope.profile:read': 'Lire votre profil',
		'accounts.scope.programmes:read': 'Lire les programmes',
		'accounts.scope.programmes:write': 'Modifier les programmes',
		'accounts.scope.calls:read': 'Lire les appels à projets, y compris les brouillons',
		'accounts.scope.calls:write': 'Modifier les appels à projets et leurs formulaires',
		'accounts.scope.applications:read':
			'Lire les candidatures (les siennes ; toutes celles de son programme pour l’équipe)',
		'accounts.scope.applications:write':
			'Remplir, déposer et retirer ses candidatures ; les instruire pour l’équipe',
		'accounts.scope.sourcing:read':
			'Lire le sourcing régional : partenaires, prospects, invitations, avis régionaux, entonnoir',
		'accounts.scope.sourcing:write':
			'Modifier le sourcing régional : prospects, contacts, invitations à candidater, avis régionaux',
		'accounts.scope.reviews:read':
			'Lire le travail du jury : grilles, membres, souhaits, conflits d’intérêts, évaluations',
		'accounts.scope.reviews:write':
			'Modifier le travail du jury : grilles, membres, souhaits, conflits d’intérêts, évaluations',
		'accounts.scope.users:read': 'Lire les personnes et leurs rôles',
		'accounts.scope.users:write': 'Modifier les personnes et leurs rôles',
		'accounts.scope.audit:read': 'Lire le journal des modifications',

		'accounts.notice.verified': 'Votre adresse e-mail est confirmée. Bienvenue !',
		'accounts.notice.passwordReset':
			'Votre nouveau mot de passe est enregistré. Les autres sessions de votre compte ont été fermées.',
		'accounts.notice.passwordChanged':
			'Votre mot de passe a été changé. Vos autres sessions ont été fermées.',
		'accounts.notice.profileSaved': 'Profil enregistré.',
		'accounts.notice.sessionRevoked': 'La session a été révoquée.',
		'accounts.notice.othersRevoked': 'Toutes vos autres sessions ont été fermées.',
		'accounts.notice.tokenRevoked': 'Le jeton a été révoqué.'
	},
	en: {
		'accounts.validation.emailRequired': 'Enter your e-mail address.',
		'accounts.validation.emailInvalid': 'Enter a valid e-mail address, like name@example.com.',
		'accounts.validation.passwordRequired': 'Enter the password.',
		'accounts.validation.passwordTooShort': 'The password must be at least 12 characters long.',
		'accounts.validation.passwordTooLong': 'The password must be at most 200 characters long.',
		'accounts.validation.passwordConfirmationRequired': 'Enter the password again.',
		'accounts.validation.passwordsDiffer': 'The two passwords are not the same.',
		'accounts.validation.nameRequired': 'Enter your name.',
		'accounts.validation.nameTooLong': 'The name must be at most 200 characters long.',
		'accounts.validation.localeInvalid': 'Choose French or English.',
		'accounts.validation.consentRequired':
			'Tick the box to accept the processing of your personal data.',
		'accounts.validation.scopeInvalid': 'One of the chosen scopes does not exist.',
		'accounts.validation.tokenNameRequired': 'Give the token a name.',
		'accounts.validation.tokenNameTooLong': 'The token name must be at most 100 characters long.',
		'accounts.validation.idInvalid': 'Item not found.',

		'accounts.login.failed': 'Wrong e-mail address or password.',
		'accounts.login.unverified':
			'Your e-mail address is not confirmed yet. We have just sent you a new confirmation link: open it, then log in.',
		'accounts.link.invalid': 'This link is no longer valid: it has expired or was already used.',
		'accounts.password.wrongCurrent': 'The current password is wrong.',

		'accounts.field.email': 'E-mail address',
		'accounts.field.emailHint': 'Expected format: name@example.com',
		'accounts.field.password': 'Password',
		'accounts.field.newPasswordHint':
			'Between 12 and 200 characters. A sentence you easily remember makes a good password.',
		'accounts.field.name': 'First and last name',
		'accounts.inboxTitle': 'Check your inbox',
		'accounts.spamHint':
			'The message may take a few minutes to arrive. Remember to look in your spam folder.',

		'accounts.signup.title': 'Sign up',
		'accounts.signup.intro':
			'An account lets you apply to calls for projects and follow your project.',
		'accounts.signup.consent':
			'I agree that my personal data is processed to manage my account, as described in the personal data notice.',
		'accounts.signup.consentLink': 'Read the personal data notice',
		'accounts.signup.submit': 'Create my account',
		'accounts.signup.haveAccount': 'Already have an account?',
		'accounts.signup.sent':
			'We have sent an e-mail to the address you gave. Follow its instructions to go on: the confirmation link is valid for 24 hours.',
		'accounts.signup.notReceived': 'Nothing received?',
		'accounts.signup.resendLink': 'Get a new confirmation link',

		'accounts.login.title': 'Log in',
		'accounts.login.submit': 'Log in',
		'accounts.login.forgot': 'Forgot your password?',
		'accounts.login.magicLink': 'Get a login link by e-mail',
		'accounts.login.noAccount': 'No account yet?',
		'accounts.login.signupLink': 'Sign up',
		'accounts.login.alreadyIn': 'You are already logged in as {email}.',
		'accounts.login.otherWays': 'Other ways to log in',

		'accounts.demo.title': 'Demo accounts',
		'accounts.demo.intro':
			'This instance runs in demo mode: every account below opens with the password “{password}”.',
		'accounts.demo.caption': 'Demo accounts, one per role',
		'accounts.demo.person': 'Person',
		'accounts.demo.email': 'E-mail address',
		'accounts.demo.role': 'Role',
		'accounts.demo.password': 'Password',
		'accounts.demo.action': 'Action',
		'accounts.demo.loginAs': 'Log in',
		'accounts.demo.loginAsLabel': 'Log in as {name} ({role})',

		'accounts.magic.title': 'Get a login link',
		'accounts.magic.intro':
			'Enter your account’s e-mail address: we will send you a link that logs you in without a password. It is valid for 15 minutes and works only once.',
		'accounts.magic.submit': 'Send me the link',
		'accounts.magic.sent':
			'If an account exists with this address, a login link has just been sent to it. It is valid for 15 minutes.',
		'accounts.magic.landingTitle': 'Log in with a link',
		'accounts.magic.landingIntro': 'To open your session, confirm by clicking the button.',
		'accounts.magic.confirm': 'Log me in',
		'accounts.magic.again': 'Ask for a new login link',

		'accounts.verify.title': 'Confirm your e-mail address',
		'accounts.verify.intro':
			'You did not get the confirmation link, or it has expired? Enter your address: we will send you a new one.',
		'accounts.verify.invalidHelp': 'Ask for a new link below.',
		'accounts.verify.alreadyDone': 'Your e-mail address is already confirmed: you can log in.',
		'accounts.verify.resendTitle': 'Get a new link',
		'accounts.verify.resend': 'Send the link again',
		'accounts.verify.sent':
			'If this address has an account to confirm, a new link has just been sent to it. It is valid for 24 hours.',

		'accounts.forgot.title': 'Forgot your password',
		'accounts.forgot.intro':
			'Enter your account’s e-mail address: we will send you a link to choose a new password. It is valid for one hour.',
		'accounts.forgot.submit': 'Send me the link',
		'accounts.forgot.sent':
			'If an account exists with this address, a link to choose a new password has just been sent to it. It is valid for one hour.',

		'accounts.reset.title': 'Choose a new password',
		'accounts.reset.intro':
			'Once the password is saved, every session open on your account will be closed and you will be logged in here.',
		'accounts.reset.password': 'New password',
		'accounts.reset.confirmation': 'Confirm the new password',
		'accounts.reset.submit': 'Save the password',
		'accounts.reset.again': 'Ask for a new link',

		'accounts.logout.title': 'Log out',
		'accounts.logout.intro': 'Close your session on this device?',
		'accounts.logout.submit': 'Log me out',
		'accounts.logout.notLoggedIn': 'You are not logged in.',

		'accounts.account.title': 'My account',
		'accounts.roles.title': 'My roles',
		'accounts.roles.allProgrammes': 'every programme',
		'accounts.roles.none':
			'You do not hold a role in a programme yet. You can apply to open calls; a programme team can also give you a role.',
		'accounts.account.sections': 'On this page',
		'accounts.profile.title': 'Profile',
		'accounts.profile.email': 'E-mail address',
		'accounts.profile.emailHint': 'To change your e-mail address, write to the programme team.',
		'accounts.profile.locale': 'Preferred language',
		'accounts.profile.localeHint': 'Language of the pages and of the e-mails you receive.',
		'accounts.profile.submit': 'Save the profile',
		'accounts.locale.fr': 'Français',
		'accounts.locale.en': 'English',

		'accounts.password.title': 'Password',
		'accounts.password.current': 'Current password',
		'accounts.password.new': 'New password',
		'accounts.password.noneYet':
			'Your account has no password yet: you log in with links. You may choose one.',
		'accounts.password.othersClosed': 'Your other sessions will be closed.',
		'accounts.password.submit': 'Change the password',

		'accounts.sessions.title': 'Open sessions',
		'accounts.sessions.intro':
			'The devices you are logged in on. If you do not recognise one, revoke its session and change your password.',
		'accounts.sessions.caption': 'Your open sessions',
		'accounts.sessions.device': 'Browser',
		'accounts.sessions.address': 'IP address',
		'accounts.sessions.created': 'Opened on',
		'accounts.sessions.lastSeen': 'Last activity',
		'accounts.sessions.actions': 'Action',
		'accounts.sessions.current': 'This session',
		'accounts.sessions.unknownDevice': 'Unknown browser',
		'accounts.sessions.deviceOn': '{browser} on {system}',
		'accounts.sessions.unknownAddress': 'unknown',
		'accounts.sessions.revoke': 'Revoke',
		'accounts.sessions.revokeLabel': 'Revoke the session {device} opened on {date}',
		'accounts.sessions.revokeOthers': 'Log out all other sessions',

		'accounts.tokens.title': 'Personal access tokens',
		'accounts.tokens.intro':
			'A token lets a program use the Transformateur API on your behalf. Keep it secret, like a password.',
		'accounts.tokens.none': 'You have no token.',
		'accounts.tokens.caption': 'Your personal access tokens',
		'accounts.tokens.name': 'Name',
		'accounts.tokens.scopes': 'Scopes',
		'accounts.tokens.created': 'Created on',
		'accounts.tokens.lastUsed': 'Last used',
		'accounts.tokens.expires': 'Expires on',
		'accounts.tokens.never': 'Never',
		'accounts.tokens.actions': 'Action',
		'accounts.tokens.allScopes': 'Everything your roles allow',
		'accounts.tokens.revoke': 'Revoke',
		'accounts.tokens.revokeLabel': 'Revoke the token “{name}”',
		'accounts.tokens.createTitle': 'Create a token',
		'accounts.tokens.nameLabel': 'Token name',
		'accounts.tokens.nameHint': 'To remember what it is for, for example “Follow-up spreadsheet”.',
		'accounts.tokens.scopesLegend': 'Scopes',
		'accounts.tokens.scopesHint': 'No box ticked: the token may do everything your roles allow.',
		'accounts.tokens.submit': 'Create the token',
		'accounts.tokens.createdNotice':
			'Token “{name}” created. Copy it now: it will never be shown again.',
		'accounts.tokens.createdLabel': 'Your new token',
		'accounts.scope.profile:read': 'Read your profile',
		'accounts.scope.programmes:read': 'Read programmes',
		'accounts.scope.programmes:write': 'Change programmes',
		'accounts.scope.calls:read': 'Read calls for projects, drafts included',
		'accounts.scope.calls:write': 'Change calls for projects and their forms',
		'accounts.scope.applications:read':
			'Read applications (one’s own; all of the programme’s for the team)',
		'accounts.scope.applications:write':
			'Fill in, submit and withdraw one’s applications; screen them for the team',
		'accounts.scope.sourcing:read':
			'Read regional sourcing: partners, prospects, invitations, regional opinions, funnel',
		'accounts.scope.sourcing:write':
			'Change regional sourcing: prospects, contacts, invitations to apply, regional opinions',
		'accounts.scope.reviews:read':
			'Read the jury’s work: grids, members, bids, conflicts of interest, reviews',
		'accounts.scope.reviews:write':
			'Change the jury’s work: grids, members, bids, conflicts of interest, reviews',
		'accounts.scope.users:read': 'Read people and their roles',
		'accounts.scope.users:write': 'Change people and their roles',
		'accounts.scope.audit:read': 'Read the audit log',

		'accounts.notice.verified': 'Your e-mail address is confirmed. Welcome!',
		'accounts.notice.passwordReset':
			'Your new password is saved. The other sessions of your account were closed.',
		'accounts.notice.passwordChanged':
			'Your password was changed. Your other sessions were closed.',
		'accounts.notice.profileSaved': 'Profile saved.',
		'accounts.notice.sessionRevoked': 'The session was revoked.',
		'accounts.notice.othersRevoked': 'All your other sessions were closed.',
		'accounts.notice.tokenRevoked': 'The token was revoked.'
	}
});
