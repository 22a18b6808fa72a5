import type { INodeProperties } from 'n8n-workflow';

export const linkOperations: INodeProperties[] = [];

export const linkFieldsDescription: INodeProperties[] = [];
