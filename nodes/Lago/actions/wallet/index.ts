import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { deleteAllWalletMetadata, deleteWalletMetadataKey, mergeWalletMetadata, replaceWalletMetadata } from './metadata';
import { terminate } from './terminate';
import { topUp } from './topUp';
import { update } from './update';

export const wallet = defineResource({
	name: 'Wallet',
	value: 'wallet',
	operations: [create, deleteAllWalletMetadata, deleteWalletMetadataKey, get, getAll, mergeWalletMetadata, replaceWalletMetadata, terminate, topUp, update],
	defaultOperation: getAll.value,
});
