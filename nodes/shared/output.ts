import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	PostReceiveAction,
} from 'n8n-workflow';

/**
 * What every delete of the package answers, as n8n's own nodes do: `{ "deleted": true, "id": … }`, whatever the
 * vendor sent back (an empty body, the id, or the deleted record). `idParameter` names the node parameter that held
 * the deleted record's id.
 */
export function deletedRecord(idParameter: string) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		_response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const id = this.getNodeParameter(idParameter, undefined, { extractValue: true }) as string | number;
		return [{ json: { deleted: true, id } }];
	};
}

/** The Simplify switch that `simplify` reads; on by default, as in n8n's own nodes. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/**
 * Keeps only `fields` of each record when the node's Simplify switch is on. For a list walked page by page, give
 * `listProperty`: the records inside each page (`{"plans": [...], "meta": ...}`) are simplified and the page kept,
 * so the page walk still finds its records and `meta`.
 */
export function simplify(fields: string[], listProperty?: string): PostReceiveAction {
	const pick = (record: unknown): IDataObject => {
		if (typeof record !== 'object' || record === null || Array.isArray(record)) return record as IDataObject;
		const source = record as IDataObject;
		return Object.fromEntries(fields.filter((field) => field in source).map((field) => [field, source[field]]));
	};
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!(this.getNodeParameter('simplify', false) as boolean)) return items;
		return items.map((item) => {
			if (!listProperty) return { ...item, json: pick(item.json) };
			const list = item.json[listProperty];
			return Array.isArray(list) ? { ...item, json: { ...item.json, [listProperty]: list.map(pick) } } : item;
		});
	};
}

/**
 * The object under `property` as the item, or an empty object when the vendor answers null there (metadata that was
 * all deleted): one item out per item in, where routing's `rootProperty` would drop the item.
 */
export function objectAt(property: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return items.map((item) => {
			const value = item.json[property];
			return { ...item, json: typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as IDataObject) : {} };
		});
	};
}
