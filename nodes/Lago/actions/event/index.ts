import { defineResource } from '../../../shared/operation';
import { estimateFees } from './estimateFees';
import { estimateInstantFees } from './estimateInstantFees';
import { estimateInstantFeesBatch } from './estimateInstantFeesBatch';
import { get } from './get';
import { getAll } from './getAll';
import { send } from './send';
import { sendBatch } from './sendBatch';

export const event = defineResource({
	name: 'Event',
	value: 'event',
	operations: [send, sendBatch, estimateFees, estimateInstantFees, estimateInstantFeesBatch, get, getAll],
	defaultOperation: send.value,
});
