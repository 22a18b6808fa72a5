import { binaryResponse } from '../../../shared/binary';
import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { optionalFields } from '../common';

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
		{
			displayName: 'URL',
			name: 'url',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://dub.sh/github',
			description: 'What the QR code opens, usually a short link',
			routing: { send: { type: 'query', property: 'url' } },
		},
		optionalFields([
			{
				displayName: 'Background Color',
				name: 'bgColor',
				type: 'color',
				default: '#FFFFFF',
				routing: { send: { type: 'query', property: 'bgColor' } },
			},
			{
				displayName: 'Error Correction Level',
				name: 'level',
				type: 'options',
				default: 'L',
				description: 'Higher levels survive more damage (or a larger logo) but make denser codes',
				options: [
					{ name: 'High (30%)', value: 'H' },
					{ name: 'Low (7%)', value: 'L' },
					{ name: 'Medium (15%)', value: 'M' },
					{ name: 'Quartile (25%)', value: 'Q' },
				],
				routing: { send: { type: 'query', property: 'level' } },
			},
			{
				displayName: 'Foreground Color',
				name: 'fgColor',
				type: 'color',
				default: '#000000',
				routing: { send: { type: 'query', property: 'fgColor' } },
			},
			{
				displayName: 'Hide Logo',
				name: 'hideLogo',
				type: 'boolean',
				default: false,
				description: 'Whether to leave the logo out of the middle (paid plans)',
				routing: { send: { type: 'query', property: 'hideLogo' } },
			},
			{
				displayName: 'Include Margin',
				name: 'includeMargin',
				type: 'boolean',
				default: true,
				description: 'Whether to draw a quiet zone around the code',
				routing: { send: { type: 'query', property: 'includeMargin' } },
			},
			{
				displayName: 'Logo URL',
				name: 'logo',
				type: 'string',
				default: '',
				placeholder: 'https://acme.com/logo.png',
				description: "An image for the middle of the code instead of the workspace's logo (paid plans)",
				routing: { send: { type: 'query', property: 'logo' } },
			},
			{
				displayName: 'Margin',
				name: 'margin',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 2,
				description: 'Width of the quiet zone, in modules (the squares of the code)',
				routing: { send: { type: 'query', property: 'margin' } },
			},
			{
				displayName: 'Size',
				name: 'size',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 600,
				description: 'Width and height of the image, in pixels',
				routing: { send: { type: 'query', property: 'size' } },
			},
		]),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Put Output File in Field',
					name: 'binaryPropertyName',
					type: 'string',
					default: 'data',
					hint: 'The name of the output binary field to put the file in',
				},
				{
					displayName: 'File Name',
					name: 'fileName',
					type: 'string',
					default: 'qr-code.png',
				},
			],
		},
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
