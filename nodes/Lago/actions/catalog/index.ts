import type { Resource } from '../../../shared/operation';
import { billableMetric } from '../billableMetric';
import { feature } from '../feature';
import { plan } from '../plan';
import { planCharge } from '../planCharge';
import { planFixedCharge } from '../planFixedCharge';
import { tax } from '../tax';

/**
 * The resources of Lago's catalog and account API (issue 12), in the order the Resource list shows them. The lead
 * merges them into nodes/Lago/actions/index.ts.
 */
export const catalogResources: Resource[] = [plan, planCharge, planFixedCharge, billableMetric, tax, feature];
