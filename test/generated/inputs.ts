/**
 * What a user must give that the generator cannot read off the fields: rules across fields, checked by the node
 * before sending ("Paid Credits or Granted Credits is required"). Keyed like test/generated/exceptions.ts; each entry
 * says which rule, and gives the parameters (merged over the generated ones) a user meeting it would set. The
 * operation then runs like any other: request validated, answer checked, output compared. The test fails when an
 * entry names no operation, so stale entries cannot stay.
 */
export const givenInputs: Record<string, [rule: string, parameters: Record<string, unknown>]> = {
	'Lago:createCustomerWalletAlert': ['an alert needs at least one threshold (Thresholds is refused empty)', { thresholds: { threshold: [{ value: '10.0' }] } }],
	'Notihub:createCustomer': ['a customer needs an External ID unless it gets an email or phone contact', { externalId: 'user_123' }],
	'Notihub:setPreferences': [
		'at least one template group (Preferences is refused empty)',
		{ preferences: { preference: [{ templateGroupId: 'system.products', mechanisms: ['EMAIL'] }] } },
	],
	'Lago:createWalletTransaction': ['a top-up adds paid, granted or voided credits: one of them must be given', { paidCredits: '20.0' }],
};
