import { analytics } from './analytics';
import { bountySubmission } from './bountySubmission';
import { commission } from './commission';
import { customer } from './customer';
import { discountCode } from './discountCode';
import { domain } from './domain';
import { event } from './event';
import { folder } from './folder';
import { link } from './link';
import { partner } from './partner';
import { partnerApplication } from './partnerApplication';
import { payout } from './payout';
import { qrCode } from './qrCode';
import { tag } from './tag';
import { track } from './track';
import { webhook } from './webhook';

/** The Dub node's resources; the Resource list shows them sorted by name. */
export const resources = [
	analytics,
	bountySubmission,
	commission,
	customer,
	discountCode,
	domain,
	event,
	folder,
	link,
	partner,
	partnerApplication,
	payout,
	qrCode,
	tag,
	track,
	webhook,
];
