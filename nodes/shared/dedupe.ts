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
	/**
	 * Whose memory this is (workflow, node, registration). Given, this process also keeps the memory between
	 * deliveries, for the time n8n's copy of it is not yet saved (see `processMemory`).
	 */
	owner?: string;
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

/**
 * The memories this process handled lately, by owner and key. n8n loads a workflow's static data for each delivery
 * and saves it whole after the delivery was answered: a repeat sent right after the answer finds the id not yet
 * saved, and two deliveries handled at once each save a copy without the other's id. Merged into every check and
 * written back, this copy makes one n8n process drop every repeat, and repairs the saved memory with its next save.
 * At most `MAX_OWNERS` memories, the least recently used forgotten first.
 */
const processMemory = new Map<string, Remembered[]>();
const MAX_OWNERS = 200;

const keyOf = (options: DedupeOptions) => options.key ?? DEDUPE_DEFAULTS.key;
const memoryName = (options: DedupeOptions) => `${options.owner ?? ''}\u0000${keyOf(options)}`;

/** The ids remembered within the window: those `saved` in static data, and those this process kept for the owner. */
function recentEntries(saved: Remembered[], options: DedupeOptions) {
	const windowMs = options.windowMs ?? DEDUPE_DEFAULTS.windowMs;
	const now = options.now ?? Date.now();
	const kept = options.owner === undefined ? [] : (processMemory.get(memoryName(options)) ?? []);
	const ids = new Set(saved.map((entry) => entry.id));
	const merged = kept.length ? [...saved, ...kept.filter((entry) => !ids.has(entry.id))].sort((a, b) => a.at - b.at) : saved;
	return merged.filter((entry) => now - entry.at < windowMs);
}

function keep(entries: Remembered[], options: DedupeOptions) {
	const name = memoryName(options);
	processMemory.delete(name);
	processMemory.set(name, entries);
	if (processMemory.size > MAX_OWNERS) processMemory.delete(processMemory.keys().next().value as string);
}

/** True when `id` was remembered within the window; remembers nothing. A blank id is never seen. */
export function isRemembered(staticData: IDataObject, id: string | undefined | null, options: DedupeOptions = {}): boolean {
	if (typeof id !== 'string' || id === '') return false;
	return recentEntries(remembered(staticData[keyOf(options)]), options).some((entry) => entry.id === id);
}

/**
 * True when `id` was seen within the window; otherwise remembers it and answers false. A blank id cannot be
 * deduplicated and is never remembered.
 */
export function seenBefore(staticData: IDataObject, id: string | undefined | null, options: DedupeOptions = {}): boolean {
	if (typeof id !== 'string' || id === '') return false;
	const saved = remembered(staticData[keyOf(options)]);
	const recent = recentEntries(saved, options);
	const seen = recent.some((entry) => entry.id === id);
	if (!seen) recent.push({ id, at: options.now ?? Date.now() });
	const memory = recent.slice(-(options.maxEntries ?? DEDUPE_DEFAULTS.maxEntries));
	if (options.owner !== undefined) keep(memory, options);
	// Written only when it differs from what was loaded (a new id, ids this process kept, ids past the window), so a
	// repeat saves the ids its copy lacked and an unchanged memory is not saved again.
	const unchanged = memory.length === saved.length && memory.every((entry, i) => entry.id === saved[i].id);
	if (!unchanged) staticData[keyOf(options)] = memory as unknown as IDataObject[];
	return seen;
}

/** Forgets every remembered id, e.g. when the webhook is deleted. */
export function forgetDeliveries(staticData: IDataObject, key = DEDUPE_DEFAULTS.key) {
	delete staticData[key];
}
