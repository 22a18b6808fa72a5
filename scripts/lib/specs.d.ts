import type { Document } from 'openapi-backend';

/** Dub's OpenAPI document and the supplement with the live routes it lacks (webhooks, deprecated POST /customers). */
export declare function dubDocuments(): Document[];
/** Lago's OpenAPI 3.1 document (paths under /api/v1), corrected where it is stricter than Lago. */
export declare function lagoDocuments(): Document[];
/** The Notihub contract this project wrote from Notihub's API reference. */
export declare function notihubDocuments(): Document[];
