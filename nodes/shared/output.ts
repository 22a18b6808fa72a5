import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

/**
 * What every delete of the package answers, as n8n's own nodes do: `{ "deleted": true, "id": … }`, whatever the
 * vendor sent back (an empty body, the id, or the deleted record). `idParameter` names the node parameter that held
 * the deleted record's id; `answerIdField`, when given and present in the answer, names the vendor's own id instead
 * (a record deleted by an external ID then still reports the vendor's id).
 */
export function deletedRecord(idParameter: string, answerIdField?: string) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		_response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const answered = answerIdField ? items[0]?.json?.[answerIdField] : undefined;
		const id =
			typeof answered === 'string' || typeof answered === 'number'
				? answered
				: (this.getNodeParameter(idParameter, undefined, { extractValue: true }) as string | number);
		return [{ json: { deleted: true, id } }];
	};
}
