import { customer } from './customer';
import { link } from './link';
import { partner } from './partner';
import { partnerApplication } from './partnerApplication';
import { track } from './track';

/** The Dub node's resources; the Resource list shows them sorted by name. */
export const resources = [customer, link, partner, partnerApplication, track];
