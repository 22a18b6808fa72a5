import { defineOperation } from '../../../shared/operation';
import { codeField } from '../sharedFields/locators';
import { featureLocator, featureOutput } from './fields';

export const deletePrivilege = defineOperation({
	name: 'Delete Privilege',
	value: 'deletePrivilege',
	action: 'Delete a privilege of a feature',
	description: 'Remove a privilege from a feature and from every plan that sets it; outputs the feature',
	operationId: 'deleteFeaturePrivilege',
	method: 'DELETE',
	path: '/features/{feature}/privileges/{privilegeCode}',
	fields: [featureLocator, codeField('Privilege Code', 'privilegeCode', 'max', 'The code of the privilege to remove')],
	postReceive: featureOutput,
});
