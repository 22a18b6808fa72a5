import type { Resource } from '../../../shared/operation';
import { plan } from '../plan';
import { planCharge } from '../planCharge';

/**
 * The resources of Lago's catalog and account API (issue 12), in the order the Resource list shows them. The lead
 * merges them into nodes/Lago/actions/index.ts.
 */
export const catalogResources: Resource[] = [plan, planCharge];
