import { deleteAllMetadata } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const deleteAllWalletMetadata = deleteAllMetadata(metadataOwner, 'deleteAllWalletMetadata');
