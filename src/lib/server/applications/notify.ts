/** The e-mails the applications domain sends, queued in the caller's transaction. */
import type { Services } from '../app.ts';
import type { Tx } from '../db/client.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { translator } from '../../i18n/index.ts';
import { queueEmail } from '../notifications/outbox.ts';
import type { ApplicationContext } from './queries.ts';
import { membersOf } from './queries.ts';
import { STATUS_LABEL_KEYS, type ApplicationStatus } from './status.ts';

export const applicationUrl = (svc: Pick<Services, 'publicUrl'>, id: string) =>
	`${svc.publicUrl}/candidatures/${id}`;

/** Tells every holder of the application its new status (and why). Returns the outbox ids. */
export async function queueStatusChanged(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	app: ApplicationContext,
	to: ApplicationStatus,
	reason: string | null
): Promise<string[]> {
	const ids: string[] = [];
	for (const m of await membersOf(tx, app.id)) {
		const t = translator(m.locale);
		ids.push(
			await queueEmail(tx, {
				to: m.email,
				locale: m.locale,
				template: 'application_status_changed',
				params: {
					name: m.name,
					reference: app.reference,
					title: app.title || app.reference,
					call: app.call.title,
					status: t(STATUS_LABEL_KEYS[to]),
					reason: reason ?? t('applications.noReason'),
					url: applicationUrl(svc, app.id)
				}
			})
		);
	}
	return ids;
}

/** The receipt of a submission, to every holder. Returns the outbox ids. */
export async function queueReceipt(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	app: ApplicationContext,
	submittedAt: Date
): Promise<string[]> {
	const ids: string[] = [];
	for (const m of await membersOf(tx, app.id)) {
		ids.push(
			await queueEmail(tx, {
				to: m.email,
				locale: m.locale,
				template: 'application_receipt',
				params: {
					name: m.name,
					reference: app.reference,
					title: app.title || app.reference,
					call: app.call.title,
					submittedAt: formatDateTime(submittedAt, m.locale),
					url: applicationUrl(svc, app.id)
				}
			})
		);
	}
	return ids;
}
