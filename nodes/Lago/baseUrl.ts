import { trimmedUrl } from '../shared/baseUrl';

/** Lago Cloud's two clusters; a self-hosted Lago answers on its own address. */
export const LAGO_CLOUD_URLS = {
	us: 'https://api.getlago.com/api/v1',
	eu: 'https://api.eu.getlago.com/api/v1',
} as const;

export interface LagoCredentialData {
	region?: string;
	customUrl?: string;
}

/**
 * The API root for a credential. Every Lago route lives under `/api/v1`, so a self-hosted address given without it
 * (`https://lago.example.com`) gets it added instead of failing with an unhelpful 404.
 */
export function lagoBaseUrl(credentials: LagoCredentialData): string {
	if (credentials.region === 'eu') return LAGO_CLOUD_URLS.eu;
	if (credentials.region === 'custom') {
		return trimmedUrl(credentials.customUrl).replace(/(\/api\/v1)?$/, '/api/v1');
	}
	return LAGO_CLOUD_URLS.us;
}
