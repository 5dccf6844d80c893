/**
 * REST operations of the regional sourcing issue (funnel); spread into `operations`
 * (../operations.ts). The programme team reads every region; a regional partner's token reads its
 * regions and the national totals only (counts, never a prospect or an application); anybody else
 * gets 404.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { FUNNEL_STAGES, SHOWN_STAGES } from '../../sourcing/funnelStages.ts';

const count = z.number().int().min(0);
const share = z.number().min(0).nullable();

const stageCounts = z
	.strictObject(Object.fromEntries(SHOWN_STAGES.map((s) => [s, count.nullable()])))
	.meta({
		description:
			'Effectif de chaque étape (les candidatures qui l’ont atteinte) ; `null` quand l’étape ne ' +
			's’applique pas (les prospects n’ont pas de typologie).'
	});
const stageRates = z
	.strictObject(Object.fromEntries(SHOWN_STAGES.slice(1).map((s) => [s, share])))
	.meta({
		description:
			'Taux de passage depuis l’étape précédente (0 à 1 ; `started` peut dépasser 1 : on peut ' +
			'candidater sans invitation) ; `null` sur un effectif nul.'
	});
const sourced = z.strictObject({ started: count, submitted: count });

const funnelRow = {
	counts: stageCounts,
	rates: stageRates,
	overallRate: share.meta({
		description: 'Part des candidatures commencées qui ont atteint la dernière étape.'
	}),
	partnerShare: z
		.strictObject({
			started: count.meta({ description: 'Candidatures commencées attribuées à un partenaire.' }),
			submitted: count.meta({ description: 'Dont déposées.' }),
			referral: sourced.meta({ description: 'Venues du lien d’invitation d’un partenaire.' }),
			declared: sourced.meta({ description: 'Dont la structure a désigné le partenaire.' }),
			shareOfStarted: share,
			shareOfSubmitted: share
		})
		.meta({ description: 'Part des candidatures apportées par les partenaires régionaux.' })
};

const funnelView = z.strictObject({
	target: z.discriminatedUnion('kind', [
		z.strictObject({
			kind: z.literal('call'),
			id: z.uuid(),
			programmeId: z.uuid(),
			cycleId: z.uuid(),
			title: z.string(),
			slug: z.string()
		}),
		z.strictObject({
			kind: z.literal('cycle'),
			id: z.uuid(),
			programmeId: z.uuid(),
			name: z.string(),
			calls: z.array(z.strictObject({ id: z.uuid(), title: z.string(), slug: z.string() }))
		})
	]),
	audience: z.enum(['team', 'partner']).meta({
		description:
			'`team` : toutes les régions ; `partner` : les régions du partenaire et les totaux nationaux.'
	}),
	regions: z.array(z.string()).meta({ description: 'Codes INSEE des régions détaillées.' }),
	stages: z.array(z.enum(FUNNEL_STAGES)).meta({
		description:
			'Les étapes, dans l’ordre : `prospects`, `invited`, `started`, `submitted`, `eligible`, ' +
			'puis les étapes suivantes quand leurs statuts existent.'
	}),
	national: z.strictObject(funnelRow).meta({ description: 'Toutes les régions ensemble.' }),
	regionsTotal: z
		.strictObject(funnelRow)
		.nullable()
		.meta({ description: 'Pour un partenaire : ses régions ensemble.' }),
	byRegion: z.array(
		z.strictObject({
			code: z.string().nullable().meta({ description: 'Code INSEE ; `null` : région inconnue.' }),
			name: z.string().nullable(),
			...funnelRow
		})
	),
	byApplicantType: z.array(
		z.strictObject({
			type: z.string().nullable().meta({ description: 'Type de structure ; `null` : inconnu.' }),
			...funnelRow
		})
	),
	byTypology: z.array(
		z.strictObject({
			value: z
				.string()
				.nullable()
				.meta({ description: 'Terme de la typologie du programme ; `null` : sans typologie.' }),
			label: z.strictObject({ fr: z.string(), en: z.string() }).nullable(),
			archived: z.boolean(),
			...funnelRow
		})
	)
});

const FUNNEL_DESCRIPTION =
	'Réservé à l’équipe du programme (toutes les régions) et aux partenaires régionaux (leurs ' +
	'régions et les totaux nationaux) ; 404 pour les autres. Par région (celle de la structure ; ' +
	'« région inconnue » : `code` nul), par type de structure et par typologie (une candidature ' +
	'qui a choisi plusieurs termes compte dans chacun), avec les taux de passage et la part des ' +
	'candidatures apportées par les partenaires. Pour un partenaire, les types et les typologies ' +
	'portent sur ses régions.';

const exportFormat = z.object({
	format: z
		.enum(['csv', 'xlsx'], { error: 'funnel.error.format' })
		.default('csv')
		.meta({ description: '`csv` (par défaut) : UTF-8 avec BOM, séparateur `;` ; `xlsx` : Excel.' })
});

const exportResponse = {
	status: 200 as const,
	name: 'FunnelExport',
	description: 'Le fichier, en pièce jointe.',
	schema: z.string(),
	files: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
};

export const funnelOperations = {
	getCallFunnel: defineOperation({
		id: 'getCallFunnel',
		method: 'GET',
		path: '/calls/{id}/funnel',
		tag: 'Sourcing régional',
		summary: 'L’entonnoir du sourcing d’un appel, par région',
		description: FUNNEL_DESCRIPTION,
		access: 'user',
		scope: 'sourcing:read',
		params: z.object({ id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel.' }) }),
		response: {
			status: 200,
			name: 'Funnel',
			description: 'L’entonnoir.',
			schema: funnelView
		}
	}),

	getCycleFunnel: defineOperation({
		id: 'getCycleFunnel',
		method: 'GET',
		path: '/cycles/{id}/funnel',
		tag: 'Sourcing régional',
		summary: 'L’entonnoir du sourcing d’une promotion (tous ses appels), par région',
		description: FUNNEL_DESCRIPTION,
		access: 'user',
		scope: 'sourcing:read',
		params: z.object({ id: z.uuid().meta({ description: 'Identifiant (UUID) de la promotion.' }) }),
		response: {
			status: 200,
			name: 'Funnel',
			description: 'L’entonnoir.',
			schema: funnelView
		}
	}),

	exportCallFunnel: defineOperation({
		id: 'exportCallFunnel',
		method: 'GET',
		path: '/calls/{id}/funnel/export',
		tag: 'Sourcing régional',
		summary: 'Exporter l’entonnoir d’un appel (CSV ou XLSX)',
		description:
			'Les lignes de l’entonnoir (France entière, régions, types de structure, typologies), ' +
			'une colonne par étape, les taux en pourcentage et la part des partenaires. Même accès ' +
			'que `GET /calls/{id}/funnel` : un partenaire n’y trouve que ses régions et les totaux nationaux.',
		access: 'user',
		scope: 'sourcing:read',
		params: z.object({ id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel.' }) }),
		query: exportFormat,
		response: exportResponse
	}),

	exportCycleFunnel: defineOperation({
		id: 'exportCycleFunnel',
		method: 'GET',
		path: '/cycles/{id}/funnel/export',
		tag: 'Sourcing régional',
		summary: 'Exporter l’entonnoir d’une promotion (CSV ou XLSX)',
		description: 'Comme `GET /calls/{id}/funnel/export`, pour tous les appels de la promotion.',
		access: 'user',
		scope: 'sourcing:read',
		params: z.object({ id: z.uuid().meta({ description: 'Identifiant (UUID) de la promotion.' }) }),
		query: exportFormat,
		response: exportResponse
	})
};

export { funnelView };
