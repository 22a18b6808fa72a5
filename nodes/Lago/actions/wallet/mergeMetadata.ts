import { mergeMetadata } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const mergeWalletMetadata = mergeMetadata(metadataOwner, 'mergeWalletMetadata');
