import { defineResource } from '../../../shared/operation';
import { ban } from './ban';
import { createEmbedToken } from './createEmbedToken';
import { createLink } from './createLink';
import { deactivate } from './deactivate';
import { getAll } from './getAll';
import { getAnalytics } from './getAnalytics';
import { getLinks } from './getLinks';
import { upsert } from './upsert';
import { upsertLink } from './upsertLink';

export const partner = defineResource({
	name: 'Partner',
	value: 'partner',
	operations: [ban, createEmbedToken, createLink, upsert, upsertLink, deactivate, getAnalytics, getLinks, getAll],
});
