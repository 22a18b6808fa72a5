import { defineOperation } from '../../../shared/operation';
import { billableMetricIdLocator, chargeOptions, chargeOutput, chargePricing, chargePricingPreSend, planLocator } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Add a charge to a plan',
	description: 'Price the usage of a billable metric in a plan',
	operationId: 'createPlanCharge',
	method: 'POST',
	path: '/plans/{plan}/charges',
	preSend: [chargePricingPreSend],
	fields: [
		planLocator,
		billableMetricIdLocator,
		text('code', 'Charge Code', 'A code for the charge, unique in the plan, to address it later; Lago makes one up when empty', toBody('charge.code', '={{ $value || undefined }}'), { placeholder: 'api_requests' }),
		...chargePricing(false),
		group('options', chargeOptions),
	],
	postReceive: chargeOutput,
});
