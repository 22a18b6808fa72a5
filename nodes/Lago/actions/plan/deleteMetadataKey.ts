import { deleteMetadataKey } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const deletePlanMetadataKey = deleteMetadataKey(metadataOwner, 'deletePlanMetadataKey');
