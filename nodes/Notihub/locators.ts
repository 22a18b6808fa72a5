import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { invalidField } from '../shared/validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** Reads a locator's value and refuses anything but a UUID, the only form of Notihub customer and message IDs. */
export function uuidParameter(ctx: IExecuteSingleFunctions, parameter: string, label: string, hint?: string) {
	const value = String(ctx.getNodeParameter(parameter, '', { extractValue: true }) ?? '').trim();
	if (!value) throw invalidField(ctx, label, 'is required');
	if (!UUID.test(value)) throw invalidField(ctx, label, `must be a Notihub ID (a UUID), got "${value}"`, hint);
	return value;
}

const CUSTOMER_ID_HINT =
	'Notihub names customers by the UUID it generated. To find one by your own external ID, email or phone, use Customer › Get Many with Search.';

/** A preSend that points the request at `/customers/<id><suffix>`. */
export function customerPath(suffix = '') {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		request.url = `/customers/${uuidParameter(this, 'customerId', 'Customer', CUSTOMER_ID_HINT)}${suffix}`;
		return request;
	};
}

/** The customer picker; `routing` says where the ID goes (a path or a body field). */
export function customerLocator(
	resource: string,
	operation: string[],
	routing: INodeProperties['routing'],
	description = 'The customer to act on',
): INodeProperties {
	return {
		displayName: 'Customer',
		name: 'customerId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show: { resource: [resource], operation } },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCustomers', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '0f42b842-007d-4c98-9160-ae6b6e908ca0',
				validation: [{ type: 'regex', properties: { regex: UUID_PATTERN, errorMessage: 'A Notihub customer ID is a UUID' } }],
			},
		],
		routing,
	};
}

/** Checks the customer ID that routing put into the body (Message › Send). */
export async function customerInBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const body = request.body as { customerId?: string };
	body.customerId = uuidParameter(this, 'customerId', 'Customer', CUSTOMER_ID_HINT);
	return request;
}
