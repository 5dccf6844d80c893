import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { missingAnswers, type MissingAnswer } from '../calls/form/completeness.ts';
import { evaluateEligibility, type EligibilityRule } from './eligibility.ts';
import type { OrganisationType, HeadcountBand } from './organisation.ts';
import { assertMayReadApplication, isProgrammeTeam, type MemberRole } from './policy.ts';
import {
	presentApplication,
	presentAttachment,
	presentFindings,
	type ApplicationView,
	type AttachmentView,
	type FindingView,
	type MemberView
} from './presenters.ts';
import { liveAttachments, membersOf, transitionsOf, type ApplicationContext } from './queries.ts';
import { allowedTransitions, isReconsideration, type ApplicationStatus } from './status.ts';
import { DISCLOSED_ON_NOTICE, notifiedOfCurrent, undisclosedDecisions } from './decisionNotice.ts';
import { loadApplication } from './shared.ts';

export type ApplicationDetail = ApplicationView & {
	/**
	 * How the actor relates to it: a holder (owner, co-holder), the programme's team, or a regional
	 * partner (reading only).
	 */
	viewerRole: MemberRole | 'team' | 'partner';
	/** Required visible questions still unanswered, in form order. */
	missingAnswers: MissingAnswer[];
	/** Whether an organisation profile is still missing. */
	organisationMissing: boolean;
	/** The eligibility rules evaluated on the answers as they are now. */
	eligibility: { blocking: FindingView[]; review: FindingView[] };
	/** Statuses the actor may move it to. */
	allowedTransitions: ApplicationStatus[];
	members: MemberView[];
	attachments: AttachmentView[];
	history: {
		fromStatus: string;
		toStatus: string;
		reason: string | null;
		actorName: string | null;
		at: string;
	}[];
};

/** The eligibility findings for an application as it stands. */
export function eligibilityOf(app: ApplicationContext) {
	const rules = Array.isArray(app.call.eligibilityRules)
		? (app.call.eligibilityRules as EligibilityRule[])
		: [];
	return evaluateEligibility(rules, {
		organisation: app.organisation
			? {
					type: app.organisation.type as OrganisationType,
					headcountBand: app.organisation.headcountBand as HeadcountBand,
					region: app.organisation.regionCode
				}
			: null,
		answers: app.answers,
		definition: app.form.definition
	});
}

/**
 * An application with what its pages show: what is missing before submission, the eligibility
 * preview, its holders, attachments and history. Holders read their own; the programme's team
 * reads all; a regional partner reads those of its regions and those attributed to it, past the
 * draft stage; for anyone else it does not exist.
 */
export async function getApplication(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<ApplicationDetail> {
	const { app, access } = await loadApplication(db, actor, applicationId);
	assertMayReadApplication(actor, access);
	const team = isProgrammeTeam(actor, app.programmeId);
	const eligibility = eligibilityOf(app);
	const locale = actor.locale;
	// Holders learn a jury decision when the team informs every applicant, not before.
	const hideDecision =
		access.memberRole !== null &&
		!team &&
		(await undisclosedDecisions(db, [{ id: app.id, status: app.status }])).has(app.id);
	const decisionStep = (status: string) =>
		(DISCLOSED_ON_NOTICE as readonly string[]).includes(status);
	const history = (await transitionsOf(db, app.id)).filter(
		(h) => !hideDecision || !(decisionStep(h.toStatus) || decisionStep(h.fromStatus))
	);
	return {
		...presentApplication(hideDecision ? { ...app, status: 'under_review' } : app, locale),
		viewerRole: access.memberRole ?? (team ? 'team' : 'partner'),
		missingAnswers: missingAnswers(app.form.definition, app.answers),
		organisationMissing: app.organisation === null,
		eligibility: {
			blocking: presentFindings(eligibility.blocking, locale),
			review: presentFindings(eligibility.review, locale)
		},
		allowedTransitions: [
			...(access.memberRole ? allowedTransitions(app.status, 'holder') : []),
			...(team ? await teamTransitions(db, app.id, app.status) : [])
		],
		members: (await membersOf(db, app.id)).map((m) => ({
			userId: m.userId,
			name: m.name,
			email: m.email,
			role: m.role
		})),
		attachments: (await liveAttachments(db, app.id)).map(presentAttachment),
		history: history.map((h) => ({
			fromStatus: h.fromStatus,
			toStatus: h.toStatus,
			reason: h.reason,
			actorName: h.actorName,
			at: h.at.toISOString()
		}))
	};
}

/**
 * The team's moves from the application's status: not a merger (the synergies make those), and no
 * reconsidering a decision the holders were told of.
 */
async function teamTransitions(
	db: DbOrTx,
	applicationId: string,
	status: ApplicationStatus
): Promise<ApplicationStatus[]> {
	const moves = allowedTransitions(status, 'team').filter((to) => to !== 'merged');
	if (!moves.some((to) => isReconsideration(status, to))) return moves;
	const told = (await notifiedOfCurrent(db, [applicationId])).has(applicationId);
	return told ? moves.filter((to) => !isReconsideration(status, to)) : moves;
}
