import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { toQuery } from '../../fields';
import { pendingSwitch, subscriptionLocator } from './fields';

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
				{
					displayName: 'Credit Note for Unused Time',
					name: 'onTerminationCreditNote',
					type: 'options',
					default: 'credit',
					description: 'Pay-in-advance plans only: what to do with the unused part of the period already invoiced',
					options: [
						{ name: 'Credit', value: 'credit', description: 'Credit the unused amount to the customer' },
						{ name: 'Refund', value: 'refund', description: 'Refund what was paid for the unused time, credit the rest' },
						{ name: 'Skip', value: 'skip', description: 'No credit note' },
					],
					routing: toQuery('on_termination_credit_note'),
				},
				{
					displayName: 'Invoice Unbilled Usage',
					name: 'onTerminationInvoice',
					type: 'options',
					default: 'generate',
					options: [
						{ name: 'Generate', value: 'generate', description: 'Invoice the usage not billed yet' },
						{ name: 'Skip', value: 'skip', description: 'Do not invoice it' },
					],
					routing: toQuery('on_termination_invoice'),
				},
			],
		},
	],
});
