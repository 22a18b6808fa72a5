import type { Operation } from '../../../shared/operation';
import { WALLET_BY_CODE, alertCustomer, walletCode } from './alertFields';

/**
 * The same operation on a wallet addressed by its customer and its code instead of its Lago ID: same fields (the
 * wallet picker becomes Customer + Wallet code), same request body and same output; only the route differs. `action`
 * is written per operation: an AI agent's tool name is the action plus " in Lago", at most 64 characters.
 */
export function byCode(operation: Operation, operationId: string, action: string): Operation {
	const path = operation.path.replace('/wallets/{walletId}', WALLET_BY_CODE);
	if (path === operation.path) throw new Error(`${operation.value} does not address a wallet by its Lago ID`);
	return {
		...operation,
		name: `${operation.name} by Code`,
		value: `${operation.value}ByCode`,
		action,
		operationId,
		path,
		fields: (operation.fields ?? []).flatMap((field) => (field.name === 'walletId' ? [alertCustomer, walletCode] : [field])),
	};
}
