import { defineOperation } from '../../../shared/operation';
import { linkInfoLocator, linkInfoQuery } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a link',
	description: 'Retrieve a link by ID, external ID or short link (domain and key)',
	operationId: 'getLinkInfo',
	method: 'GET',
	path: '/links/info',
	fields: [linkInfoLocator],
	preSend: [linkInfoQuery],
});
