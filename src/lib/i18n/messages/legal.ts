import { defineMessages } from '../define.ts';

/**
 * The legal pages: legal notice, personal data, accessibility statement. What only the operator of
 * an instance can say is written in [square brackets], to be completed by that operator.
 */
export default defineMessages({
	fr: {
		'legal.placeholderNotice':
			'Transformateur est un logiciel libre : chaque organisme qui l’installe en devient l’opérateur. Les mentions entre crochets sont à compléter par l’opérateur de cette plateforme.',
		'legal.updated': 'Dernière mise à jour : [date, à compléter par l’opérateur].',

		// Legal notice
		'legal.notice.title': 'Mentions légales',
		'legal.notice.intro':
			'Conformément à l’article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique, voici l’identité des personnes qui éditent et hébergent cette plateforme.',
		'legal.notice.publisher.title': 'Éditeur',
		'legal.notice.publisher.body':
			'Cette plateforme est éditée par [dénomination de l’opérateur], [forme juridique], dont le siège est situé [adresse postale], immatriculé sous le numéro SIRET [numéro à 14 chiffres].',
		'legal.notice.publisher.contact': 'Téléphone : [numéro]. Courriel : [adresse de contact].',
		'legal.notice.director':
			'Directeur ou directrice de la publication : [prénom, nom et fonction].',
		'legal.notice.host.title': 'Hébergement',
		'legal.notice.host.body':
			'La plateforme est hébergée par [nom de l’hébergeur], [adresse postale], [téléphone]. Les données sont stockées [pays ou région d’hébergement, dans l’Union européenne].',
		'legal.notice.software.title': 'Logiciel libre',
		'legal.notice.software.body':
			'Transformateur est un logiciel libre, publié sous la licence GNU Affero General Public License, version 3 ou ultérieure (AGPL-3.0-or-later). Chacun peut en consulter, réutiliser et modifier le code source ; quiconque met en ligne une version modifiée doit en publier le code source.',
		'legal.notice.software.source': 'Code source de cette plateforme : [adresse du dépôt].',
		'legal.notice.ip.title': 'Propriété intellectuelle',
		'legal.notice.ip.body':
			'Les textes, logos et documents publiés par l’opérateur et par ses partenaires restent la propriété de leurs auteurs ; leur reproduction demande leur accord. Les porteurs de projet restent propriétaires du contenu de leurs candidatures : ils autorisent l’opérateur, ses partenaires et les membres du jury à l’utiliser pour instruire leur dossier et les accompagner, sans autre usage.',
		'legal.notice.liability.title': 'Responsabilité et liens',
		'legal.notice.liability.body':
			'L’opérateur s’efforce de publier des informations exactes et à jour, notamment les calendriers des appels à projets, mais ne peut garantir l’absence d’erreur. Les liens vers d’autres sites sont fournis pour information : l’opérateur n’est pas responsable de leur contenu.',
		'legal.notice.more.title': 'Données personnelles et accessibilité',
		'legal.notice.more.privacy': 'Lire la page « Données personnelles »',
		'legal.notice.more.accessibility': 'Lire la déclaration d’accessibilité',

		// Personal data
		'legal.privacy.title': 'Données personnelles',
		'legal.privacy.intro':
			'Cette page explique quelles données personnelles la plateforme traite, pourquoi, sur quelle base légale, pendant combien de temps, et comment exercer vos droits, conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés.',
		'legal.privacy.controller.title': 'Responsable du traitement',
		'legal.privacy.controller.body':
			'Le responsable du traitement est [dénomination de l’opérateur], [adresse postale]. Délégué ou déléguée à la protection des données : [nom ou service, adresse électronique].',
		'legal.privacy.data.title': 'Données traitées',
		'legal.privacy.data.account':
			'Votre compte : adresse électronique, nom, langue préférée, rôles sur les programmes et, si vous en choisissez un, votre mot de passe, conservé uniquement sous forme d’empreinte (jamais en clair).',
		'legal.privacy.data.applications':
			'Vos candidatures et leur suivi : informations sur votre structure (dont SIREN ou SIRET et région) et sur votre projet, documents joints, évaluations du jury, décisions, feuille de route, jours d’expertise consommés et comptes rendus.',
		'legal.privacy.data.security':
			'La sécurité de votre compte : sessions ouvertes (date, navigateur, adresse IP), tentatives de connexion échouées, jetons d’accès à l’API que vous créez.',
		'legal.privacy.data.audit':
			'Le journal des modifications : qui a modifié quoi, quand, avec l’état avant et après la modification.',
		'legal.privacy.data.emails':
			'Les courriels envoyés par la plateforme : destinataire, objet, contenu, date d’envoi.',
		'legal.privacy.purposes.title': 'Finalités et bases légales',
		'legal.privacy.purposes.caption': 'Pourquoi vos données sont traitées, et sur quelle base',
		'legal.privacy.purposes.purpose': 'Finalité',
		'legal.privacy.purposes.basis': 'Base légale',
		'legal.privacy.purposes.account': 'Créer et gérer votre compte, vous authentifier',
		'legal.privacy.purposes.accountBasis':
			'Exécution des conditions d’utilisation du service que vous acceptez (article 6.1.b du RGPD) ou, lorsque l’opérateur est un organisme public, exécution de sa mission d’intérêt public (article 6.1.e)',
		'legal.privacy.purposes.programme':
			'Recevoir et instruire les candidatures, sélectionner les projets, accompagner les projets retenus',
		'legal.privacy.purposes.programmeBasis':
			'Mesures précontractuelles et exécution du contrat d’accompagnement (article 6.1.b), ou mission d’intérêt public de l’opérateur (article 6.1.e)',
		'legal.privacy.purposes.evaluation':
			'Mesurer l’utilité du programme, à partir de statistiques agrégées',
		'legal.privacy.purposes.evaluationBasis':
			'Intérêt légitime de l’opérateur à rendre compte de l’emploi de ses moyens (article 6.1.f), ou mission d’intérêt public (article 6.1.e)',
		'legal.privacy.purposes.security':
			'Sécuriser la plateforme, prévenir les abus et tracer les modifications',
		'legal.privacy.purposes.securityBasis':
			'Obligation de sécurité (article 32 du RGPD) et intérêt légitime de l’opérateur (article 6.1.f)',
		'legal.privacy.purposes.emails':
			'Vous envoyer les courriels de service (confirmation d’adresse, lien de connexion, étapes de votre candidature)',
		'legal.privacy.purposes.emailsBasis': 'La même base que le traitement que chaque courriel sert',
		'legal.privacy.retention.title': 'Durées de conservation',
		'legal.privacy.retention.caption': 'Combien de temps vos données sont conservées',
		'legal.privacy.retention.category': 'Données',
		'legal.privacy.retention.duration': 'Durée',
		'legal.privacy.retention.accounts': 'Comptes',
		'legal.privacy.retention.accountsDuration':
			'Tant que le compte est utilisé ; supprimé ou anonymisé après trois ans sans connexion, après un avertissement par courriel. Vous pouvez demander sa suppression à tout moment.',
		'legal.privacy.retention.applications': 'Candidatures non retenues',
		'legal.privacy.retention.applicationsDuration':
			'Deux ans après la clôture de la promotion concernée, puis suppression.',
		'legal.privacy.retention.supported': 'Projets retenus et leur accompagnement',
		'legal.privacy.retention.supportedDuration':
			'Cinq ans après la clôture de la promotion, pour justifier de l’emploi des fonds publics et évaluer le programme ; au-delà, seules des statistiques anonymes sont gardées.',
		'legal.privacy.retention.audit': 'Journal des modifications',
		'legal.privacy.retention.auditDuration':
			'Cinq ans à compter de chaque entrée, afin de pouvoir retracer les décisions de sélection.',
		'legal.privacy.retention.emails': 'Courriels envoyés',
		'legal.privacy.retention.emailsDuration': 'Un an après leur envoi.',
		'legal.privacy.retention.security': 'Sessions et tentatives de connexion',
		'legal.privacy.retention.securityDuration':
			'Sessions : 30 jours au plus après la dernière activité. Tentatives de connexion échouées : 24 heures.',
		'legal.privacy.recipients.title': 'Qui a accès à vos données',
		'legal.privacy.recipients.body':
			'Chaque personne ne voit que ce que son rôle exige : l’équipe du programme ; les membres du jury, pour les seules candidatures qui leur sont confiées ; les chargés et chargées de mission régionaux, pour les candidats de leur région ; les experts et expertes, pour les projets qu’ils accompagnent ; l’hébergeur, en tant que sous-traitant. Vos données ne sont ni vendues, ni cédées, ni transférées hors de l’Union européenne.',
		'legal.privacy.rights.title': 'Vos droits',
		'legal.privacy.rights.body':
			'Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, d’opposition et de portabilité de vos données, ainsi que du droit de définir des directives sur leur sort après votre décès. Vous pouvez consulter et corriger une partie de ces données depuis votre compte.',
		'legal.privacy.rights.contact':
			'Pour exercer vos droits, écrivez à [adresse électronique du délégué à la protection des données] ou à [adresse postale]. Une réponse vous est apportée dans un délai d’un mois.',
		'legal.privacy.rights.cnil':
			'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (Commission nationale de l’informatique et des libertés), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou en ligne :',
		'legal.privacy.cookies.title': 'Cookies',
		'legal.privacy.cookies.intro':
			'La plateforme ne dépose que deux cookies, tous deux nécessaires à son fonctionnement : ils sont donc exemptés de consentement (article 82 de la loi Informatique et Libertés).',
		'legal.privacy.cookies.session':
			'transfo_session : vous garde connecté ou connectée. Il expire après 30 jours sans activité, ou quand vous vous déconnectez.',
		'legal.privacy.cookies.language':
			'transfo_lang : retient la langue que vous avez choisie, pendant un an.',
		'legal.privacy.cookies.none':
			'Aucune mesure d’audience, aucune publicité, aucun cookie tiers : la plateforme ne charge aucun script, police ou contenu depuis un autre site.',

		// Accessibility statement
		'legal.a11y.title': 'Déclaration d’accessibilité',
		'legal.a11y.intro':
			'[Dénomination de l’opérateur] s’engage à rendre ses services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique à la plateforme Transformateur publiée à l’adresse [adresse du site].',
		'legal.a11y.status.title': 'État de conformité',
		'legal.a11y.status.body':
			'La plateforme est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.2, en raison des non-conformités énumérées ci-dessous.',
		'legal.a11y.status.audit':
			'Aucun audit de conformité n’a encore été réalisé : le taux de conformité n’est donc pas connu. La plateforme est conçue pour être accessible (formulaires utilisables sans JavaScript et au clavier, messages d’erreur reliés aux champs, contrastes élevés, focus visible, mise en page adaptée aux petits écrans) et chaque version est vérifiée par des tests automatisés (axe-core) sur ses parcours principaux. Ces vérifications ne remplacent pas un audit.',
		'legal.a11y.issues.title': 'Contenus non accessibles',
		'legal.a11y.issues.intro': 'Non-conformités connues à ce jour :',
		'legal.a11y.issues.logos':
			'Les logos des programmes ont un texte alternatif générique (« Logo de » suivi du nom du programme).',
		'legal.a11y.issues.dates':
			'Les champs de date et d’heure utilisent le sélecteur du navigateur, dont l’accessibilité varie d’un navigateur et d’un lecteur d’écran à l’autre ; la saisie au clavier reste toujours possible.',
		'legal.a11y.issues.descriptions':
			'Les présentations des programmes et des promotions sont du texte simple, sans intertitres.',
		'legal.a11y.issues.documents':
			'Les documents déposés par les porteurs de projet (PDF, présentations) ne sont pas vérifiés et peuvent ne pas être accessibles. Ces contenus de tiers ne sont pas soumis à l’obligation d’accessibilité.',
		'legal.a11y.made.title': 'Établissement de cette déclaration',
		'legal.a11y.made.body':
			'Cette déclaration a été établie le [date, à compléter par l’opérateur]. Technologies utilisées : HTML, CSS et JavaScript (facultatif : chaque formulaire fonctionne sans). L’environnement de test et les pages auditées seront précisés à l’issue du premier audit.',
		'legal.a11y.feedback.title': 'Retour d’information et contact',
		'legal.a11y.feedback.body':
			'Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez l’opérateur pour être orienté ou orientée vers une alternative accessible ou obtenir le contenu sous une autre forme : [adresse électronique de contact], [adresse postale].',
		'legal.a11y.recourse.title': 'Voies de recours',
		'legal.a11y.recourse.body':
			'Si vous avez signalé à l’opérateur un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service, et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :',
		'legal.a11y.recourse.form': 'écrire un message au Défenseur des droits (formulaire en ligne)',
		'legal.a11y.recourse.delegate':
			'contacter le délégué du Défenseur des droits dans votre région',
		'legal.a11y.recourse.mail':
			'envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.'
	},
	en: {
		'legal.placeholderNotice':
			'Transformateur is free software: each organisation that installs it becomes its operator. Statements in square brackets are to be completed by the operator of this platform.',
		'legal.updated': 'Last updated: [date, to be completed by the operator].',

		'legal.notice.title': 'Legal notice',
		'legal.notice.intro':
			'In accordance with article 6 of the French law no. 2004-575 of 21 June 2004 on confidence in the digital economy, here is who publishes and hosts this platform.',
		'legal.notice.publisher.title': 'Publisher',
		'legal.notice.publisher.body':
			'This platform is published by [name of the operator], [legal form], whose registered office is at [postal address], registered under SIRET number [14-digit number].',
		'legal.notice.publisher.contact': 'Telephone: [number]. E-mail: [contact address].',
		'legal.notice.director': 'Publication director: [first name, name and position].',
		'legal.notice.host.title': 'Hosting',
		'legal.notice.host.body':
			'The platform is hosted by [name of the host], [postal address], [telephone]. Data is stored [country or region, within the European Union].',
		'legal.notice.software.title': 'Free software',
		'legal.notice.software.body':
			'Transformateur is free software, published under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later). Anyone may read, reuse and modify its source code; whoever puts a modified version online must publish its source code.',
		'legal.notice.software.source': 'Source code of this platform: [repository address].',
		'legal.notice.ip.title': 'Intellectual property',
		'legal.notice.ip.body':
			'Texts, logos and documents published by the operator and its partners remain the property of their authors; reproducing them requires their consent. Project holders remain the owners of the content of their applications: they allow the operator, its partners and jury members to use it to review their application and support them, and for nothing else.',
		'legal.notice.liability.title': 'Liability and links',
		'legal.notice.liability.body':
			'The operator strives to publish accurate and up-to-date information, in particular the calendars of calls for projects, but cannot guarantee it is free of errors. Links to other sites are given for information: the operator is not responsible for their content.',
		'legal.notice.more.title': 'Personal data and accessibility',
		'legal.notice.more.privacy': 'Read the “Personal data” page',
		'legal.notice.more.accessibility': 'Read the accessibility statement',

		'legal.privacy.title': 'Personal data',
		'legal.privacy.intro':
			'This page explains which personal data the platform processes, why, on what legal basis, for how long, and how to exercise your rights, under the General Data Protection Regulation (GDPR) and the French Data Protection Act.',
		'legal.privacy.controller.title': 'Data controller',
		'legal.privacy.controller.body':
			'The data controller is [name of the operator], [postal address]. Data protection officer: [name or department, e-mail address].',
		'legal.privacy.data.title': 'Data processed',
		'legal.privacy.data.account':
			'Your account: e-mail address, name, preferred language, roles on programmes and, if you choose one, your password, kept only as a hash (never in clear).',
		'legal.privacy.data.applications':
			'Your applications and their follow-up: information on your organisation (including SIREN or SIRET and region) and on your project, attached documents, jury reviews, decisions, roadmap, expert days drawn and reports.',
		'legal.privacy.data.security':
			'The security of your account: open sessions (date, browser, IP address), failed login attempts, API access tokens you create.',
		'legal.privacy.data.audit':
			'The audit log: who changed what, when, with the state before and after the change.',
		'legal.privacy.data.emails':
			'E-mails sent by the platform: recipient, subject, content, date sent.',
		'legal.privacy.purposes.title': 'Purposes and legal bases',
		'legal.privacy.purposes.caption': 'Why your data is processed, and on what basis',
		'legal.privacy.purposes.purpose': 'Purpose',
		'legal.privacy.purposes.basis': 'Legal basis',
		'legal.privacy.purposes.account': 'Creating and managing your account, authenticating you',
		'legal.privacy.purposes.accountBasis':
			'Performance of the terms of use of the service you accept (article 6.1.b GDPR) or, when the operator is a public body, performance of its task in the public interest (article 6.1.e)',
		'legal.privacy.purposes.programme':
			'Receiving and reviewing applications, selecting projects, supporting the selected projects',
		'legal.privacy.purposes.programmeBasis':
			'Pre-contractual steps and performance of the support agreement (article 6.1.b), or the operator’s task in the public interest (article 6.1.e)',
		'legal.privacy.purposes.evaluation':
			'Measuring the programme’s usefulness, from aggregated statistics',
		'legal.privacy.purposes.evaluationBasis':
			'Legitimate interest of the operator in accounting for the use of its resources (article 6.1.f), or task in the public interest (article 6.1.e)',
		'legal.privacy.purposes.security':
			'Securing the platform, preventing abuse and tracing changes',
		'legal.privacy.purposes.securityBasis':
			'Security obligation (article 32 GDPR) and legitimate interest of the operator (article 6.1.f)',
		'legal.privacy.purposes.emails':
			'Sending you service e-mails (address confirmation, login link, steps of your application)',
		'legal.privacy.purposes.emailsBasis': 'The same basis as the processing each e-mail serves',
		'legal.privacy.retention.title': 'Retention periods',
		'legal.privacy.retention.caption': 'How long your data is kept',
		'legal.privacy.retention.category': 'Data',
		'legal.privacy.retention.duration': 'Period',
		'legal.privacy.retention.accounts': 'Accounts',
		'legal.privacy.retention.accountsDuration':
			'As long as the account is used; deleted or anonymised after three years without login, after a warning by e-mail. You may ask for its deletion at any time.',
		'legal.privacy.retention.applications': 'Applications not selected',
		'legal.privacy.retention.applicationsDuration':
			'Two years after the end of the intake concerned, then deleted.',
		'legal.privacy.retention.supported': 'Selected projects and their support',
		'legal.privacy.retention.supportedDuration':
			'Five years after the end of the intake, to account for the use of public funds and evaluate the programme; beyond that, only anonymous statistics are kept.',
		'legal.privacy.retention.audit': 'Audit log',
		'legal.privacy.retention.auditDuration':
			'Five years from each entry, so that selection decisions can be traced.',
		'legal.privacy.retention.emails': 'E-mails sent',
		'legal.privacy.retention.emailsDuration': 'One year after they were sent.',
		'legal.privacy.retention.security': 'Sessions and login attempts',
		'legal.privacy.retention.securityDuration':
			'Sessions: 30 days at most after the last activity. Failed login attempts: 24 hours.',
		'legal.privacy.recipients.title': 'Who can access your data',
		'legal.privacy.recipients.body':
			'Each person sees only what their role requires: the programme team; jury members, only for the applications assigned to them; regional partners, for the applicants of their region; experts, for the projects they support; the host, as a processor. Your data is neither sold, nor transferred to third parties, nor transferred outside the European Union.',
		'legal.privacy.rights.title': 'Your rights',
		'legal.privacy.rights.body':
			'You have the right to access, rectify, erase, restrict, object to the processing of and port your data, and the right to set directives on what happens to it after your death. You can view and correct part of this data from your account.',
		'legal.privacy.rights.contact':
			'To exercise your rights, write to [e-mail address of the data protection officer] or to [postal address]. You will receive an answer within one month.',
		'legal.privacy.rights.cnil':
			'If you believe your rights are not respected, you may lodge a complaint with the CNIL (the French data protection authority), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France, or online:',
		'legal.privacy.cookies.title': 'Cookies',
		'legal.privacy.cookies.intro':
			'The platform sets only two cookies, both necessary for it to work: they are therefore exempt from consent (article 82 of the French Data Protection Act).',
		'legal.privacy.cookies.session':
			'transfo_session: keeps you logged in. It expires after 30 days without activity, or when you log out.',
		'legal.privacy.cookies.language':
			'transfo_lang: remembers the language you chose, for one year.',
		'legal.privacy.cookies.none':
			'No audience measurement, no advertising, no third-party cookie: the platform loads no script, font or content from another site.',

		'legal.a11y.title': 'Accessibility statement',
		'legal.a11y.intro':
			'[Name of the operator] is committed to making its digital services accessible, in accordance with article 47 of the French law no. 2005-102 of 11 February 2005. This statement applies to the Transformateur platform published at [site address].',
		'legal.a11y.status.title': 'Compliance status',
		'legal.a11y.status.body':
			'The platform is partially compliant with the French accessibility framework RGAA (référentiel général d’amélioration de l’accessibilité), version 4.1.2, because of the non-compliances listed below.',
		'legal.a11y.status.audit':
			'No compliance audit has been carried out yet: the compliance rate is therefore not known. The platform is designed to be accessible (forms usable without JavaScript and with the keyboard, error messages linked to their fields, high contrast, visible focus, layout adapted to small screens) and every release is checked by automated tests (axe-core) on its main journeys. These checks do not replace an audit.',
		'legal.a11y.issues.title': 'Non-accessible content',
		'legal.a11y.issues.intro': 'Known non-compliances to date:',
		'legal.a11y.issues.logos':
			'Programme logos have a generic text alternative (the programme’s name followed by “logo”).',
		'legal.a11y.issues.dates':
			'Date and time fields use the browser’s picker, whose accessibility varies between browsers and screen readers; typing with the keyboard always remains possible.',
		'legal.a11y.issues.descriptions':
			'Presentations of programmes and intakes are plain text, without subheadings.',
		'legal.a11y.issues.documents':
			'Documents uploaded by project holders (PDF, slides) are not checked and may not be accessible. Such third-party content is not subject to the accessibility obligation.',
		'legal.a11y.made.title': 'Preparation of this statement',
		'legal.a11y.made.body':
			'This statement was prepared on [date, to be completed by the operator]. Technologies used: HTML, CSS and JavaScript (optional: every form works without it). The test environment and the audited pages will be specified after the first audit.',
		'legal.a11y.feedback.title': 'Feedback and contact',
		'legal.a11y.feedback.body':
			'If you cannot access some content or service, contact the operator to be directed to an accessible alternative or to obtain the content in another form: [contact e-mail address], [postal address].',
		'legal.a11y.recourse.title': 'Remedies',
		'legal.a11y.recourse.body':
			'If you reported to the operator an accessibility defect that prevents you from accessing content or a service, and did not get a satisfactory answer, you may:',
		'legal.a11y.recourse.form': 'write to the Défenseur des droits (online form, in French)',
		'legal.a11y.recourse.delegate': 'contact the Défenseur des droits delegate in your region',
		'legal.a11y.recourse.mail':
			'send a letter by post (free of charge, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.'
	}
});
