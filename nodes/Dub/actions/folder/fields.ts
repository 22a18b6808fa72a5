import type { INodeProperties } from 'n8n-workflow';

import { bodyText, locator } from '../common';

/** The folder an operation acts on. */
export const folderLocator = locator({
	displayName: 'Folder',
	name: 'folderId',
	searchMethod: 'searchFolders',
	placeholder: 'fold_1JNQBVZV8P0NA0YCKQ6YPDX',
});

/** The fields Create and Update share. */
export const folderDetails: INodeProperties[] = [
	{
		displayName: 'Access Level',
		name: 'accessLevel',
		type: 'options',
		default: 'write',
		description: "What the workspace's other members may do with the folder's links",
		options: [
			{ name: 'Read', value: 'read', description: 'See the links' },
			{ name: 'Write', value: 'write', description: 'See and edit the links' },
		],
		routing: { send: { type: 'body', property: 'accessLevel' } },
	},
	bodyText('description', 'Description', 'What the folder holds'),
];
