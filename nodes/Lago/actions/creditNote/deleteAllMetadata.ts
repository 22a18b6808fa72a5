import { deleteAllMetadata } from '../../metadata';
import { metadataOwner } from './metadataOwner';

export const deleteAllCreditNoteMetadata = deleteAllMetadata(metadataOwner, 'deleteAllCreditNoteMetadata');
