import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeParameterResourceLocator } from 'n8n-workflow';

import { invalidField } from './validation';

/** How one `{name}` of a path template is filled. */
export interface PathParameter {
	/** The field's name in the editor, for errors. */
	label: string;
	/** Prepended to the value for a resource locator mode (Dub addresses external IDs as `ext_<id>`). */
	prefixByMode?: Record<string, string>;
	/** The form the vendor's IDs take (a UUID, digits); a value that does not match is refused before sending. */
	pattern?: RegExp;
	/** What the pattern means, for the error: "must be a Notihub ID (a UUID)". */
	problem?: string;
	/** Where to find a valid value, shown under the error. */
	hint?: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}`s of a path template, in order. */
export function pathPlaceholders(template: string): string[] {
	return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** Decodes percent-encoding until the text stops changing, so `%252e` is judged as `.`. */
function fullyDecoded(text: string): string {
	let current = text;
	for (let i = 0; i < 5; i++) {
		let next: string;
		try {
			next = decodeURIComponent(current);
		} catch {
			return current;
		}
		if (next === current) return current;
		current = next;
	}
	return current;
}

/**
 * Why a value cannot stand as one path segment, or undefined when it can. A segment must be a string or a finite
 * number; empty, `.`, `..` (in any percent-encoded spelling), slashes, backslashes and control characters would let the
 * request leave its operation's path, so they are refused rather than encoded.
 */
export function unsafeSegmentReason(value: unknown): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? undefined : `must be an ID, got ${String(value)}`;
	if (typeof value !== 'string') {
		const kind = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
		return `must be a text ID, got ${kind}`;
	}
	const decoded = fullyDecoded(value.trim());
	if (decoded === '') return 'is required';
	if (decoded === '.' || decoded === '..') return `cannot be "${value.trim()}"`;
	if (/[/\\]/.test(decoded)) return `cannot contain "/" or "\\", got "${value.trim()}"`;
	if ([...decoded].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) {
		return 'cannot contain control characters';
	}
	return undefined;
}

/** One path segment from a value already checked by `unsafeSegmentReason`. */
export function encodeSegment(value: string | number): string {
	return encodeURIComponent(String(value).trim());
}

/**
 * Fills a path template from node parameters, in `preSend`: each `{name}` takes the parameter `name` (a resource
 * locator's value with its mode's prefix, or a plain value), checked and encoded as one segment. The error names
 * the field and the item.
 */
export function fillPath(template: string, parameters: Record<string, PathParameter>) {
	const names = pathPlaceholders(template);
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const segments: Record<string, string> = {};
		for (const name of names) {
			const spec = parameters[name] ?? { label: name };
			const raw = this.getNodeParameter(name, undefined, { extractValue: false }) as unknown;
			const locator = isLocator(raw) ? raw : undefined;
			const value: unknown = locator ? this.getNodeParameter(name, undefined, { extractValue: true }) : raw;
			const reason = unsafeSegmentReason(value);
			if (reason) throw invalidField(this, spec.label, reason);
			if (spec.pattern && !spec.pattern.test(String(value).trim())) {
				throw invalidField(this, spec.label, `${spec.problem ?? 'has an unexpected form'}, got "${String(value).trim()}"`, spec.hint);
			}
			const prefix = (locator && spec.prefixByMode?.[locator.mode]) ?? '';
			segments[name] = encodeSegment(`${prefix}${String(value).trim()}`);
		}
		const url = template.replace(PLACEHOLDER, (_match, name: string) => segments[name]);
		// Belt and braces: the filled path must be the path a URL parser reads back, so no value moved it.
		if (!staysInPlace(url)) throw invalidField(this, spec0Label(names, parameters), 'would change the request path');
		request.url = url;
		return request;
	};
}

/** Whether a relative path is read back unchanged by a URL parser (no dot segments, no query or fragment). */
export function staysInPlace(path: string): boolean {
	const parsed = new URL(path, 'http://placeholder.invalid');
	return parsed.pathname === path.split('?')[0] && parsed.search === '' && parsed.hash === '' && !path.includes('?');
}

function spec0Label(names: string[], parameters: Record<string, PathParameter>) {
	return names.map((name) => parameters[name]?.label ?? name).join(' / ') || 'The path';
}

function isLocator(value: unknown): value is INodeParameterResourceLocator {
	return typeof value === 'object' && value !== null && (value as { __rl?: unknown }).__rl === true;
}

/** A path built outside routing (trigger lifecycles): each value checked and encoded like `fillPath`'s. */
export function pathOf(template: string, values: Record<string, unknown>): string {
	const path = template.replace(PLACEHOLDER, (_match, name: string) => {
		const reason = unsafeSegmentReason(values[name]);
		if (reason) throw new Error(`${name} ${reason}`);
		return encodeSegment(values[name] as string);
	});
	if (!staysInPlace(path)) throw new Error(`${template} would leave its path`);
	return path;
}
