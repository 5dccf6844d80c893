/**
 * Domain errors. The domain never speaks HTTP: the edges (form actions, API handlers, the CLI) map
 * these to a status code, a form message or an exit code.
 */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
	readonly code: string;
	constructor(code: string, message: string) {
		super(message);
		this.code = code;
	}
}

/** The thing does not exist, or the actor may not know that it does (forbidden reads say this). */
export class NotFound extends DomainError {
	constructor(message = 'Introuvable') {
		super('not_found', message);
	}
}

/** The actor is known but may not do this (for writes on things they can see). */
export class Forbidden extends DomainError {
	constructor(message = 'Action non autorisée') {
		super('forbidden', message);
	}
}

/** Nobody is logged in and the action needs someone. */
export class Unauthenticated extends DomainError {
	constructor(message = 'Connexion requise') {
		super('unauthenticated', message);
	}
}

/** The input breaks a rule; `fields` says which field and why. */
export class Invalid extends DomainError {
	readonly fields: FieldErrors;
	constructor(message: string, fields: FieldErrors = {}) {
		super('invalid', message);
		this.fields = fields;
	}
}

/** The state of things forbids it now (a duplicate, a stale edit). */
export class Conflict extends DomainError {
	constructor(message: string) {
		super('conflict', message);
	}
}

/** Too many attempts; try again later. */
export class RateLimited extends DomainError {
	readonly retryAfterSeconds: number;
	constructor(message: string, retryAfterSeconds: number) {
		super('rate_limited', message);
		this.retryAfterSeconds = retryAfterSeconds;
	}
}

export function httpStatusOf(e: DomainError): number {
	switch (e.code) {
		case 'not_found':
			return 404;
		case 'forbidden':
			return 403;
		case 'unauthenticated':
			return 401;
		case 'invalid':
			return 422;
		case 'conflict':
			return 409;
		case 'rate_limited':
			return 429;
		default:
			return 400;
	}
}
