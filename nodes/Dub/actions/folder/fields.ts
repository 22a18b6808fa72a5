import type { INodeProperties } from 'n8n-workflow';

import { bodyText, options, recordLocator } from '../../../shared/fields';

/** The folder an operation acts on. */
export const folderLocator = recordLocator({ displayName: 'Folder', name: 'folderId', searchListMethod: 'searchFolders', placeholder: 'fold_1JNQBVZV8P0NA0YCKQ6YPDX' });

/** The fields Create and Update share. */
export const folderDetails: INodeProperties[] = [
	options('accessLevel', 'Access Level', "What the workspace's other members may do with the folder's links", [['Read', 'read', 'See the links'], ['Write', 'write', 'See and edit the links']], 'write', 'body'),
	bodyText('description', 'Description', 'What the folder holds'),
];
