import { contact } from './contact';
import { customer } from './customer';
import { message } from './message';
import { preference } from './preference';

/** The Notihub node's resources; the Resource list shows them sorted by name. */
export const resources = [contact, customer, message, preference];
