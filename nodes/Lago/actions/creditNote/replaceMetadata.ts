import { replaceMetadata } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const replaceCreditNoteMetadata = replaceMetadata(metadataOwner, 'replaceCreditNoteMetadata');
