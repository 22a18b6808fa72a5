import { creditNoteLocator } from '../../billingFields';

/** Where Lago keeps the metadata of a credit note. */
export const metadataOwner = { label: 'credit note', locator: creditNoteLocator, path: '/credit_notes/{creditNoteId}/metadata' };
