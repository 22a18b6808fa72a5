import { deleteMetadataKey } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const deleteWalletMetadataKey = deleteMetadataKey(metadataOwner, 'deleteWalletMetadataKey');
