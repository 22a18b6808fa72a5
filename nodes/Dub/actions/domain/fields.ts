import type { INodeProperties } from 'n8n-workflow';

import { bodyText, boolean, recordLocator } from '../../../shared/fields';

/** The domain an operation acts on, by its name (Dub's "slug"). */
export const domainLocator = recordLocator({
	displayName: 'Domain',
	name: 'domain',
	searchListMethod: 'searchDomains',
	idLabel: 'By Name',
	placeholder: 'acme.link',
	idPattern: { regex: '^[^\\s/]+\\.[^\\s/]+$', errorMessage: 'Enter a domain name such as acme.link, without https://' },
});

/** The fields Create and Update share. */
export const domainDetails: INodeProperties[] = [
	bodyText('appleAppSiteAssociation', 'Apple App Site Association', 'JSON served as .well-known/apple-app-site-association, for iOS deep links'),
	boolean('archived', 'Archived', 'Whether the domain is archived (hidden from the default domain list)', 'body'),
	bodyText('assetLinks', 'Asset Links', 'JSON served as .well-known/assetlinks.json, for Android deep links'),
	bodyText('expiredUrl', 'Expired Redirect URL', 'Where expired links of the domain redirect by default', 'https://acme.com/expired'),
	bodyText('logo', 'Logo URL', "The domain's logo, shown in its QR codes", 'https://acme.com/logo.png'),
	bodyText('notFoundUrl', 'Not Found Redirect URL', 'Where unknown keys on the domain redirect', 'https://acme.com'),
	bodyText('placeholder', 'Placeholder URL', 'The example destination the Dub dashboard shows when a link is created on the domain', 'https://acme.com/blog'),
];
