import { binaryResponse } from '../../../shared/binary';
import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { boolean, color, group, number, optionalFields, options, text } from '../../../shared/fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a QR code',
	description: 'A PNG QR code for a URL, as binary data (e.g. to attach to an email or upload to storage)',
	operationId: 'getQRCode',
	method: 'GET',
	path: '/qr',
	request: { encoding: 'arraybuffer', json: false, returnFullResponse: true, headers: { Accept: 'image/png' } },
	checks: [required('URL', 'url', 'qs')],
	fields: [
		text('url', 'URL', 'What the QR code opens, usually a short link', 'query', { required: true, placeholder: 'https://dub.sh/github' }),
		optionalFields([
			color('bgColor', 'Background Color', undefined, 'query', { default: '#FFFFFF' }),
			options('level', 'Error Correction Level', 'Higher levels survive more damage (or a larger logo) but make denser codes', [['High (30%)', 'H'], ['Low (7%)', 'L'], ['Medium (15%)', 'M'], ['Quartile (25%)', 'Q']], 'L', 'query'),
			color('fgColor', 'Foreground Color', undefined, 'query', { default: '#000000' }),
			boolean('hideLogo', 'Hide Logo', 'Whether to leave the logo out of the middle (paid plans)', 'query'),
			boolean('includeMargin', 'Include Margin', 'Whether to draw a quiet zone around the code', 'query', { default: true }),
			text('logo', 'Logo URL', "An image for the middle of the code instead of the workspace's logo (paid plans)", 'query', { placeholder: 'https://acme.com/logo.png' }),
			number('margin', 'Margin', 'Width of the quiet zone, in modules (the squares of the code)', 'query', { typeOptions: { minValue: 0 }, default: 2 }),
			number('size', 'Size', 'Width and height of the image, in pixels', 'query', { typeOptions: { minValue: 1 }, default: 600 }),
		]),
		group('options', [
			text('binaryPropertyName', 'Put Output File in Field', undefined, undefined, { default: 'data', hint: 'The name of the output binary field to put the file in' }),
			text('fileName', 'File Name', undefined, undefined, { default: 'qr-code.png' }),
		]),
	],
	postReceive: [
		binaryResponse((ctx, contentType) => {
			const options = ctx.getNodeParameter('options', {}) as { binaryPropertyName?: string; fileName?: string };
			return {
				fileName: options.fileName || 'qr-code.png',
				mimeType: contentType ?? 'image/png',
				property: options.binaryPropertyName || 'data',
				json: { url: ctx.getNodeParameter('url') as string },
			};
		}),
	],
});
