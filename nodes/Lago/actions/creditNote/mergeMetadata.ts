import { mergeMetadata } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const mergeCreditNoteMetadata = mergeMetadata(metadataOwner, 'mergeCreditNoteMetadata');
