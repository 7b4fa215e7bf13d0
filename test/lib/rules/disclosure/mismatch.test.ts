import { describeDocumentRuleTable } from '../document-rule-table';

describeDocumentRuleTable('disclosure/mismatch');
