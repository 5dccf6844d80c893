/**
 * A readable name for a browser's user agent, for the list of sessions ("Firefox", "Windows").
 * Pure and approximate: it only helps a person recognise their own devices.
 */
export type DeviceLabel = { browser: string | null; system: string | null };

const BROWSERS: [RegExp, string][] = [
	[/Edg(e|A|iOS)?\//, 'Edge'],
	[/OPR\/|Opera/, 'Opera'],
	[/SamsungBrowser\//, 'Samsung Internet'],
	[/Firefox\/|FxiOS\//, 'Firefox'],
	[/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
	[/Safari\//, 'Safari'],
	[/curl\//, 'curl']
];

const SYSTEMS: [RegExp, string][] = [
	[/Windows/, 'Windows'],
	[/iPhone|iPad|iPod/, 'iOS'],
	[/Android/, 'Android'],
	[/CrOS/, 'ChromeOS'],
	[/Mac OS X|Macintosh/, 'macOS'],
	[/Linux/, 'Linux']
];

export function describeUserAgent(ua: string | null | undefined): DeviceLabel {
	const s = ua ?? '';
	const browser = BROWSERS.find(([re]) => re.test(s))?.[1] ?? null;
	const system = SYSTEMS.find(([re]) => re.test(s))?.[1] ?? null;
	return { browser, system };
}
