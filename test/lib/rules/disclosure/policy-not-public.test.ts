import { describeDocumentRuleTable } from '../document-rule-table';

describeDocumentRuleTable('disclosure/policy-not-public');
