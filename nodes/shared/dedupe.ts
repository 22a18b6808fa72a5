import type { IDataObject } from 'n8n-workflow';

/**
 * A bounded memory of delivery ids, kept in the node's workflow static data, so a delivery that a vendor retries
 * (or that arrives twice) starts the workflow once. It remembers at most `maxEntries` ids, none older than
 * `windowMs`.
 */
export interface DedupeOptions {
	maxEntries?: number;
	windowMs?: number;
	/** The static data key the memory lives under. */
	key?: string;
	/** The current time in epoch milliseconds; for tests. */
	now?: number;
}

export const DEDUPE_DEFAULTS = {
	maxEntries: 500,
	windowMs: 72 * 60 * 60 * 1000,
	key: 'recentDeliveries',
};

interface Remembered {
	id: string;
	at: number;
}

function remembered(value: unknown): Remembered[] {
	if (!Array.isArray(value)) return [];
	return value.filter(
		(entry): entry is Remembered =>
			typeof entry === 'object' && entry !== null && typeof entry.id === 'string' && typeof entry.at === 'number',
	);
}

function recentEntries(staticData: IDataObject, options: DedupeOptions) {
	const windowMs = options.windowMs ?? DEDUPE_DEFAULTS.windowMs;
	const now = options.now ?? Date.now();
	return remembered(staticData[options.key ?? DEDUPE_DEFAULTS.key]).filter((entry) => now - entry.at < windowMs);
}

/** True when `id` was remembered within the window; remembers nothing. A blank id is never seen. */
export function isRemembered(staticData: IDataObject, id: string | undefined | null, options: DedupeOptions = {}): boolean {
	if (typeof id !== 'string' || id === '') return false;
	return recentEntries(staticData, options).some((entry) => entry.id === id);
}

/**
 * True when `id` was seen within the window; otherwise remembers it and answers false. A blank id cannot be
 * deduplicated and is never remembered.
 */
export function seenBefore(staticData: IDataObject, id: string | undefined | null, options: DedupeOptions = {}): boolean {
	if (typeof id !== 'string' || id === '') return false;
	const recent = recentEntries(staticData, options);
	if (recent.some((entry) => entry.id === id)) return true;
	recent.push({ id, at: options.now ?? Date.now() });
	staticData[options.key ?? DEDUPE_DEFAULTS.key] = recent.slice(-(options.maxEntries ?? DEDUPE_DEFAULTS.maxEntries)) as unknown as IDataObject[];
	return false;
}

/** Forgets every remembered id, e.g. when the webhook is deleted. */
export function forgetDeliveries(staticData: IDataObject, key = DEDUPE_DEFAULTS.key) {
	delete staticData[key];
}
