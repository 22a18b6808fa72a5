import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/**
 * What every delete of the package answers, as n8n's own nodes do: `{ "deleted": true, "id": … }`, whatever the
 * vendor sent back (an empty body, the id, or the deleted record). `idParameter` names the node parameter that held
 * the deleted record's id.
 */
export function deletedRecord(idParameter: string) {
	return async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
		const id = this.getNodeParameter(idParameter, undefined, { extractValue: true }) as string | number;
		return [{ json: { deleted: true, id } }];
	};
}
