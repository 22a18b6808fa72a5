import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { toQuery } from '../../fields';
import { pendingSwitch, subscriptionLocator } from './fields';
import { options } from '../../../shared/fields';

export const terminate = defineOperation({
	name: 'Terminate',
	value: 'terminate',
	action: 'Terminate a subscription',
	description: 'End a subscription now, or cancel a pending one',
	operationId: 'destroySubscription',
	method: 'DELETE',
	path: '/subscriptions/{subscription}',
	postReceive: unwrap('subscription'),
	fields: [
		subscriptionLocator(),
		{
			displayName: 'Options',
			name: 'terminateOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				pendingSwitch(
					'Cancel Pending Subscription',
					'Whether to cancel the pending subscription with this external ID rather than terminate the active one',
				),
				options('onTerminationCreditNote', 'Credit Note for Unused Time', 'Pay-in-advance plans only: what to do with the unused part of the period already invoiced', [
					['Credit', 'credit', 'Credit the unused amount to the customer'],
					['Refund', 'refund', 'Refund what was paid for the unused time, credit the rest'],
					['Skip', 'skip', 'No credit note'],
				], 'credit', toQuery('on_termination_credit_note')),
				options('onTerminationInvoice', 'Invoice Unbilled Usage', undefined, [
					['Generate', 'generate', 'Invoice the usage not billed yet'],
					['Skip', 'skip', 'Do not invoice it'],
				], 'generate', toQuery('on_termination_invoice')),
			],
		},
	],
});
