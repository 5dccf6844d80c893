/** What every canvas view says about its application and the reader's rights. */
import type { CanvasAccess, CanvasRole } from './policy.ts';
import type { ApplicationStatus } from '../applications/status.ts';

export type CanvasApplication = {
	id: string;
	reference: string;
	title: string;
	/** As the reader may see it (a holder: « shortlisted » until told the final decision). */
	status: ApplicationStatus;
	callId: string;
	callTitle: string;
	programmeId: string;
};

export type CanvasRights = {
	role: CanvasRole;
	edit: boolean;
	annotate: boolean;
	share: boolean;
	readAnnotations: boolean;
	/** Why the holders may no longer edit (a message key), or null. */
	readOnlyReason: string | null;
};

export function presentApplication(a: CanvasAccess): CanvasApplication {
	const app = a.app;
	const hidden =
		(a.role === 'holder' || a.role === 'peer') &&
		(app.status === 'retained' || app.status === 'not_retained') &&
		!a.told;
	return {
		id: app.id,
		reference: app.reference,
		title: app.title,
		status: hidden ? 'shortlisted' : app.status,
		callId: app.callId,
		callTitle: app.call.title,
		programmeId: app.programmeId
	};
}

export function presentRights(a: CanvasAccess): CanvasRights {
	return { role: a.role, ...a.may, readOnlyReason: a.readOnlyReason };
}
