import { deleteMetadataKey } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const deleteCreditNoteMetadataKey = deleteMetadataKey(metadataOwner, 'deleteCreditNoteMetadataKey');
