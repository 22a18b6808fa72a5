import { analytics } from './analytics';
import { customer } from './customer';
import { event } from './event';
import { link } from './link';
import { partner } from './partner';
import { partnerApplication } from './partnerApplication';
import { track } from './track';

/** The Dub node's resources; the Resource list shows them sorted by name. */
export const resources = [analytics, customer, event, link, partner, partnerApplication, track];
