import { defineMessages } from '../define.ts';

export default defineMessages({
	fr: {
		'admin.nav.label': 'Administration',
		'admin.nav.programmes': 'Programmes',
		'admin.nav.users': 'Utilisateurs et rôles',
		'admin.nav.audit': 'Journal des modifications',
		'admin.nav.mailbox': 'Courriels envoyés'
	},
	en: {
		'admin.nav.label': 'Back office',
		'admin.nav.programmes': 'Programmes',
		'admin.nav.users': 'Users and roles',
		'admin.nav.audit': 'Audit log',
		'admin.nav.mailbox': 'Sent e-mails'
	}
});
