import { runNode } from '../engine';
import type { ContractServer } from '../contract/server';
import { dubCredentials, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

// The 8-byte PNG signature and a few bytes that are not valid UTF-8, so a text round trip would show.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80]);

describe('Dub › QR Code', () => {
	it('returns the image as binary data, byte for byte, with the options sent', async () => {
		server.on('getQRCode', { body: PNG, headers: { 'content-type': 'image/png' } });
		const result = await runNode({
			type: 'dub',
			parameters: {
				resource: 'qrCode',
				operation: 'get',
				url: 'https://dub.sh/github',
				additionalFields: { size: 300, fgColor: '#112233', level: 'H', hideLogo: true },
				options: { fileName: 'github.png', binaryPropertyName: 'qr' },
			},
			credentials: dubCredentials(server),
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('getQRCode')[0].query).toEqual({
			url: 'https://dub.sh/github',
			size: '300',
			fgColor: '#112233',
			level: 'H',
			hideLogo: 'true',
		});
		expect(result.items).toEqual([{ url: 'https://dub.sh/github' }]);
		const binary = result.rawItems[0].binary?.qr;
		expect(binary).toMatchObject({ fileName: 'github.png', mimeType: 'image/png', fileExtension: 'png' });
		expect(Buffer.from(binary!.data, 'base64')).toEqual(PNG);
	});

	it('turns a Dub error into the node error instead of a file', async () => {
		server.on('getQRCode', { status: 400, body: { error: { code: 'bad_request', message: 'Invalid URL' } } });
		const result = await runNode({
			type: 'dub',
			parameters: { resource: 'qrCode', operation: 'get', url: 'not a url' },
			credentials: dubCredentials(server),
		});
		expect(result.error?.message).toContain('Invalid URL');
	});
});
