import type { INodeProperties } from 'n8n-workflow';

export const trackOperations: INodeProperties[] = [];

export const trackFieldsDescription: INodeProperties[] = [];
