import { describeRuleTable } from '../rule-table';

describeRuleTable('confidentiality/internal-marking-review');
