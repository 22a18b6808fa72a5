import type { Operation } from '../../../shared/operation';
import { estimateFees } from './estimateFees';
import { estimateInstantFees } from './estimateInstantFees';
import { get } from './get';
import { getAll } from './getAll';

/** Operations of the events tag the Event resource lacked (issue 12); the lead adds them to its operations. */
export const eventExtras: Operation[] = [estimateFees, estimateInstantFees, get, getAll];
