import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeParameterResourceLocator } from 'n8n-workflow';

import { invalidField } from './validation';

/**
 * Builds the request path from a resource locator. Routing expressions only ever see a locator's value, never
 * its mode, so a mode that changes the path (Dub addresses external IDs as `ext_<id>`) needs this preSend.
 */
export function pathFromLocator(
	parameter: string,
	label: string,
	path: (segment: string) => string,
	prefixByMode: Record<string, string> = {},
) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const locator = this.getNodeParameter(parameter, undefined, { extractValue: false }) as INodeParameterResourceLocator;
		const value = String(this.getNodeParameter(parameter, '', { extractValue: true }) ?? '').trim();
		if (!value) throw invalidField(this, label, 'is required');
		request.url = path(encodeURIComponent(`${prefixByMode[locator.mode] ?? ''}${value}`));
		return request;
	};
}
