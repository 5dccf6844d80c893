/** Only same-site paths: an open redirect would let a link send users anywhere after login. */
export function safeRedirectTarget(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string') return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	return value;
}
