import { describeDocumentRuleTable } from '../document-rule-table';

describeDocumentRuleTable('disclosure/reason-missing');
