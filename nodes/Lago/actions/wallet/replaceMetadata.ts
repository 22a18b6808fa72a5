import { replaceMetadata } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const replaceWalletMetadata = replaceMetadata(metadataOwner, 'replaceWalletMetadata');
