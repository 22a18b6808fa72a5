import { defineOperation } from '../../../shared/operation';
import { oneItemPerRow, simplified } from '../../../shared/output';
import { linkInfoLocator, linkInfoQuery, linkSimplify, simpleLink } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a link',
	description: 'Retrieve a link by ID, external ID or short link (domain and key)',
	operationId: 'getLinkInfo',
	method: 'GET',
	path: '/links/info',
	fields: [linkInfoLocator, linkSimplify],
	preSend: [linkInfoQuery],
	postReceive: [oneItemPerRow, simplified(simpleLink)],
});
