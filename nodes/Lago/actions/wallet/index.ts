import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { createAlert } from './createAlert';
import { deleteAlert } from './deleteAlert';
import { deleteAllAlerts } from './deleteAllAlerts';
import { get } from './get';
import { getAlert } from './getAlert';
import { getAlerts } from './getAlerts';
import { getAll } from './getAll';
import { deleteAllWalletMetadata } from './deleteAllMetadata';
import { deleteWalletMetadataKey } from './deleteMetadataKey';
import { mergeWalletMetadata } from './mergeMetadata';
import { replaceWalletMetadata } from './replaceMetadata';
import { terminate } from './terminate';
import { topUp } from './topUp';
import { update } from './update';
import { updateAlert } from './updateAlert';
import { getByCode } from './getByCode';
import { updateByCode } from './updateByCode';
import { terminateByCode } from './terminateByCode';
import { replaceWalletMetadataByCode } from './replaceMetadataByCode';
import { mergeWalletMetadataByCode } from './mergeMetadataByCode';
import { deleteAllWalletMetadataByCode } from './deleteAllMetadataByCode';
import { deleteWalletMetadataKeyByCode } from './deleteMetadataKeyByCode';

export const wallet = defineResource({
	name: 'Wallet',
	value: 'wallet',
	operations: [
		create,
		createAlert,
		deleteAlert,
		deleteAllAlerts,
		deleteAllWalletMetadata,
		deleteAllWalletMetadataByCode,
		deleteWalletMetadataKey,
		deleteWalletMetadataKeyByCode,
		get,
		getByCode,
		getAlert,
		getAlerts,
		getAll,
		mergeWalletMetadata,
		mergeWalletMetadataByCode,
		replaceWalletMetadata,
		replaceWalletMetadataByCode,
		terminate,
		terminateByCode,
		topUp,
		update,
		updateByCode,
		updateAlert,
	],
});
