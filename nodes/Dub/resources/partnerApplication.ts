import type { INodeProperties } from 'n8n-workflow';

export const partnerApplicationOperations: INodeProperties[] = [];

export const partnerApplicationFieldsDescription: INodeProperties[] = [];
