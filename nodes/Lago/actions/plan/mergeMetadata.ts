import { mergeMetadata } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const mergePlanMetadata = mergeMetadata(metadataOwner, 'mergePlanMetadata');
