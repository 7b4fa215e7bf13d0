import { describeDocumentRuleTable } from '../document-rule-table';

describeDocumentRuleTable('policy-change/undisclosed-change');
