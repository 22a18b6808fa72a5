import { replaceMetadata } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const replacePlanMetadata = replaceMetadata(metadataOwner, 'replacePlanMetadata');
