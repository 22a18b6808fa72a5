import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';

/**
 * What every delete of the package answers, as n8n's own nodes do: `{ "deleted": true, "id": … }`, whatever the
 * vendor sent back (an empty body, the id, or the deleted record). `idParameter` names the node parameter that held
 * the deleted record's id; `answerIdField`, when given and present in the answer, names the vendor's own id instead
 * (a record deleted by an external ID then still reports the vendor's id).
 */
export function deletedRecord(idParameter: string, answerIdField?: string) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const answered = answerIdField ? items[0]?.json?.[answerIdField] : undefined;
		const id =
			typeof answered === 'string' || typeof answered === 'number'
				? answered
				: (this.getNodeParameter(idParameter, undefined, { extractValue: true }) as string | number);
		return [{ json: { deleted: true, id } }];
	};
}

/**
 * One item per row: an answer that is a list becomes one item per element (n8n splits lists itself only when an
 * operation has no postReceive of its own); an object stays one item. Put it first among an operation's postReceive.
 */
export async function oneItemPerRow(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => {
		const json = item.json as unknown;
		if (!Array.isArray(json)) return [item];
		return json.map((row: unknown) => ({
			json: (typeof row === 'object' && row !== null && !Array.isArray(row) ? row : { value: row }) as IDataObject,
		}));
	});
}

/**
 * The Simplify switch: on, each item keeps only the fields a workflow usually needs. On by default, as n8n's UX
 * guidelines ask; operations that existed before it pass `false`, so stored workflows keep their output.
 */
export function simplifySwitch(what: string, defaultValue = true): INodeProperties {
	const field: INodeProperties = {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a simplified version of each ${what} instead of the raw data`,
	};
	return defaultValue ? field : { ...field, default: false };
}

/**
 * The postReceive behind the Simplify switch: when the operation's `simplify` parameter is on, each item keeps only
 * `fields` (the ones it has); off, or without the parameter, items pass unchanged. For a list walked page by page,
 * give `listProperty`: the records inside each page (`{"plans": [...], "meta": ...}`) are simplified and the page
 * kept, so the page walk still finds its records and `meta`.
 */
export function simplified(fields: string[], listProperty?: string) {
	const pick = (record: IDataObject): IDataObject => {
		const json: IDataObject = {};
		for (const field of fields) if (field in record) json[field] = record[field];
		return json;
	};
	const isRecord = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!(this.getNodeParameter('simplify', false) as boolean)) return items;
		return items.map((item) => {
			if (!listProperty) return { ...item, json: pick(item.json) };
			const list = item.json[listProperty];
			if (!Array.isArray(list)) return item;
			return { ...item, json: { ...item.json, [listProperty]: list.map((row) => (isRecord(row) ? pick(row) : row)) } };
		});
	};
}

/**
 * The object under `property` as the item, or an empty object when the vendor answers null there (metadata that was
 * all deleted): one item out per item in, where routing's `rootProperty` would drop the item.
 */
export function objectAt(property: string) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return items.map((item) => {
			const value = item.json[property];
			return { ...item, json: typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as IDataObject) : {} };
		});
	};
}

/**
 * For actions the vendor answers with an empty body: the item says what was done, `{ success: true, <id>: … }`,
 * rather than an empty object. An answer with a body is passed on as it is.
 */
export function acknowledged(idParameter: string, idField = 'id') {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body;
		if (body && typeof body === 'object' && Object.keys(body).length) return items;
		const id = this.getNodeParameter(idParameter, undefined, { extractValue: true }) as string | number;
		return [{ json: { success: true, [idField]: id } }];
	};
}
