import { defineResource } from '../../../shared/operation';
import { get } from './get';

export const qrCode = defineResource({
	name: 'QR Code',
	value: 'qrCode',
	operations: [get],
});
