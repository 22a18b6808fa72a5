import { lagoIdField } from '../../billingFields';

export const paymentReceiptId = lagoIdField('Payment Receipt ID', 'paymentReceiptId', 'The Lago ID of the payment receipt (lago_id)');
