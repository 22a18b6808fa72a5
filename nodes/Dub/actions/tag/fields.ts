import { options, recordLocator } from '../../../shared/fields';

/** The tag an operation acts on. */
export const tagLocator = recordLocator({ displayName: 'Tag', name: 'tagId', searchListMethod: 'searchTags', placeholder: 'tag_1JNQBVZV8P0NA0YCKQ6YPDX' });

/** One of Dub's eight tag colours. */
export const tagColor = options(
	'color',
	'Color',
	'The colour of the tag in the Dub dashboard; Dub picks a random one when not given',
	['Blue', 'Brown', 'Gray', 'Green', 'Pink', 'Purple', 'Red', 'Yellow'].map((name): [string, string] => [name, name.toLowerCase()]),
	'blue',
	'body',
);
