import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { downloadPdf } from './downloadPdf';
import { estimate } from './estimate';
import { get } from './get';
import { getAll } from './getAll';
import { deleteAllCreditNoteMetadata } from './deleteAllMetadata';
import { deleteCreditNoteMetadataKey } from './deleteMetadataKey';
import { mergeCreditNoteMetadata } from './mergeMetadata';
import { replaceCreditNoteMetadata } from './replaceMetadata';
import { update } from './update';
import { voidCreditNote } from './void';

export const creditNote = defineResource({
	name: 'Credit Note',
	value: 'creditNote',
	operations: [
		create,
		deleteAllCreditNoteMetadata,
		deleteCreditNoteMetadataKey,
		downloadPdf,
		estimate,
		get,
		getAll,
		mergeCreditNoteMetadata,
		replaceCreditNoteMetadata,
		update,
		voidCreditNote,
	],
});
