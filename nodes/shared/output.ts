import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';

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

/** The Simplify switch of operations that answer large records; `simplify` reads it by this name. */
export const simplifySwitch: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return only the fields a workflow usually needs instead of the full record',
};

/**
 * Keeps only `fields` of each record when the Simplify switch is on. A list page (`listProperty` holding the
 * records, beside its paging data) has each of its records simplified and keeps its paging data.
 */
export function simplify(fields: string[], listProperty?: string) {
	const pick = (record: IDataObject) => Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]])) as IDataObject;
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
		return items.map((item) => {
			const records = listProperty ? item.json[listProperty] : undefined;
			if (Array.isArray(records)) return { ...item, json: { ...item.json, [listProperty as string]: (records as IDataObject[]).map(pick) } };
			return { ...item, json: pick(item.json) };
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
