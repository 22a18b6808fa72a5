import { locator } from '../common';

/** The tag an operation acts on. */
export const tagLocator = locator({
	displayName: 'Tag',
	name: 'tagId',
	searchMethod: 'searchTags',
	placeholder: 'tag_1JNQBVZV8P0NA0YCKQ6YPDX',
});
