import { deleteAllMetadata } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const deleteAllPlanMetadata = deleteAllMetadata(metadataOwner, 'deleteAllPlanMetadata');
