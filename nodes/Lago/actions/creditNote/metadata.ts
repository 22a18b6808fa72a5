import { creditNoteLocator } from '../../billingFields';
import { deleteAllMetadata, deleteMetadataKey, mergeMetadata, replaceMetadata } from '../../metadata';

const owner = { label: 'credit note', locator: creditNoteLocator, path: '/credit_notes/{creditNoteId}/metadata' };

export const replaceCreditNoteMetadata = replaceMetadata(owner, 'replaceCreditNoteMetadata');
export const mergeCreditNoteMetadata = mergeMetadata(owner, 'mergeCreditNoteMetadata');
export const deleteAllCreditNoteMetadata = deleteAllMetadata(owner, 'deleteAllCreditNoteMetadata');
export const deleteCreditNoteMetadataKey = deleteMetadataKey(owner, 'deleteCreditNoteMetadataKey');
