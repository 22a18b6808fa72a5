import { defineOperation } from '../../../shared/operation';
import { bodyText, group } from '../../../shared/fields';

export const open = defineOperation({
	name: 'Open',
	value: 'open',
	action: 'Track an app open',
	description: 'Record that a deep link opened your app, and learn which click and link brought the user',
	operationId: 'trackOpen',
	method: 'POST',
	path: '/track/open',
	fields: [
		group('additionalFields', [
			bodyText(
				'deepLink',
				'Deep Link',
				'The deep link that opened the app. Empty: Dub matches a recent click from the same IP address on Dub Domain (probabilistic tracking).',
				'https://acme.link/promo',
			),
			bodyText('dubDomain', 'Dub Domain', 'Your deep-link domain on Dub, for probabilistic tracking without a deep link', 'acme.link'),
		]),
	],
});
