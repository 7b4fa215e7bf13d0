import { describeRuleTable } from '../rule-table';

describeRuleTable('confidentiality/classification-mark');
