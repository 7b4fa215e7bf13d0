import { describeDocumentRuleTable } from '../document-rule-table';

describeDocumentRuleTable('interpretation/unrelated');
