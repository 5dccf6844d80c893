/**
 * The 18 French regions (13 in mainland France and Corsica, 5 overseas), with their INSEE codes.
 * A regional partner's role names one of them.
 */
export type Region = { code: string; name: string };

export const REGIONS: readonly Region[] = [
	{ code: '01', name: 'Guadeloupe' },
	{ code: '02', name: 'Martinique' },
	{ code: '03', name: 'Guyane' },
	{ code: '04', name: 'La Réunion' },
	{ code: '06', name: 'Mayotte' },
	{ code: '11', name: 'Île-de-France' },
	{ code: '24', name: 'Centre-Val de Loire' },
	{ code: '27', name: 'Bourgogne-Franche-Comté' },
	{ code: '28', name: 'Normandie' },
	{ code: '32', name: 'Hauts-de-France' },
	{ code: '44', name: 'Grand Est' },
	{ code: '52', name: 'Pays de la Loire' },
	{ code: '53', name: 'Bretagne' },
	{ code: '75', name: 'Nouvelle-Aquitaine' },
	{ code: '76', name: 'Occitanie' },
	{ code: '84', name: 'Auvergne-Rhône-Alpes' },
	{ code: '93', name: 'Provence-Alpes-Côte d’Azur' },
	{ code: '94', name: 'Corse' }
];

export function isRegionCode(code: unknown): code is string {
	return typeof code === 'string' && REGIONS.some((r) => r.code === code);
}

export function regionName(code: string): string | undefined {
	return REGIONS.find((r) => r.code === code)?.name;
}
