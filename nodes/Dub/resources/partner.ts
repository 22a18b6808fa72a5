import type { INodeProperties } from 'n8n-workflow';

export const partnerOperations: INodeProperties[] = [];

export const partnerFieldsDescription: INodeProperties[] = [];
