/** The demo accounts, one per role. Their password, `demo`, is accepted only in demo mode. */
export const DEMO_PASSWORD = 'demo';

export const DEMO_ACCOUNTS = [
	{
		email: 'equipe@transformateur.test',
		name: 'Claire Martin',
		role: 'team',
		label: 'Équipe programme'
	},
	{
		email: 'aract-bretagne@transformateur.test',
		name: 'Yann Le Gall',
		role: 'regional_partner',
		region: '53',
		label: 'Chargé de mission régional (Bretagne)'
	},
	{
		email: 'jury@transformateur.test',
		name: 'Sophie Bernard',
		role: 'jury',
		label: 'Membre du jury'
	},
	{ email: 'experte@transformateur.test', name: 'Nadia Benali', role: 'expert', label: 'Experte' },
	{
		email: 'porteuse@transformateur.test',
		name: 'Camille Durand',
		role: 'holder',
		label: 'Porteuse de projet'
	}
] as const;
