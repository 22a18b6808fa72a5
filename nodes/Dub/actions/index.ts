import { analytics } from './analytics';
import { customer } from './customer';
import { domain } from './domain';
import { event } from './event';
import { folder } from './folder';
import { link } from './link';
import { partner } from './partner';
import { partnerApplication } from './partnerApplication';
import { tag } from './tag';
import { track } from './track';

/** The Dub node's resources; the Resource list shows them sorted by name. */
export const resources = [analytics, customer, domain, event, folder, link, partner, partnerApplication, tag, track];
