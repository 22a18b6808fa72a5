import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { defineResource, resourceProperties } from '../../shared/operation';
import { lagoClient } from '../client';
import { addOn } from './addOn';
import { coupon } from './coupon';
import { creditNote } from './creditNote';
import { fee } from './fee';
import { invoiceExtras } from './invoice/extras';
import { payment } from './payment';
import { paymentReceipt } from './paymentReceipt';
import { paymentRequest } from './paymentRequest';
import { wallet } from './wallet';
import { walletTransaction } from './walletTransaction';

/** The billing resources (issue 12), in the order of the Resource list. */
export const billingResources = [addOn, coupon, creditNote, fee, payment, paymentReceipt, paymentRequest, wallet, walletTransaction];

/** Their properties, each operation routed through the Lago client. */
export const billingProperties = (): INodeProperties[] => billingResources.flatMap((resource) => resourceProperties(lagoClient, resource));

/**
 * Wiring until the Invoice resource is a module: its existing Operation selector gains the new invoice operations,
 * and their fields follow. The lead replaces this by adding `invoiceExtras` to the Invoice resource's operations.
 */
export function withInvoiceExtras(invoiceProperties: INodeProperties[]): INodeProperties[] {
	const [selector, ...fields] = resourceProperties(lagoClient, defineResource({ name: 'Invoice', value: 'invoice', operations: invoiceExtras }));
	const merged = invoiceProperties.map((property) =>
		property.name === 'operation'
			? {
					...property,
					options: [...(property.options as INodePropertyOptions[]), ...(selector.options as INodePropertyOptions[])].sort((a, b) => a.name.localeCompare(b.name)),
				}
			: property,
	);
	return [...merged, ...fields];
}
