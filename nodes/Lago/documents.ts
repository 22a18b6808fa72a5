import { NodeOperationError, sanitizeFilename, type IDataObject, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { binaryItem, downloadFile, pollUntil } from '../shared/binary';
import type { RequestRunner } from '../shared/client';
import { lagoClient } from './client';
import { group, number, text } from '../shared/fields';

/** How long the node waits for Lago to generate a PDF unless the user says otherwise. */
export const DEFAULT_WAIT_SECONDS = 30;

/** The Options of a download: how long to wait for the file, and where to put it. */
export const downloadOptions: INodeProperties = group('options', [
	text('binaryPropertyName', 'Put Output File in Field', undefined, undefined, { default: 'data', hint: 'The name of the output binary field to put the PDF in' }),
	number('waitSeconds', 'Wait for PDF (Seconds)', 'Lago generates PDFs in the background: how long to keep checking for the file before giving up, in seconds. Checks start after half a second and slow down to one every 5 seconds.', undefined, { default: DEFAULT_WAIT_SECONDS, typeOptions: { minValue: 0, maxValue: 600 } }),
]);

interface DocumentKind {
	/** The property Lago wraps the record in: `invoice`, `credit_note`, `payment_receipt`. */
	recordProperty: string;
	/** In messages: "invoice". */
	label: string;
	/** The file name before the number: `invoice` gives invoice-LAG-1234-001-001.pdf. */
	fileStem: string;
	/** The path that reads the record, from the path of the operation's own request. */
	readPath: (url: string) => string;
}

/** The record in Lago's answer; an empty answer (Lago may queue the PDF and answer 200 without a body) gives {}. */
const recordOf = (items: INodeExecutionData[], property: string): IDataObject => {
	const json: unknown = items[0]?.json;
	if (!json || typeof json !== 'object') return {};
	const inner = (json as IDataObject)[property];
	return (inner && typeof inner === 'object' ? inner : json) as IDataObject;
};

const hasFile = (record: IDataObject) => typeof record.file_url === 'string' && record.file_url.trim() !== '';

/**
 * A download of a Lago PDF as n8n binary data. Lago answers the download request with the record, whose `file_url`
 * stays empty (or with no body at all) while the PDF is generated; the record is read again (waiting longer each time) until the URL appears
 * or the wait is over, then the file is fetched from it, without the API key, and returned as `data` (or the field
 * the user chose) beside the record.
 */
export function pdfDownload(kind: DocumentKind): RequestRunner {
	return async function (requestData) {
		const waitSeconds = this.getNodeParameter('options.waitSeconds', DEFAULT_WAIT_SECONDS) as number;
		const property = (this.getNodeParameter('options.binaryPropertyName', 'data') as string).trim() || 'data';
		const first = recordOf(await lagoClient.send.call(this, requestData), kind.recordProperty);
		const readPath = kind.readPath(requestData.options.url ?? '');
		const read = { ...requestData, options: { ...requestData.options, method: 'GET' as const, url: readPath, body: undefined } };
		const polled = await pollUntil(
			first,
			async () => recordOf(await lagoClient.send.call(this, read), kind.recordProperty),
			hasFile,
			{ timeoutMs: Math.max(0, waitSeconds) * 1000 },
		);
		const record = polled.value;
		const name = String(record.number ?? record.lago_id ?? decodeURIComponent(readPath.split('/').pop() ?? ''));
		if (!polled.ready) {
			throw new NodeOperationError(this.getNode(), `Lago had not generated the PDF of ${kind.label} ${name} after ${waitSeconds} seconds`, {
				itemIndex: this.getItemIndex(),
				description:
					'Lago builds PDFs in the background, and a busy or self-hosted Lago without its PDF service can take longer or never finish. Raise "Wait for PDF (Seconds)" in Options, or run the node again later.',
			});
		}
		const bytes = await downloadFile(this, String(record.file_url), `the PDF of ${kind.label} ${name}`);
		return [
			await binaryItem(this, bytes, {
				property,
				fileName: sanitizeFilename(`${kind.fileStem}-${name}.pdf`),
				mimeType: 'application/pdf',
				json: record,
			}),
		];
	};
}
