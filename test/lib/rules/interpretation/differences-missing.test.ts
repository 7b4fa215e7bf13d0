import { describeDocumentRuleTable } from '../document-rule-table';

describeDocumentRuleTable('interpretation/differences-missing');
