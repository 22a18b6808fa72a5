import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { invalidField } from '../../../shared/validation';
import { partnerLocator } from '../partner/fields';

/** Dub documents that a fraud flag needs its reason and cannot go with an instant reapplication. */
export function fraudFlag(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const body = (request.body ?? {}) as IDataObject;
	if (body.flagForFraud !== true) {
		delete body.flagForFraudReason;
		return;
	}
	if (typeof body.flagForFraudReason !== 'string' || body.flagForFraudReason.trim() === '') {
		throw invalidField(this, 'Fraud Reason', 'is required when Flag for Fraud is on');
	}
	if (body.reapplicationTimeframe === 'instant') {
		throw invalidField(this, 'Reapplication', 'cannot be "Instant" when Flag for Fraud is on');
	}
}

/** The applicant of Approve and Reject. */
export const applicantLocator: INodeProperties = partnerLocator({
	where: 'body',
	withTenantId: false,
	description: "The applicant. From Get Many partner applications use the application's partner.id, not its own ID.",
});
